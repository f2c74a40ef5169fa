package org.liaisondesk.domain;

import java.nio.file.Path;

/** Another Liaison Desk (or another program) has this data folder's database open. */
public class DataFolderInUseException extends RuntimeException {
    private final Path dataFolder;

    public DataFolderInUseException(Path dataFolder, Throwable cause) {
        super("data folder in use: " + dataFolder, cause);
        this.dataFolder = dataFolder;
    }

    public Path dataFolder() { return dataFolder; }
}
