package org.liaisondesk.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.liaisondesk.domain.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link Preferences} in settings.properties in the data folder. Read before the first
 * frame, so it is a plain properties file (loading a JSON library there cost a fifth of a
 * second). A damaged file falls back to the defaults, logged: preferences never stop a start.
 */
public final class PreferencesService {
    private final Path file;

    public PreferencesService(Path dataFolder) { this.file = dataFolder.resolve("settings.properties"); }

    public Preferences load() {
        if (!Files.exists(file)) return Preferences.DEFAULTS;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return new Preferences(p.getProperty("language"), number(p, "windowX"), number(p, "windowY"),
                    number(p, "windowWidth"), number(p, "windowHeight"),
                    Boolean.parseBoolean(p.getProperty("windowMaximized")),
                    Boolean.parseBoolean(p.getProperty("sampleOffered")), p.getProperty("backupFolder"),
                    p.getProperty("lastBackupAt"));
        } catch (IOException | IllegalArgumentException e) {
            log().warn("settings unreadable, using defaults: {}", e.getMessage());
            return Preferences.DEFAULTS;
        }
    }

    /** Writes through a temporary file, so a crash mid-write never leaves half a file. */
    public void save(Preferences prefs) {
        Properties p = new Properties();
        put(p, "language", prefs.language());
        put(p, "windowX", prefs.windowX());
        put(p, "windowY", prefs.windowY());
        put(p, "windowWidth", prefs.windowWidth());
        put(p, "windowHeight", prefs.windowHeight());
        put(p, "windowMaximized", prefs.maximized());
        put(p, "sampleOffered", prefs.sampleOffered());
        put(p, "backupFolder", prefs.backupFolder());
        put(p, "lastBackupAt", prefs.lastBackupAt());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Liaison Desk settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("settings not saved: {}", e.getMessage());
        }
    }

    /** Looked up only when needed: this class is used before the first frame, logging set-up is not. */
    private static Logger log() { return LoggerFactory.getLogger(PreferencesService.class); }

    private static void put(Properties p, String key, Object value) {
        if (value != null) p.setProperty(key, value.toString());
    }

    private static Double number(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? null : Double.valueOf(v);
    }
}
