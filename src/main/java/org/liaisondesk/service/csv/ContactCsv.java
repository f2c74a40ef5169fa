package org.liaisondesk.service.csv;

import org.liaisondesk.domain.Sensitive;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.ContactDao;
import org.liaisondesk.persistence.OrganisationDao;
import org.liaisondesk.service.CountryRegionService;

/**
 * The contacts file: the organisation by any of its names (its country/region decides between
 * namesakes, the nationality first); natural key the passport number and nationality, else the
 * name and organisation. Passport numbers are exported as they are: the file is the office's own.
 */
public final class ContactCsv extends RecordCsv<Contact> {
    public static final CsvColumns COLUMNS = new CsvColumns("name_zh", "中文姓名", "name_en", "英文姓名",
            "name_local", "本名", "gender", "性别", "title", "职务", "organization", "单位", "nationality", "国籍",
            "email", "邮箱", "phone", "电话", "wechat", "微信", "languages", "语言", "passport_no", "护照号",
            "passport_expiry", "护照有效期", "dietary", "饮食禁忌", "notes", "备注");

    private final CountryRegionService countries;
    /** Organisation names looked up once per import: a 100,000-row file names a few hundred. */
    private final Map<String, Long> organisations = new HashMap<>();
    private Map<Long, String> organisationNames;

    public ContactCsv(Jdbi jdbi, CountryRegionService countries, Runnable changed) {
        super(jdbi, changed);
        this.countries = countries;
    }

    @Override protected CsvColumns columns() { return COLUMNS; }

    @Override
    protected void requireColumns(Map<String, Integer> c, List<CsvProblem> problems) {
        organisations.clear();
        if (!c.containsKey("name_zh") && !c.containsKey("name_en") && !c.containsKey("name_local")) {
            problems.add(new CsvProblem(1, "name_zh", null, "csv.column.missing", List.of("name_zh / name_en / name_local")));
        }
    }

    @Override
    protected Contact read(Row row) {
        String nationality = null;
        String n = row.text("nationality");
        if (n != null) {
            try {
                nationality = countries.resolve(n).iso2();
            } catch (InvalidInputException e) {
                row.problem("nationality", n, e);
            }
        }
        String orgText = row.text("organization");
        Long org = null;
        if (orgText != null) {
            org = organisation(orgText, nationality);
            if (org == null) row.problem("organization", orgText, "csv.row.noOrganisation", List.of(orgText));
            else if (org == AMBIGUOUS) {
                row.problem("organization", orgText, "csv.row.ambiguousOrganisation", List.of(orgText));
                org = null;
            }
        }
        // A masked number (from an export without passports) is no number: the one on record stays.
        String passport = Sensitive.isMasked(row.text("passport_no")) ? null : row.text("passport_no");
        Contact c = new Contact(null, row.text("name_zh"), row.text("name_en"), row.text("name_local"),
                row.value(Gender.class, "gender"), row.text("title"), org, nationality, row.text("email"),
                row.text("phone"), row.text("wechat"), null, row.text("languages"), null, passport,
                row.date("passport_expiry"), row.text("dietary"), null, null, false, row.text("notes"), Tags.NONE, null, null);
        if (row.clean()) for (Problem p : Validation.contact(c)) row.problem(p.field(), null, p.key(), p.args());
        return c;
    }

    private Long organisation(String name, String nationality) {
        return organisations.computeIfAbsent(loose(name) + "|" + nationality, k -> jdbi.withExtension(OrganisationDao.class, d -> {
            List<Organisation> found = d.findByAnyName(name);
            // Namesakes in several countries: the one in the person's own country, else the file must say.
            List<Organisation> home = found.stream().filter(o -> o.country().equals(nationality)).toList();
            if (home.size() == 1) return home.get(0).id();
            if (found.size() == 1) return found.get(0).id();
            return found.isEmpty() ? null : AMBIGUOUS;
        }));
    }

    @Override
    protected String key(Contact c) {
        if (c.passportNo() != null) return "P|" + loose(c.passportNo()) + "|" + c.nationality();
        return "N|" + loose(c.displayName(Locale.SIMPLIFIED_CHINESE)) + "|" + c.organisationId();
    }

    /** Keys of the contacts already there, read once: one query, not one per row of a 100,000-row file. */
    private Map<String, Long> known = Map.of();

    @Override
    protected void begin(Handle h) {
        Map<String, Long> m = new HashMap<>();
        for (ContactKey k : h.attach(ContactDao.class).keys()) {
            if (k.passportNo() != null) m.putIfAbsent("P|" + loose(k.passportNo()) + "|" + k.nationality(), k.id());
            for (String name : new String[]{k.nameZh(), k.nameEn(), k.nameLocal()}) {
                if (name != null) m.putIfAbsent("N|" + loose(name) + "|" + k.organisationId(), k.id());
            }
        }
        known = m;
    }

    @Override
    protected Long existing(Handle h, Contact c) {
        if (c.passportNo() != null) return known.get(key(c));
        for (String name : new String[]{c.nameZh(), c.nameEn(), c.nameLocal()}) {
            Long id = name == null ? null : known.get("N|" + loose(name) + "|" + c.organisationId());
            if (id != null) return id;
        }
        return null;
    }

    @Override
    protected List<Long> write(Handle h, List<Contact> created, List<Map.Entry<Long, Contact>> updated) {
        List<Long> ids = new java.util.ArrayList<>();
        ContactDao dao = h.attach(ContactDao.class);
        // Batches of a few thousand keep the memory of a 100,000-row import flat in the database driver.
        for (int i = 0; i < created.size(); i += 2000) {
            for (long id : dao.insertAll(created.subList(i, Math.min(created.size(), i + 2000)))) ids.add(id);
        }
        for (Map.Entry<Long, Contact> e : updated) {
            Contact c = e.getValue(), o = dao.find(e.getKey()).orElseThrow();
            // What the contacts file has no column for is kept, and so is a passport the file leaves out.
            dao.update(new Contact(e.getKey(), c.nameZh(), c.nameEn(), c.nameLocal(), c.gender(), c.title(),
                    c.organisationId(), c.nationality(), c.email(), c.phone(), c.wechat(), o.messenger(), c.languages(),
                    o.dateOfBirth(), c.passportNo() != null ? c.passportNo() : o.passportNo(),
                    c.passportExpiry() != null ? c.passportExpiry() : o.passportExpiry(), c.dietary(), o.religion(),
                    o.accessNotes(), o.overseasChinese(), c.notes(), o.tags(), null, null));
        }
        return ids;
    }

    @Override
    protected Contact find(Handle h, long id) { return h.attach(ContactDao.class).find(id).orElseThrow(); }

    @Override
    protected void delete(Handle h, long id) { h.attach(ContactDao.class).delete(id); }

    @Override
    protected List<Contact> all() {
        organisationNames = organisationNames();
        return jdbi.withExtension(ContactDao.class, d -> d.list(RecordFilter.ALL));
    }

    @Override
    public boolean hasSensitive() { return true; }

    @Override
    protected List<String> cells(Contact c) { return cells(c, true); }

    @Override
    protected List<String> cells(Contact c, boolean sensitive) {
        return List.of(CsvColumns.safe(c.nameZh()), CsvColumns.safe(c.nameEn()), CsvColumns.safe(c.nameLocal()),
                code(c.gender()), CsvColumns.safe(c.title()),
                CsvColumns.safe(c.organisationId() == null ? null : organisationNames.get(c.organisationId())),
                c.nationality() == null ? "" : c.nationality(), CsvColumns.safe(c.email()), CsvColumns.safe(c.phone()),
                CsvColumns.safe(c.wechat()), CsvColumns.safe(c.languages()), passport(c.passportNo(), sensitive),
                iso(c.passportExpiry()), CsvColumns.safe(c.dietary()), CsvColumns.safe(c.notes()));
    }

    @Override
    protected String name(Contact c) { return c.displayName(Locale.SIMPLIFIED_CHINESE); }

    @Override protected long id(Contact c) { return c.id(); }
}
