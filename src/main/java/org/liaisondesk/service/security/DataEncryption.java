package org.liaisondesk.service.security;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.PasswordStrength;
import org.liaisondesk.domain.WrongPasswordException;
import org.liaisondesk.persistence.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional encryption of the data folder's database with the office's password (H2's AES file
 * encryption under a PBKDF2-derived key). The password is never written anywhere; the program keeps
 * it in memory while it runs, to open and seal backups.
 */
public final class DataEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(DataEncryption.class);
    private final Database database;
    private volatile char[] password;
    private volatile KeyChanged keyChanged = (from, to) -> 0;

    /** Told when the password changes, to put the backups already made under the new one. */
    @FunctionalInterface
    public interface KeyChanged {
        /** @return how many backups could not be converted */
        int changed(char[] from, char[] to);
    }

    public void onKeyChanged(KeyChanged listener) { this.keyChanged = listener; }

    private DataEncryption(Database database, char[] password) {
        this.database = database;
        this.password = password;
    }

    /** True when a password is needed to open this folder. */
    public static boolean needsPassword(Path folder) { return DataKey.isOn(folder); }

    /**
     * Opens the data folder's database, with the password when it is encrypted.
     *
     * @throws WrongPasswordException when it is encrypted and the password is missing or wrong
     */
    public static DataEncryption open(Path folder, char[] password) {
        if (!DataKey.isOn(folder)) return new DataEncryption(Database.open(folder), null);
        if (password == null) throw new WrongPasswordException(folder, false);
        try {
            return new DataEncryption(Database.open(folder, DataKey.current(folder).filePassword(password)), password.clone());
        } catch (WrongPasswordException | IOException e) {
            // A change of password stopped half-way: the file may already be under the new key.
            DataKey.Params next = DataKey.pending(folder);
            if (next != null) {
                try {
                    Database db = Database.open(folder, next.filePassword(password));
                    DataKey.commit(folder);
                    return new DataEncryption(db, password.clone());
                } catch (WrongPasswordException | IOException again) {
                    // not that either
                }
            }
            throw new WrongPasswordException(folder, true);
        }
    }

    public Database database() { return database; }

    public boolean isOn() { return password != null; }

    /** The password backups are sealed with, or null when the data is not encrypted. */
    public char[] password() { return password; }

    /**
     * Encrypts the database under a new password, and the backups already made with it.
     *
     * @throws InvalidInputException {@code encryption.error.weak} for a password too short
     */
    public synchronized int turnOn(char[] newPassword) {
        if (isOn()) throw new IllegalStateException("already encrypted");
        return rekey(newPassword);
    }

    /**
     * Puts the database under a new password; the current one must be given again.
     *
     * @throws InvalidInputException {@code encryption.error.current} when it is not the current password
     */
    public synchronized int change(char[] current, char[] newPassword) {
        requireCurrent(current);
        return rekey(newPassword);
    }

    /**
     * Stores the database unencrypted again; the current password must be given.
     *
     * @return how many earlier backups stayed encrypted (they could not be opened)
     */
    public synchronized int turnOff(char[] current) {
        requireCurrent(current);
        try {
            database.rekey(null);
            DataKey.remove(database.folder());
        } catch (IOException e) {
            throw new InvalidInputException("encryption.error.failed", e.getMessage());
        }
        char[] old = password;
        password = null;
        LOG.info("data encryption turned off");
        return keyChanged.changed(old, null);
    }

    /** @return how many earlier backups could not be put under the new password */
    private int rekey(char[] newPassword) {
        if (!PasswordStrength.of(newPassword).acceptable()) {
            throw new InvalidInputException("encryption.error.weak", PasswordStrength.MIN_LENGTH);
        }
        Path folder = database.folder();
        try {
            DataKey.Params next = DataKey.prepare(folder);
            try {
                database.rekey(next.filePassword(newPassword));
            } catch (RuntimeException e) {
                DataKey.discardPending(folder);
                throw e;
            }
            DataKey.commit(folder);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("encryption.error.failed", String.valueOf(e.getMessage()));
        }
        char[] old = password;
        password = newPassword.clone();
        LOG.info("data encrypted under a new password");
        return keyChanged.changed(old, password);
    }

    private void requireCurrent(char[] given) {
        char[] p = password;
        if (p == null) throw new IllegalStateException("not encrypted");
        // Compared in constant time, as passwords should be.
        if (given == null || !MessageDigest.isEqual(new String(p).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new String(given).getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw new InvalidInputException("encryption.error.current");
        }
    }

    /** Forgets the password when the program closes. */
    public void forget() {
        char[] p = password;
        if (p != null) Arrays.fill(p, '\0');
    }
}
