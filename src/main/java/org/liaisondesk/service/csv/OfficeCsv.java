package org.liaisondesk.service.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.OfficeAbroadDao;
import org.liaisondesk.service.CountryRegionService;

/** The offices file: natural key the name; the incubating organisation by any of its names. */
public final class OfficeCsv extends RecordCsv<OfficeAbroad> {
    public static final CsvColumns COLUMNS = new CsvColumns("name", "名称", "country", "国家/地区", "city", "城市",
            "established_on", "成立日期", "approved_by", "批准机关", "incubated_by", "孵化单位", "status", "状态",
            "notes", "备注");

    private final CountryRegionService countries;
    private Map<String, Long> known = Map.of();
    private Map<Long, String> names = Map.of();

    public OfficeCsv(Jdbi jdbi, CountryRegionService countries, Runnable changed) {
        super(jdbi, changed);
        this.countries = countries;
    }

    @Override protected CsvColumns columns() { return COLUMNS; }

    @Override
    protected void requireColumns(Map<String, Integer> c, List<CsvProblem> problems) {
        for (String required : List.of("name", "country", "established_on")) {
            if (!c.containsKey(required)) problems.add(new CsvProblem(1, required, null, "csv.column.missing", List.of(required)));
        }
    }

    @Override
    protected void begin(Handle h) {
        Map<String, Long> m = new HashMap<>();
        for (OfficeAbroad o : h.attach(OfficeAbroadDao.class).list(RecordFilter.ALL)) m.putIfAbsent(loose(o.name()), o.id());
        known = m;
    }

    @Override
    protected OfficeAbroad read(Row row) {
        List<Long> incubator = row.organisations("incubated_by");
        OfficeStatus status = row.value(OfficeStatus.class, "status");
        OfficeAbroad o = new OfficeAbroad(null, row.text("name"), row.country(countries, "country", true), row.text("city"),
                row.date("established_on"), row.text("approved_by"), incubator.isEmpty() ? null : incubator.get(0),
                status == null ? OfficeStatus.ACTIVE : status, null, row.text("notes"), Tags.NONE, null, null);
        if (row.clean()) for (Problem p : Validation.office(o)) row.problem(p.field(), null, p.key(), p.args());
        return o;
    }

    @Override protected String key(OfficeAbroad o) { return loose(o.name()); }

    @Override protected Long existing(Handle h, OfficeAbroad o) { return known.get(key(o)); }

    @Override
    protected List<Long> write(Handle h, List<OfficeAbroad> created, List<Map.Entry<Long, OfficeAbroad>> updated) {
        List<Long> ids = new java.util.ArrayList<>();
        OfficeAbroadDao dao = h.attach(OfficeAbroadDao.class);
        for (OfficeAbroad o : created) ids.add(dao.insert(o));
        for (Map.Entry<Long, OfficeAbroad> e : updated) {
            OfficeAbroad o = e.getValue(), old = dao.find(e.getKey()).orElseThrow();
            // The file has no columns for the closing date and tags: keep what the record already says.
            dao.update(new OfficeAbroad(e.getKey(), o.name(), o.country(), o.city(), o.establishedOn(), o.approvedBy(),
                    o.incubatedBy(), o.status(), old.closedOn(), o.notes(), old.tags(), null, null));
        }
        return ids;
    }

    @Override
    protected OfficeAbroad find(Handle h, long id) { return h.attach(OfficeAbroadDao.class).find(id).orElseThrow(); }

    @Override
    protected void delete(Handle h, long id) { h.attach(OfficeAbroadDao.class).delete(id); }

    @Override
    protected List<OfficeAbroad> all() {
        names = organisationNames();
        return jdbi.withExtension(OfficeAbroadDao.class, d -> d.list(RecordFilter.ALL));
    }

    @Override
    protected List<String> cells(OfficeAbroad o) {
        return List.of(CsvColumns.safe(o.name()), o.country(), CsvColumns.safe(o.city()), iso(o.establishedOn()),
                CsvColumns.safe(o.approvedBy()), CsvColumns.safe(o.incubatedBy() == null ? null : names.get(o.incubatedBy())),
                code(o.status()), CsvColumns.safe(o.notes()));
    }

    @Override protected String name(OfficeAbroad o) { return o.name(); }

    @Override protected long id(OfficeAbroad o) { return o.id(); }
}
