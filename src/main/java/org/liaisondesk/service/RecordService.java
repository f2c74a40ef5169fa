package org.liaisondesk.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Attachment;
import org.liaisondesk.domain.DeletedRecord;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.References;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.AttachmentDao;
import org.liaisondesk.persistence.RecordDao;
import org.liaisondesk.persistence.ReferenceDao;

/**
 * The use cases every record family shares: rules checked before writing, one transaction per
 * action, what a delete would touch, and a delete that unlinks what points at the record.
 */
public abstract class RecordService<T> {
    protected final Jdbi jdbi;
    protected final DataVersion version;
    private final Class<? extends RecordDao<T>> dao;
    private final RecordKind kind;
    private final Function<T, List<Problem>> rules;
    private final Function<T, Long> idOf;

    protected RecordService(Jdbi jdbi, DataVersion version, Class<? extends RecordDao<T>> dao, RecordKind kind,
                            Function<T, List<Problem>> rules, Function<T, Long> idOf) {
        this.jdbi = jdbi;
        this.version = version;
        this.dao = dao;
        this.kind = kind;
        this.rules = rules;
        this.idOf = idOf;
    }

    public RecordKind kind() { return kind; }

    public long create(T record) {
        Validation.require(rules.apply(record));
        long id = StoreErrors.guard(() -> jdbi.inTransaction(h -> {
            long created = h.attach(dao).insert(record);
            History.record(h, kind, created, "CREATE", null, (Record) record);
            return created;
        }));
        version.changed();
        return id;
    }

    /** @throws InvalidInputException {@code error.record.missing} when the record was deleted meanwhile */
    public void update(T record) {
        Validation.require(rules.apply(record));
        StoreErrors.guard(() -> {
            jdbi.useTransaction(h -> {
                long id = idOf.apply(record);
                T before = h.attach(dao).find(id).orElse(null);
                requireOne(h.attach(dao).update(record), kind, id);
                History.record(h, kind, id, "UPDATE", (Record) before, (Record) record);
            });
            return null;
        });
        version.changed();
    }

    public Optional<T> find(long id) { return jdbi.withExtension(dao, d -> d.find(id)); }

    public List<T> list(RecordFilter filter) { return jdbi.withExtension(dao, d -> d.list(filter)); }

    public long count(RecordFilter filter) { return jdbi.withExtension(dao, d -> d.count(filter)); }

    /** What a delete would touch, so the user can be asked first. */
    public References references(long id) {
        return jdbi.withExtension(ReferenceDao.class, r -> {
            Map<RecordKind, Long> m = new EnumMap<>(RecordKind.class);
            m.putAll(referencesOf(r, id));
            m.put(RecordKind.ATTACHMENT, r.attachmentsOf(kind.name(), id));
            return new References(m);
        });
    }

    /** Deletes like {@link #delete(long)}, first noting what an undo needs to put everything back. */
    public DeletedRecord<T> deleteUndoably(long id) {
        DeletedRecord<T> gone = jdbi.inTransaction(h -> delete(h, id));
        version.changed();
        return gone;
    }

    /** Puts a deleted record back under its id, with its parts, attachments and the links that pointed at it. */
    public void restore(DeletedRecord<T> d) {
        long id = idOf.apply(d.record());
        jdbi.useTransaction(h -> {
            h.attach(dao).restore(d.record());
            History.record(h, kind, id, "RESTORE", null, (Record) d.record());
            relink(h, id, d);
            restoreParts(h, d.parts());
            AttachmentDao files = h.attach(AttachmentDao.class);
            for (Attachment a : d.attachments()) files.restore(a);
        });
        version.changed();
    }

    /** {@link #restore} for a deletion held without its type (the shell's undo); it must be of this kind. */
    @SuppressWarnings("unchecked")
    public void restoreAny(DeletedRecord<?> d) {
        if (d.kind() != kind) throw new IllegalArgumentException(d.kind() + " is not " + kind);
        restore((DeletedRecord<T>) d);
    }

    /** Per kind, the ids of records whose link to this one a delete removes. */
    protected Map<RecordKind, List<Long>> linksTo(org.jdbi.v3.core.Handle h, long id) { return Map.of(); }

    /** Links again what {@link #linksTo} noted. */
    protected void relink(org.jdbi.v3.core.Handle h, long id, DeletedRecord<T> d) {}

    /** The rows that are deleted with the record (they cascade). */
    protected List<Object> parts(org.jdbi.v3.core.Handle h, long id) { return List.of(); }

    protected void restoreParts(org.jdbi.v3.core.Handle h, List<Object> parts) {}

    /** Deletes the record with its attachments' entries, after {@link #beforeDelete} unlinks what points at it. */
    public void delete(long id) {
        jdbi.useTransaction(h -> delete(h, id));
        version.changed();
    }

    /**
     * The delete itself, inside a caller's transaction. What it removes is noted first, returned
     * for an undo and kept in the history, so the record can be restored from there later.
     */
    protected DeletedRecord<T> delete(org.jdbi.v3.core.Handle h, long id) {
        T before = h.attach(dao).find(id).orElseThrow(() -> new InvalidInputException("error.record.missing", kind, id));
        DeletedRecord<T> noted = new DeletedRecord<>(kind, id, before, linksTo(h, id),
                h.attach(AttachmentDao.class).of(kind, id), parts(h, id));
        ReferenceDao r = h.attach(ReferenceDao.class);
        beforeDelete(r, id);
        History.deleted(h, noted);
        r.removeAttachments(kind.name(), id);
        requireOne(h.attach(dao).delete(id), kind, id);
        return noted;
    }

    /** Counts, per kind, of the records that point at this one (attachments are added by the caller). */
    protected abstract Map<RecordKind, Long> referencesOf(ReferenceDao references, long id);

    /** Unlinks optional references before a delete; may refuse with an {@link InvalidInputException}. */
    protected void beforeDelete(ReferenceDao references, long id) {}

    /** An update or delete that touched no row means the record was deleted meanwhile. */
    static void requireOne(int rows, RecordKind kind, Long id) {
        if (rows != 1) throw new InvalidInputException("error.record.missing", kind, id);
    }
}
