package org.liaisondesk.service.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Labelled;
import org.liaisondesk.domain.Labels;
import org.liaisondesk.domain.PartialDate;

/**
 * One of DOMAIN.md's CSV files: import (every row checked first; all or nothing unless told to
 * take only the valid rows; duplicates by the natural key skipped, updated or refused; one
 * transaction) and export (canonical headers, formula-safe cells). Each file type says its columns,
 * how a row becomes a record and back, and how records are found and written.
 */
public abstract class RecordCsv<T> {
    public enum OnDuplicate { SKIP, UPDATE, FAIL }

    protected final Jdbi jdbi;
    private final Runnable changed;

    protected RecordCsv(Jdbi jdbi, Runnable changed) {
        this.jdbi = jdbi;
        this.changed = changed;
    }

    protected abstract CsvColumns columns();

    /** Header problems beyond unknown and duplicate columns: required columns that are missing. */
    protected abstract void requireColumns(Map<String, Integer> columns, List<CsvProblem> problems);

    /** The record a row describes; every value that cannot be read adds a problem for {@code line}. */
    protected abstract T read(Row row);

    /** The natural key, to find duplicates inside the file. */
    protected abstract String key(T record);

    /** Called once before the rows are read, e.g. to load the keys of what is already there. */
    protected void begin(Handle h) {}

    /** The id of the record already in the database with this natural key, or null. */
    protected abstract Long existing(Handle h, T record);

    /**
     * Writes new records and updates existing ones, inside the import's transaction; an update
     * changes what the file has columns for and keeps the rest.
     *
     * @return the ids of the records created, in order
     */
    protected abstract List<Long> write(Handle h, List<T> created, List<Map.Entry<Long, T>> updated);

    /** A record as it is now, to put it back if the import is undone. */
    protected abstract T find(Handle h, long id);

    /** Removes a record the import created (undo). */
    protected abstract void delete(Handle h, long id);

    /** What undoing an import needs: the records it created and, for those it updated, how they were. */
    public record Undo(RecordCsv<?> file, List<Long> created, List<Map.Entry<Long, ?>> previous) {}

    /** Removes what the import created and puts back what it updated, in one transaction. */
    @SuppressWarnings("unchecked")
    public void undo(Undo u) {
        jdbi.useTransaction(h -> {
            for (int i = u.created().size() - 1; i >= 0; i--) delete(h, u.created().get(i));
            List<Map.Entry<Long, T>> back = new ArrayList<>();
            for (Map.Entry<Long, ?> e : u.previous()) back.add(Map.entry(e.getKey(), (T) e.getValue()));
            write(h, List.of(), back);
        });
        changed.run();
    }

    protected abstract List<T> all();

    protected abstract long id(T record);

    protected abstract List<String> cells(T record);

    /** The cells with sensitive values (passport numbers) masked unless asked for; most files have none. */
    protected List<String> cells(T record, boolean sensitive) { return cells(record); }

    /** A passport number for an export: in full only when asked for. */
    protected static String passport(String number, boolean sensitive) {
        return CsvColumns.safe(sensitive ? number : org.liaisondesk.domain.Sensitive.mask(number));
    }

    /** True when the file type carries sensitive values (so the user can be asked about them). */
    public boolean hasSensitive() { return false; }

    /** What a record is called in a problem ("阮氏花", "Lao Women's Union"). */
    protected abstract String name(T record);

    /** One row being read, with the problems found so far in it. */
    public final class Row {
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        final long line;
        private final List<CsvProblem> problems;
        private int found;

        Row(CSVRecord record, Map<String, Integer> columns, long line, List<CsvProblem> problems) {
            this.record = record;
            this.columns = columns;
            this.line = line;
            this.problems = problems;
        }

        /** Longer cells than this are refused by name rather than by the database. */
        static final int MAX_CELL = 10_000;

        public String text(String column) {
            String v = CsvColumns.text(record, columns, column);
            if (v != null && v.length() > MAX_CELL) {
                problem(column, v.substring(0, 40) + "…", "csv.value.tooLong", List.of(v.length(), MAX_CELL));
                return null;
            }
            return v;
        }

        public PartialDate date(String column) {
            String t = text(column);
            try {
                return PartialDate.parse(t);
            } catch (InvalidInputException e) {
                return problem(column, t, e);
            }
        }

        public <E extends Enum<E> & Labelled> E value(Class<E> type, String column) {
            String t = text(column);
            try {
                return Labels.parse(type, t);
            } catch (InvalidInputException e) {
                return problem(column, t, e);
            }
        }

        /** Records a problem with a column's value; returns null so a reader can use it as the value. */
        public <V> V problem(String column, String value, InvalidInputException e) {
            problems.add(new CsvProblem(line, column, value, e.key(), e.args()));
            found++;
            return null;
        }

        public void problem(String column, String value, String key, List<Object> args) {
            problems.add(new CsvProblem(line, column, value, key, args));
            found++;
        }

        public boolean clean() { return found == 0; }

        /** A country/region by ISO2, ISO3, Chinese or English name; null (and a problem if required) when blank. */
        public String country(org.liaisondesk.service.CountryRegionService countries, String column, boolean required) {
            String t = text(column);
            if (t == null && !required) return null;
            try {
                return countries.resolve(t).iso2();
            } catch (InvalidInputException e) {
                return problem(column, t, e);
            }
        }

        /** Countries/regions separated by ";" (or "；"), each resolved. */
        public List<String> countries(org.liaisondesk.service.CountryRegionService countries, String column) {
            String t = text(column);
            List<String> out = new ArrayList<>();
            if (t == null) return out;
            for (String part : t.split("[;；]")) {
                if (part.isBlank()) continue;
                try {
                    String iso = countries.resolve(part.strip()).iso2();
                    if (!out.contains(iso)) out.add(iso);
                } catch (InvalidInputException e) {
                    problem(column, part.strip(), e);
                }
            }
            return out;
        }

        public java.math.BigDecimal decimal(String column) {
            String t = text(column);
            try {
                return org.liaisondesk.domain.Numbers.parse(t);
            } catch (InvalidInputException e) {
                return problem(column, t, e);
            }
        }

        /** A whole number, thousands separators allowed. */
        public Integer whole(String column) {
            String t = text(column);
            try {
                return org.liaisondesk.domain.Numbers.parseWhole(t);
            } catch (InvalidInputException e) {
                return problem(column, t, e);
            }
        }

        /** Organisations by any of their names, several separated by ";" (or "；"); each must exist. */
        public List<Long> organisations(String column) {
            String t = text(column);
            List<Long> out = new ArrayList<>();
            if (t == null) return out;
            for (String name : t.split("[;；]")) {
                if (name.isBlank()) continue;
                Long id = organisation(name.strip());
                if (id == null) problem(column, name.strip(), "csv.row.noOrganisation", List.of(name.strip()));
                else if (id == AMBIGUOUS) problem(column, name.strip(), "csv.row.ambiguousOrganisation", List.of(name.strip()));
                else if (!out.contains(id)) out.add(id);
            }
            return out;
        }
    }

    /** Delegation codes looked up once per import. */
    private final Map<String, Long> delegationIds = new HashMap<>();

    /** The delegation a row belongs to, by its code; a problem when there is none. */
    protected Long delegation(Row row, String column) {
        String code = row.text(column);
        if (code == null) {
            row.problem(column, null, "error.required", List.of(column));
            return null;
        }
        Long id = delegationIds.computeIfAbsent(code.strip(), c -> jdbi.withExtension(
                org.liaisondesk.persistence.DelegationDao.class, d -> d.findByCode(c).map(org.liaisondesk.domain.Delegation::id)
                        .orElse(null)));
        if (id == null) row.problem(column, code, "csv.row.noDelegation", List.of(code));
        return id;
    }

    /** Every delegation's code by id, for export; in code order. */
    protected Map<Long, String> delegationCodes() {
        Map<Long, String> m = new java.util.LinkedHashMap<>();
        jdbi.withExtension(org.liaisondesk.persistence.DelegationDao.class, d -> d.list(org.liaisondesk.domain.RecordFilter.ALL))
                .stream().sorted(java.util.Comparator.comparing(org.liaisondesk.domain.Delegation::code))
                .forEach(d -> m.put(d.id(), d.code()));
        return m;
    }

    /** A date that must be a day ("2019-05-13"), not a month or year. */
    protected java.time.LocalDate day(Row row, String column) {
        PartialDate d = row.date(column);
        if (d == null) return null;
        if (d.precision() != PartialDate.Precision.DAY) {
            row.problem(column, row.text(column), "csv.row.dayNeeded", List.of(row.text(column)));
            return null;
        }
        return d.start();
    }

    /** Organisation names looked up once per import: a long file names the same few partners again and again. */
    private final Map<String, Long> organisationIds = new HashMap<>();

    /** Several organisations answer to the name: the file must say which (by a fuller name). */
    static final long AMBIGUOUS = -1;

    /** The organisation with this name, null for none, {@link #AMBIGUOUS} when namesakes make it unclear. */
    protected Long organisation(String name) {
        return organisationIds.computeIfAbsent(loose(name), k -> jdbi.withExtension(
                org.liaisondesk.persistence.OrganisationDao.class, d -> {
                    List<org.liaisondesk.domain.Organisation> found = d.findByAnyName(name);
                    if (found.isEmpty()) return null;
                    return found.size() == 1 ? found.get(0).id() : AMBIGUOUS;
                }));
    }

    /** Names of organisations for export, read once per export. */
    protected Map<Long, String> organisationNames() {
        Map<Long, String> m = new HashMap<>();
        for (org.liaisondesk.domain.Organisation o : jdbi.withExtension(org.liaisondesk.persistence.OrganisationDao.class,
                d -> d.list(org.liaisondesk.domain.RecordFilter.ALL))) {
            m.put(o.id(), o.nameZh() != null ? o.nameZh() : o.nameEn() != null ? o.nameEn() : o.nameLocal());
        }
        return m;
    }

    /**
     * @param encoding  null to detect; @param delimiter 0 to detect
     * @param validOnly write the valid rows even when others fail (else nothing is written then)
     */
    public ImportResult importFile(Path file, Charset encoding, char delimiter, OnDuplicate onDuplicate,
                                   boolean validOnly, boolean dryRun) {
        return importFile(file, encoding, delimiter, onDuplicate, validOnly, dryRun, fraction -> true, Map.of());
    }

    /** The file type's columns, for a mapping the user edits. */
    public CsvColumns fileColumns() { return columns(); }

    /** Told how far the reading has got (0 to 1); answers false to cancel, which writes nothing. */
    public interface Progress {
        boolean report(double fraction);
    }

    /** @param mapping the user's column mapping (see {@link CsvColumns#map(CSVRecord, Map, List)}) */
    public ImportResult importFile(Path file, Charset encoding, char delimiter, OnDuplicate onDuplicate,
                                   boolean validOnly, boolean dryRun, Progress progress, Map<String, String> mapping) {
        List<CsvProblem> problems = new ArrayList<>();
        double size;
        try {
            size = Math.max(1, Files.size(file));
        } catch (IOException e) {
            throw new InvalidInputException("error.csv.read", file, e.getMessage());
        }
        List<T> pending = new ArrayList<>();
        List<Long> createdIds = new ArrayList<>();
        List<Map.Entry<Long, ?>> previous = new ArrayList<>();
        int created = 0, updated = 0, failed = 0, skipped = 0;
        CsvInput in = CsvInput.open(file, encoding, delimiter);
        // Rows are written as they are read, in batches, inside one transaction that is rolled back if
        // the import is refused: memory stays flat however long the file, and nothing half-written stays.
        try (CSVParser parser = in.parser(); Handle h = jdbi.open()) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) throw new InvalidInputException("error.csv.empty", file);
            CSVRecord header = it.next();
            Map<String, Integer> columns = columns().map(header, mapping, problems);
            requireColumns(columns, problems);
            organisationIds.clear();
            delegationIds.clear();
            if (problems.stream().anyMatch(p -> !p.key().equals("csv.column.unknown"))) {
                return new ImportResult(0, 0, 0, 0, false, problems, null);
            }
            begin(h);
            if (!dryRun) h.begin();
            try {
                KeyLines seen = new KeyLines();
                long end = parser.getCurrentLineNumber();
                while (true) {
                    CSVRecord rec;
                    try {
                        if (!it.hasNext()) break;
                        rec = it.next();
                    } catch (java.io.UncheckedIOException | IllegalStateException e) {
                        problems.add(new CsvProblem(end + 1, null, null, "csv.row.unreadable",
                                List.of(String.valueOf(e.getMessage()))));
                        failed++;
                        break;
                    }
                    long line = end + 1;
                    end = parser.getCurrentLineNumber();
                    // Characters read against bytes on disk: close enough for a progress bar.
                    if (line % 500 == 0 && !progress.report(Math.min(1, rec.getCharacterPosition() / size))) {
                        if (h.isInTransaction()) h.rollback();
                        problems.add(new CsvProblem(line, null, null, "csv.cancelled", List.of()));
                        return new ImportResult(0, 0, 0, 0, false, problems, null);
                    }
                    if (rec.size() == 1 && rec.get(0).isBlank()) continue;
                    Row row = new Row(rec, columns, line, problems);
                    if (rec.size() != header.size()) row.problem(null, null, "csv.row.columns", List.of(rec.size(), header.size()));
                    T record = read(row);
                    if (row.clean()) {
                        long first = seen.putIfAbsent(key(record), line);
                        if (first > 0) row.problem("name", name(record), "csv.row.duplicateInFile", List.of(first));
                    }
                    if (!row.clean()) {
                        failed++;
                        continue;
                    }
                    Long existing = existing(h, record);
                    if (existing == null) {
                        created++;
                        if (!dryRun) pending.add(record);
                        if (pending.size() >= 2000) {
                            createdIds.addAll(write(h, pending, List.of()));
                            pending.clear();
                        }
                    } else if (onDuplicate == OnDuplicate.SKIP) {
                        skipped++;
                    } else if (onDuplicate == OnDuplicate.UPDATE) {
                        updated++;
                        if (!dryRun) {
                            previous.add(Map.entry(existing, find(h, existing)));
                            write(h, List.of(), List.of(Map.entry(existing, record)));
                        }
                    } else {
                        row.problem("name", name(record), "csv.row.exists", List.of());
                        failed++;
                    }
                }
                if (dryRun) return new ImportResult(created, updated, skipped, failed, false, problems, null);
                // All or nothing: a refused import created and updated nothing, and says so.
                if (failed > 0 && !validOnly) {
                    h.rollback();
                    return new ImportResult(0, 0, skipped, failed, false, problems, null);
                }
                if (!pending.isEmpty()) createdIds.addAll(write(h, pending, List.of()));
                h.commit();
            } catch (InvalidInputException e) {
                if (h.isInTransaction()) h.rollback();
                throw e;
            } catch (org.jdbi.v3.core.JdbiException e) {
                // A disk that could not be written: H2 closed the database, nothing of the import is on disk,
                // and Failures tells the user it is the disk's fault.
                if (org.liaisondesk.persistence.Database.isStorageFailure(e)) throw e;
                // A value the database refuses (one longer than its column, say): nothing is kept, and the reason is told.
                if (h.isInTransaction()) h.rollback();
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new InvalidInputException("error.csv.database", file, cause.getMessage());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("error.csv.read", file, e.getMessage());
        }
        changed.run();
        return new ImportResult(created, updated, skipped, failed, true, problems, new Undo(this, createdIds, previous));
    }

    /** Every record, canonical headers; {@code bom} for UTF-8 that Excel opens right. */
    public int export(Path file, Charset encoding, boolean bom) { return export(file, encoding, bom, null); }

    /** The records with these ids (a list's current filter), or all of them for null; passports masked. */
    public int export(Path file, Charset encoding, boolean bom, java.util.Collection<Long> only) {
        return export(file, encoding, bom, only, false);
    }

    /**
     * Exports; passport numbers are masked to their last four characters unless {@code sensitive}
     * (the user asked for them in full).
     */
    public int export(Path file, Charset encoding, boolean bom, java.util.Collection<Long> only, boolean sensitive) {
        java.util.Set<Long> wanted = only == null ? null : new java.util.HashSet<>(only);
        List<T> records = all().stream().filter(r -> wanted == null || wanted.contains(id(r))).toList();
        try (Writer w = Files.newBufferedWriter(file, encoding)) {
            if (bom) w.write('\uFEFF');
            try (CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180)) {
                out.printRecord(columns().canonical());
                for (T r : records) out.printRecord(cells(r, sensitive));
            }
        } catch (IOException e) {
            throw new InvalidInputException("error.file.write", file, e.getMessage());
        }
        return records.size();
    }

    /** Natural keys compare with spaces, full-width forms and dashes made alike. */
    protected static String loose(String s) {
        if (s == null) return "";
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) plain = s.charAt(i) < 0x7F;
        // Only text beyond ASCII can hold full-width forms; NFKC on every ASCII key would be wasted.
        String n = plain ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = b.length() > 0;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.append(Character.getType(ch) == Character.DASH_PUNCTUATION ? '-' : Character.toLowerCase(ch));
        }
        return b.toString();
    }

    protected static String code(Enum<?> e) { return e == null ? "" : e.name(); }

    protected static String iso(PartialDate d) { return d == null ? "" : d.iso(); }

    /** Names for a list of organisation ids, ";"-separated, as the file writes them. */
    protected static String names(List<Long> ids, Map<Long, String> names) {
        return CsvColumns.safe(String.join(";", ids.stream().map(names::get).filter(java.util.Objects::nonNull).toList()));
    }

    protected static String number(Number n) {
        return n == null ? "" : n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString();
    }
}
