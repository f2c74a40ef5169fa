package org.liaisondesk.service.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.liaisondesk.domain.InvalidInputException;

/**
 * The column mappings the office chose, remembered per file type in the data folder
 * ({@code csv-mappings.properties}), so the same workbook imports the same way next year.
 */
public final class CsvMappings {
    private final Path file;

    public CsvMappings(Path dataFolder) { this.file = dataFolder.resolve("csv-mappings.properties"); }

    /** File header (normalised) → canonical column, or "" for a column left out. */
    public Map<String, String> of(String type) {
        Properties p = load();
        Map<String, String> out = new HashMap<>();
        String prefix = type + ".";
        for (String k : p.stringPropertyNames()) if (k.startsWith(prefix)) out.put(k.substring(prefix.length()), p.getProperty(k));
        return out;
    }

    public void save(String type, Map<String, String> mapping) {
        Properties p = load();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(type + ".")).forEach(p::remove);
        mapping.forEach((header, column) -> p.setProperty(type + "." + header, column));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "Liaison Desk: CSV column mappings per file type");
        } catch (IOException e) {
            throw new InvalidInputException("error.file.write", file, e.getMessage());
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new InvalidInputException("error.csv.read", file, e.getMessage());
            }
        }
        return p;
    }
}
