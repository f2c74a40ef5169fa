package org.liaisondesk.service;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.DeletedRecord;
import org.liaisondesk.domain.HistoryEntry;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.persistence.HistoryDao;

/**
 * Deleted records that can be brought back from the change history, long after Ctrl+Z is gone:
 * each delete kept the record, its parts, its attachments' entries and the links to it.
 */
public final class DeletedRecords {
    /** How many of the newest deletes are offered. */
    public static final int SHOWN = 500;
    private final Jdbi jdbi;
    private final Services services;

    /** One deleted record: when, which, and its name as it was. */
    public record Entry(long historyId, LocalDateTime deletedAt, RecordKind kind, long recordId, String title) {}

    DeletedRecords(Jdbi jdbi, Services services) {
        this.jdbi = jdbi;
        this.services = services;
    }

    /** The deleted records that are still gone, newest first. */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (HistoryEntry e : jdbi.withExtension(HistoryDao.class, d -> d.deletes(SHOWN))) {
            RecordKind kind = RecordKind.valueOf(e.recordKind());
            // Only the newest delete of a record counts, and only while the record is gone.
            if (seen.putIfAbsent(e.recordKind() + e.recordId(), true) != null) continue;
            if (services.records(kind).find(e.recordId()).isPresent()) continue;
            out.add(new Entry(e.id(), e.changedAt(), kind, e.recordId(), e.title()));
        }
        return out;
    }

    /**
     * Puts a deleted record back under its id with what it had. Links to records deleted since are
     * left out; a record it needs itself (a contact's organisation, say) must be restored first.
     *
     * @throws InvalidInputException {@code error.history.notDeleted} when it is back already,
     *         {@code error.history.needsOther} when a record it needs is deleted too
     */
    public void restore(long historyId) {
        String json = jdbi.withExtension(HistoryDao.class, d -> d.snapshot(historyId))
                .orElseThrow(() -> new InvalidInputException("error.history.notDeleted"));
        DeletedRecord<?> d = RecordSnapshots.read(json);
        RecordService<?> records = services.records(d.kind());
        if (records.find(d.id()).isPresent()) throw new InvalidInputException("error.history.notDeleted");
        Map<RecordKind, List<Long>> links = new HashMap<>();
        d.links().forEach((k, ids) -> links.put(k, ids.stream().filter(id -> services.records(k).find(id).isPresent()).toList()));
        var attachments = d.attachments().stream()
                .filter(a -> Files.exists(services.attachments().file(a))).toList();
        DeletedRecord<?> kept = new DeletedRecord<>(d.kind(), d.id(), d.record(), links, attachments, d.parts());
        try {
            StoreErrors.guard(() -> {
                records.restoreAny(kept);
                return null;
            });
        } catch (InvalidInputException e) {
            if (!e.key().equals("error.link.missing")) throw e;
            throw new InvalidInputException("error.history.needsOther");
        }
    }
}
