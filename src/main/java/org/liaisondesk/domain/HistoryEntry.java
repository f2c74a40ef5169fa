package org.liaisondesk.domain;

import java.time.LocalDateTime;

/** One line of a record's change history as stored: {@code changes} is JSON {field: [old, new]}. */
public record HistoryEntry(long id, LocalDateTime changedAt, String recordKind, long recordId, String action,
                           String title, String changes) {
}
