package org.liaisondesk.service.backup;

import java.util.Map;

/**
 * What a backup says about itself ({@code manifest.json}): that it is one, which program and
 * schema wrote it, when, the rows per table, and the SHA-256 of every other entry in the zip.
 */
public record BackupManifest(String format, int formatVersion, String appVersion, int schemaVersion, String createdAt,
                             Map<String, Long> rows, Map<String, String> files) {
    public static final String FORMAT = "liaison-desk-backup";
    public static final int FORMAT_VERSION = 1;
}
