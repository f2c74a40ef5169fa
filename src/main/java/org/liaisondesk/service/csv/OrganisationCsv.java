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
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.OrganisationDao;
import org.liaisondesk.service.CountryRegionService;

/**
 * The organizations file of DOMAIN.md: import (every row checked first; all or nothing unless
 * told to take only the valid rows; duplicates by name + country/region skipped, updated or
 * refused) and export (canonical headers, UTF-8 with BOM for Excel, formula-safe).
 */
public final class OrganisationCsv {
    public enum OnDuplicate { SKIP, UPDATE, FAIL }

    public static final CsvColumns COLUMNS = new CsvColumns("name_zh", "中文名称", "name_en", "英文名称",
            "name_local", "当地名称", "abbreviation", "简称", "type", "类型", "country", "国家/地区", "province", "省/州",
            "city", "城市", "website", "网站", "email", "邮箱", "phone", "电话", "partner_since", "合作起始",
            "status", "状态", "tags", "标签", "notes", "备注");

    private final Jdbi jdbi;
    private final CountryRegionService countries;
    private final Runnable changed;

    public OrganisationCsv(Jdbi jdbi, CountryRegionService countries, Runnable changed) {
        this.jdbi = jdbi;
        this.countries = countries;
        this.changed = changed;
    }

    private record Row(long line, Organisation record, Long existing) {}

    /**
     * @param encoding  null to detect; @param delimiter 0 to detect
     * @param validOnly write the valid rows even when others fail (else nothing is written then)
     */
    public ImportResult importFile(Path file, Charset encoding, char delimiter, OnDuplicate onDuplicate,
                                   boolean validOnly, boolean dryRun) {
        List<CsvProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int failed = 0, skipped = 0;
        CsvInput in = CsvInput.open(file, encoding, delimiter);
        try (CSVParser parser = in.parser()) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) throw new InvalidInputException("error.csv.empty", file);
            CSVRecord header = it.next();
            Map<String, Integer> columns = COLUMNS.map(header, problems);
            boolean fatal = problems.stream().anyMatch(p -> !p.key().equals("csv.column.unknown"));
            for (String required : List.of("type", "country")) {
                if (!columns.containsKey(required)) {
                    problems.add(new CsvProblem(1, required, null, "csv.column.missing", List.of(required)));
                    fatal = true;
                }
            }
            if (!columns.containsKey("name_zh") && !columns.containsKey("name_en") && !columns.containsKey("name_local")) {
                problems.add(new CsvProblem(1, "name_zh", null, "csv.column.missing", List.of("name_zh / name_en / name_local")));
                fatal = true;
            }
            if (fatal) return new ImportResult(0, 0, 0, 0, false, problems);
            Map<String, Long> seen = new HashMap<>();
            long end = parser.getCurrentLineNumber();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) break;
                    rec = it.next();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    problems.add(new CsvProblem(end + 1, null, null, "csv.row.unreadable", List.of(String.valueOf(e.getMessage()))));
                    failed++;
                    break;
                }
                long line = end + 1;
                end = parser.getCurrentLineNumber();
                int before = problems.size();
                if (rec.size() != header.size() && !(rec.size() == 1 && rec.get(0).isBlank())) {
                    problems.add(new CsvProblem(line, null, null, "csv.row.columns", List.of(rec.size(), header.size())));
                }
                if (rec.size() == 1 && rec.get(0).isBlank()) continue;
                Organisation o = read(rec, columns, line, problems);
                if (problems.size() == before) {
                    String key = key(o);
                    Long first = seen.putIfAbsent(key, line);
                    if (first != null) problems.add(new CsvProblem(line, "name", o.displayName(Locale.SIMPLIFIED_CHINESE),
                            "csv.row.duplicateInFile", List.of(first)));
                }
                if (problems.size() > before) {
                    failed++;
                    continue;
                }
                Long existing = existing(o);
                if (existing != null && onDuplicate == OnDuplicate.SKIP) {
                    skipped++;
                } else if (existing != null && onDuplicate == OnDuplicate.FAIL) {
                    problems.add(new CsvProblem(line, "name", o.displayName(Locale.SIMPLIFIED_CHINESE), "csv.row.exists", List.of()));
                    failed++;
                } else {
                    rows.add(new Row(line, o, existing));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("error.csv.read", file, e.getMessage());
        }
        int created = (int) rows.stream().filter(r -> r.existing() == null).count(), updated = rows.size() - created;
        if (dryRun) return new ImportResult(created, updated, skipped, failed, false, problems);
        // All or nothing: a refused import created and updated nothing, and says so.
        if (failed > 0 && !validOnly) return new ImportResult(0, 0, skipped, failed, false, problems);
        jdbi.useTransaction(h -> {
            OrganisationDao dao = h.attach(OrganisationDao.class);
            for (Row r : rows) {
                if (r.existing() == null) dao.insert(r.record());
                else dao.update(withId(r.record(), r.existing()));
            }
        });
        changed.run();
        return new ImportResult(created, updated, skipped, failed, true, problems);
    }

    private Organisation read(CSVRecord rec, Map<String, Integer> c, long line, List<CsvProblem> problems) {
        String country = null;
        String countryText = CsvColumns.text(rec, c, "country");
        try {
            country = countries.resolve(countryText).iso2();
        } catch (InvalidInputException e) {
            problems.add(new CsvProblem(line, "country", countryText, e.key(), e.args()));
        }
        OrganisationType type = value(OrganisationType.class, rec, c, "type", line, problems);
        OrganisationStatus status = value(OrganisationStatus.class, rec, c, "status", line, problems);
        PartialDate since = null;
        String sinceText = CsvColumns.text(rec, c, "partner_since");
        try {
            since = PartialDate.parse(sinceText);
        } catch (InvalidInputException e) {
            problems.add(new CsvProblem(line, "partner_since", sinceText, e.key(), e.args()));
        }
        Organisation o = new Organisation(null, CsvColumns.text(rec, c, "name_zh"), CsvColumns.text(rec, c, "name_en"),
                CsvColumns.text(rec, c, "name_local"), CsvColumns.text(rec, c, "abbreviation"), type, country,
                CsvColumns.text(rec, c, "province"), CsvColumns.text(rec, c, "city"), null,
                CsvColumns.text(rec, c, "website"), CsvColumns.text(rec, c, "email"), CsvColumns.text(rec, c, "phone"),
                since, status == null ? OrganisationStatus.ACTIVE : status, CsvColumns.text(rec, c, "notes"),
                Tags.parse(CsvColumns.text(rec, c, "tags")), null, null);
        if (problems.stream().noneMatch(p -> p.line() == line)) {
            for (Problem p : Validation.organisation(o)) {
                problems.add(new CsvProblem(line, p.field(), null, p.key(), p.args()));
            }
        }
        return o;
    }

    private static <E extends Enum<E> & Labelled> E value(Class<E> type, CSVRecord rec, Map<String, Integer> c, String column,
                                                         long line, List<CsvProblem> problems) {
        String t = CsvColumns.text(rec, c, column);
        try {
            return Labels.parse(type, t);
        } catch (InvalidInputException e) {
            problems.add(new CsvProblem(line, column, t, e.key(), e.args()));
            return null;
        }
    }

    private Long existing(Organisation o) {
        return jdbi.withExtension(OrganisationDao.class, d -> {
            for (String name : new String[]{o.nameZh(), o.nameEn(), o.nameLocal()}) {
                if (name == null) continue;
                List<Organisation> found = d.findByName(name, o.country());
                if (!found.isEmpty()) return found.get(0).id();
            }
            return null;
        });
    }

    /** The natural key, with spaces, full-width forms and dashes made alike. */
    static String key(Organisation o) {
        String name = o.nameZh() != null ? o.nameZh() : o.nameEn() != null ? o.nameEn() : o.nameLocal();
        return o.country() + "|" + loose(name);
    }

    static String loose(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Pd}‐-―]", "-").replaceAll("\\s+", " ").strip();
    }

    private static Organisation withId(Organisation o, long id) {
        return new Organisation(id, o.nameZh(), o.nameEn(), o.nameLocal(), o.abbreviation(), o.type(), o.country(),
                o.province(), o.city(), o.address(), o.website(), o.email(), o.phone(), o.partnerSince(), o.status(),
                o.notes(), o.tags(), null, null);
    }

    /** Every organisation, canonical headers; {@code bom} for UTF-8 that Excel opens right. */
    public int export(Path file, Charset encoding, boolean bom) {
        List<Organisation> all = jdbi.withExtension(OrganisationDao.class, d -> d.list(RecordFilter.ALL));
        try (Writer w = Files.newBufferedWriter(file, encoding)) {
            if (bom) w.write('\uFEFF');
            try (CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180)) {
                out.printRecord(COLUMNS.canonical());
                for (Organisation o : all) {
                    out.printRecord(CsvColumns.safe(o.nameZh()), CsvColumns.safe(o.nameEn()), CsvColumns.safe(o.nameLocal()),
                            CsvColumns.safe(o.abbreviation()), o.type() == null ? "" : o.type().name(), o.country(),
                            CsvColumns.safe(o.province()), CsvColumns.safe(o.city()), CsvColumns.safe(o.website()),
                            CsvColumns.safe(o.email()), CsvColumns.safe(o.phone()),
                            o.partnerSince() == null ? "" : o.partnerSince().iso(), o.status() == null ? "" : o.status().name(),
                            CsvColumns.safe(o.tags() == null ? null : o.tags().joined()), CsvColumns.safe(o.notes()));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("error.file.write", file, e.getMessage());
        }
        return all.size();
    }
}
