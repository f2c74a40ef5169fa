package org.liaisondesk.domain;

import java.time.LocalDateTime;

/** A file kept with a record; the copy is stored once by its content hash. */
public record Attachment(Long id, RecordKind ownerKind, long ownerId, String fileName, String contentHash,
                         long sizeBytes, String caption, LocalDateTime addedAt) {
}
