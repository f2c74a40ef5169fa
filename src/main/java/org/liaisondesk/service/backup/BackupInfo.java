package org.liaisondesk.service.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

/** A checked backup file: when and by which version it was made, what it holds, and whether it is encrypted. */
public record BackupInfo(Path file, LocalDateTime createdAt, String appVersion, int schemaVersion,
                         Map<String, Long> rows, int attachments, long bytes, boolean sealed) {
    /** The main records (organisations … gifts), the figures a person recognises. */
    public long records() {
        return rows.entrySet().stream().filter(e -> RECORD_TABLES.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    public static final java.util.Set<String> RECORD_TABLES = java.util.Set.of("organisation", "contact", "agreement",
            "delegation", "delegation_member", "itinerary_item", "project", "event", "gift", "office_abroad");
}
