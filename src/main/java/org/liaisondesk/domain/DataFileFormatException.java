package org.liaisondesk.domain;

import java.nio.file.Path;

/**
 * The database file was written by a database engine this program cannot read (a newer H2, or a
 * much older one). Nothing was changed; the way forward is a backup, which is a portable script.
 */
public class DataFileFormatException extends RuntimeException {
    private final Path dataFolder;

    public DataFileFormatException(Path dataFolder, Throwable cause) {
        super("database file format not readable in " + dataFolder, cause);
        this.dataFolder = dataFolder;
    }

    public Path dataFolder() { return dataFolder; }
}
