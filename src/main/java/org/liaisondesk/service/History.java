package org.liaisondesk.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Change;
import org.liaisondesk.domain.FieldChanges;
import org.liaisondesk.domain.HistoryEntry;
import org.liaisondesk.domain.Named;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.persistence.HistoryDao;

/** Writes each change of a main record into its history, in the change's own transaction, and reads it back. */
public final class History {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, List<String>>> FIELDS = new TypeReference<>() {};
    private final Jdbi jdbi;

    History(Jdbi jdbi) { this.jdbi = jdbi; }

    static void record(Handle h, RecordKind kind, long id, String action, Record before, Record after) {
        record(h, kind, id, action, before, after, null);
    }

    /**
     * A change to a part of a record, kept with that record: {@code partKind} is DELEGATION_MEMBER,
     * ITINERARY_ITEM, GIFT, VISIT_PLAN or BUDGET_LINE; before or after is null for an added or removed part.
     */
    static void part(Handle h, RecordKind parentKind, long parentId, String partKind, long partId, Record before,
                     Record after) {
        String action = before == null ? "CREATE" : after == null ? "DELETE" : "UPDATE";
        Map<String, List<String>> fields = FieldChanges.between(before, after);
        if (action.equals("UPDATE") && fields.isEmpty()) return;
        try {
            h.attach(HistoryDao.class).addPart(partKind, partId, action, title(after != null ? after : before),
                    JSON.writeValueAsString(fields), parentKind.name(), parentId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A delete, with what it removed (see {@link RecordSnapshots}). */
    static void deleted(Handle h, org.liaisondesk.domain.DeletedRecord<?> d) {
        record(h, d.kind(), d.id(), "DELETE", (Record) d.record(), null, RecordSnapshots.write(d));
    }

    private static void record(Handle h, RecordKind kind, long id, String action, Record before, Record after,
                               String snapshot) {
        Map<String, List<String>> fields = FieldChanges.between(before, after);
        if (action.equals("UPDATE") && fields.isEmpty()) return;
        Record shown = after != null ? after : before;
        String title = title(shown);
        try {
            h.attach(HistoryDao.class).add(kind.name(), id, action, title, JSON.writeValueAsString(fields), snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the history calls a record: its name, or its code and title (a delegation, an agreement,
     * a project), or its title or name alone (an event, an office abroad).
     */
    static String title(Record r) {
        if (r == null) return null;
        if (r instanceof Named n) return n.displayName(Locale.SIMPLIFIED_CHINESE);
        List<String> parts = new ArrayList<>();
        for (var c : r.getClass().getRecordComponents()) {
            if (!List.of("code", "title", "name", "item").contains(c.getName())) continue;
            try {
                Object v = c.getAccessor().invoke(r);
                if (v instanceof String text && !text.isBlank()) parts.add(text.strip());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The record's changes, newest first. */
    public List<Change> of(RecordKind kind, long id) {
        List<Change> out = new ArrayList<>();
        for (HistoryEntry e : jdbi.withExtension(HistoryDao.class, d -> d.of(kind.name(), id))) {
            List<Change.Field> fields = new ArrayList<>();
            try {
                Map<String, List<String>> m = e.changes() == null ? Map.of() : JSON.readValue(e.changes(), FIELDS);
                m.forEach((name, v) -> fields.add(new Change.Field(name, v.get(0), v.get(1))));
            } catch (JsonProcessingException x) {
                // an unreadable entry still shows when and what
            }
            boolean own = e.recordKind().equals(kind.name()) && e.recordId() == id;
            out.add(new Change(e.changedAt(), e.action(), e.title(), fields, own ? null : e.recordKind()));
        }
        return out;
    }
}
