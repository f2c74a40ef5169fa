package org.liaisondesk.service.csv;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.OrganisationDao;
import org.liaisondesk.service.CountryRegionService;

/** The organizations file: natural key a name (any language) and the country/region. */
public final class OrganisationCsv extends RecordCsv<Organisation> {
    public static final CsvColumns COLUMNS = new CsvColumns("name_zh", "中文名称", "name_en", "英文名称",
            "name_local", "当地名称", "abbreviation", "简称", "type", "类型", "country", "国家/地区", "province", "省/州",
            "city", "城市", "website", "网站", "email", "邮箱", "phone", "电话", "partner_since", "合作起始",
            "status", "状态", "tags", "标签", "notes", "备注");

    private final CountryRegionService countries;

    public OrganisationCsv(Jdbi jdbi, CountryRegionService countries, Runnable changed) {
        super(jdbi, changed);
        this.countries = countries;
    }

    @Override protected CsvColumns columns() { return COLUMNS; }

    @Override
    protected void requireColumns(Map<String, Integer> c, List<CsvProblem> problems) {
        for (String required : List.of("type", "country")) {
            if (!c.containsKey(required)) problems.add(new CsvProblem(1, required, null, "csv.column.missing", List.of(required)));
        }
        if (!c.containsKey("name_zh") && !c.containsKey("name_en") && !c.containsKey("name_local")) {
            problems.add(new CsvProblem(1, "name_zh", null, "csv.column.missing", List.of("name_zh / name_en / name_local")));
        }
    }

    @Override
    protected Organisation read(Row row) {
        String countryText = row.text("country");
        String country = null;
        try {
            country = countries.resolve(countryText).iso2();
        } catch (InvalidInputException e) {
            row.problem("country", countryText, e);
        }
        OrganisationStatus status = row.value(OrganisationStatus.class, "status");
        Organisation o = new Organisation(null, row.text("name_zh"), row.text("name_en"), row.text("name_local"),
                row.text("abbreviation"), row.value(OrganisationType.class, "type"), country, row.text("province"),
                row.text("city"), null, row.text("website"), row.text("email"), row.text("phone"), row.date("partner_since"),
                status == null ? OrganisationStatus.ACTIVE : status, row.text("notes"), Tags.parse(row.text("tags")), null, null);
        if (row.clean()) for (Problem p : Validation.organisation(o)) row.problem(p.field(), null, p.key(), p.args());
        return o;
    }

    @Override
    protected String key(Organisation o) {
        String name = o.nameZh() != null ? o.nameZh() : o.nameEn() != null ? o.nameEn() : o.nameLocal();
        return o.country() + "|" + loose(name);
    }

    @Override
    protected Long existing(Handle h, Organisation o) {
        OrganisationDao d = h.attach(OrganisationDao.class);
        for (String name : new String[]{o.nameZh(), o.nameEn(), o.nameLocal()}) {
            if (name == null) continue;
            List<Organisation> found = d.findByName(name, o.country());
            if (!found.isEmpty()) return found.get(0).id();
        }
        return null;
    }

    @Override
    protected List<Long> write(Handle h, List<Organisation> created, List<Map.Entry<Long, Organisation>> updated) {
        List<Long> ids = new java.util.ArrayList<>();
        OrganisationDao dao = h.attach(OrganisationDao.class);
        if (!created.isEmpty()) for (long id : dao.insertAll(created)) ids.add(id);
        for (Map.Entry<Long, Organisation> e : updated) {
            Organisation o = e.getValue();
            dao.update(new Organisation(e.getKey(), o.nameZh(), o.nameEn(), o.nameLocal(), o.abbreviation(), o.type(),
                    o.country(), o.province(), o.city(), o.address(), o.website(), o.email(), o.phone(), o.partnerSince(),
                    o.status(), o.notes(), o.tags(), null, null));
        }
        return ids;
    }

    @Override
    protected Organisation find(Handle h, long id) { return h.attach(OrganisationDao.class).find(id).orElseThrow(); }

    @Override
    protected void delete(Handle h, long id) { h.attach(OrganisationDao.class).delete(id); }

    @Override
    protected List<Organisation> all() { return jdbi.withExtension(OrganisationDao.class, d -> d.list(RecordFilter.ALL)); }

    @Override
    protected List<String> cells(Organisation o) {
        return List.of(CsvColumns.safe(o.nameZh()), CsvColumns.safe(o.nameEn()), CsvColumns.safe(o.nameLocal()),
                CsvColumns.safe(o.abbreviation()), code(o.type()), o.country(), CsvColumns.safe(o.province()),
                CsvColumns.safe(o.city()), CsvColumns.safe(o.website()), CsvColumns.safe(o.email()),
                CsvColumns.safe(o.phone()), iso(o.partnerSince()), code(o.status()),
                CsvColumns.safe(o.tags() == null ? null : o.tags().joined()), CsvColumns.safe(o.notes()));
    }

    @Override
    protected String name(Organisation o) { return o.displayName(Locale.SIMPLIFIED_CHINESE); }

    @Override protected long id(Organisation o) { return o.id(); }
}
