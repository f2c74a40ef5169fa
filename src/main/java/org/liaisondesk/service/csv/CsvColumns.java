package org.liaisondesk.service.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * A file type's columns: canonical English headers with Chinese aliases, matched in any order,
 * case and surrounding spaces ignored. Also how text cells are read back (trimmed; the
 * spreadsheet-formula escape that export adds is undone).
 */
public final class CsvColumns {
    private final Map<String, String> byName = new HashMap<>();
    private final List<String> canonical = new ArrayList<>();

    /** @param columns pairs: canonical header, then its Chinese alias */
    public CsvColumns(String... columns) {
        for (int i = 0; i < columns.length; i += 2) {
            canonical.add(columns[i]);
            byName.put(normalise(columns[i]), columns[i]);
            byName.put(normalise(columns[i + 1]), columns[i]);
        }
    }

    public List<String> canonical() { return List.copyOf(canonical); }

    /** The canonical column a header matches by itself, or null. */
    public String auto(String header) { return byName.get(normalise(header)); }

    public static String normalise(String header) {
        String h = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFKC).strip();
        return h.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /**
     * Positions of the known columns in a header row; unknown and duplicate columns are reported.
     *
     * @return canonical name → index
     */
    public Map<String, Integer> map(CSVRecord header, List<CsvProblem> problems) { return map(header, Map.of(), problems); }

    /**
     * @param chosen the user's own mapping, by normalised file header: a canonical column, or "" to
     *               leave the column out; it wins over the automatic one
     */
    public Map<String, Integer> map(CSVRecord header, Map<String, String> chosen, List<CsvProblem> problems) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i);
            if (raw.isBlank()) continue;
            String own = chosen.get(normalise(raw));
            if (own != null && own.isEmpty()) continue;
            String name = own != null && canonical.contains(own) ? own : byName.get(normalise(raw));
            if (name == null) problems.add(new CsvProblem(1, raw.strip(), null, "csv.column.unknown", List.of(raw.strip())));
            else if (out.putIfAbsent(name, i) != null) {
                problems.add(new CsvProblem(1, raw.strip(), null, "csv.column.duplicate", List.of(raw.strip())));
            }
        }
        return out;
    }

    /** A text cell, trimmed, null when blank; a leading apostrophe that kept a formula as text is removed. */
    public static String text(CSVRecord row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= row.size()) return null;
        String v = row.get(i).strip();
        if (v.isEmpty()) return null;
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0) v = v.substring(1);
        return v;
    }

    /** What export writes: text that a spreadsheet would run as a formula gets a leading apostrophe. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) return "";
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
