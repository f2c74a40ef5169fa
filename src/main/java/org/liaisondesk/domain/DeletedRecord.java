package org.liaisondesk.domain;

import java.util.List;
import java.util.Map;

/**
 * What a delete removed, kept so that Ctrl+Z can put it back as it was: the record, the ids of
 * the records that pointed at it (per kind) and lost that link, its attachments' entries, and the
 * parts that went with it (a delegation's members, programme and gifts; a project's sites).
 */
public record DeletedRecord<T>(RecordKind kind, long id, T record, Map<RecordKind, List<Long>> links,
                               List<Attachment> attachments, List<Object> parts) {
    public DeletedRecord {
        links = Map.copyOf(links);
        attachments = List.copyOf(attachments);
        parts = List.copyOf(parts);
    }

    public List<Long> linked(RecordKind k) { return links.getOrDefault(k, List.of()); }
}
