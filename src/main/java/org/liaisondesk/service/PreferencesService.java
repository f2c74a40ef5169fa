package org.liaisondesk.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.liaisondesk.domain.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link Preferences} in settings.json in the data folder. A damaged file falls back to the
 * defaults (and is logged) rather than stopping the program: preferences are never worth a failed start.
 */
public final class PreferencesService {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesService.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;

    public PreferencesService(Path dataFolder) { this.file = dataFolder.resolve("settings.json"); }

    public Preferences load() {
        if (!Files.exists(file)) return Preferences.DEFAULTS;
        try {
            return JSON.readValue(file.toFile(), Preferences.class);
        } catch (IOException e) {
            LOG.warn("settings unreadable, using defaults: {}", e.getMessage());
            return Preferences.DEFAULTS;
        }
    }

    /** Writes through a temporary file, so a crash mid-write never leaves half a file. */
    public void save(Preferences p) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("settings.json.tmp");
            JSON.writeValue(tmp.toFile(), p);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("settings not saved: {}", e.getMessage());
        }
    }
}
