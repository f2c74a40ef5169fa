package org.liaisondesk.domain;

import java.nio.file.Path;

/**
 * The data folder is encrypted and the password given does not open it, or none was given.
 * Callers ask again; nothing has been changed.
 */
public class WrongPasswordException extends RuntimeException {
    private final Path dataFolder;
    private final boolean given;

    public WrongPasswordException(Path dataFolder, boolean given) {
        super((given ? "wrong password for " : "password needed for ") + dataFolder);
        this.dataFolder = dataFolder;
        this.given = given;
    }

    public Path dataFolder() { return dataFolder; }

    /** False when no password was given at all. */
    public boolean given() { return given; }
}
