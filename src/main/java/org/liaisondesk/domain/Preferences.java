package org.liaisondesk.domain;

/**
 * What the program remembers between sessions on this workstation: the chosen language (null
 * follows the system), the main window's bounds, and whether the sample data was already offered.
 */
public record Preferences(String language, Double windowX, Double windowY, Double windowWidth, Double windowHeight,
                          boolean maximized, boolean sampleOffered, String backupFolder, String lastBackupAt) {
    public static final Preferences DEFAULTS = new Preferences(null, null, null, null, null, false, false, null, null);

    public Preferences withLanguage(String l) {
        return new Preferences(l, windowX, windowY, windowWidth, windowHeight, maximized, sampleOffered, backupFolder,
                lastBackupAt);
    }

    public Preferences withWindow(double x, double y, double w, double h, boolean max) {
        return new Preferences(language, x, y, w, h, max, sampleOffered, backupFolder, lastBackupAt);
    }

    public Preferences withSampleOffered() {
        return new Preferences(language, windowX, windowY, windowWidth, windowHeight, maximized, true, backupFolder,
                lastBackupAt);
    }

    /** Where automatic backups go; null for the data folder's {@code backups}. */
    public Preferences withBackupFolder(String folder) {
        return new Preferences(language, windowX, windowY, windowWidth, windowHeight, maximized, sampleOffered, folder,
                lastBackupAt);
    }

    /** When the last backup that checked out was written (ISO date-time). */
    public Preferences withLastBackupAt(String at) {
        return new Preferences(language, windowX, windowY, windowWidth, windowHeight, maximized, sampleOffered,
                backupFolder, at);
    }
}
