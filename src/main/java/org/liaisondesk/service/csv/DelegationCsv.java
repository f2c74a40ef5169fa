package org.liaisondesk.service.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.DelegationDao;
import org.liaisondesk.service.CountryRegionService;

/** The delegations file: natural key the code (2018-IN-007); countries and organisations ";"-separated. */
public final class DelegationCsv extends RecordCsv<Delegation> {
    public static final CsvColumns COLUMNS = new CsvColumns("code", "团组编号", "direction", "方向", "title", "团组名称",
            "countries", "国家/地区", "organizations", "单位", "head", "团长", "purpose", "目的", "start", "开始日期",
            "end", "结束日期", "status", "状态", "approval_ref", "批件号", "notes", "备注");

    private final CountryRegionService countries;
    private Map<String, Long> known = Map.of();
    private Map<Long, String> names = Map.of();

    public DelegationCsv(Jdbi jdbi, CountryRegionService countries, Runnable changed) {
        super(jdbi, changed);
        this.countries = countries;
    }

    @Override protected CsvColumns columns() { return COLUMNS; }

    @Override
    protected void requireColumns(Map<String, Integer> c, List<CsvProblem> problems) {
        for (String required : List.of("code", "direction", "title", "start")) {
            if (!c.containsKey(required)) problems.add(new CsvProblem(1, required, null, "csv.column.missing", List.of(required)));
        }
    }

    @Override
    protected void begin(Handle h) {
        Map<String, Long> m = new HashMap<>();
        for (Delegation d : h.attach(DelegationDao.class).list(RecordFilter.ALL)) m.putIfAbsent(key(d), d.id());
        known = m;
    }

    @Override
    protected Delegation read(Row row) {
        DelegationStatus status = row.value(DelegationStatus.class, "status");
        Delegation d = new Delegation(null, row.text("code"), row.value(Direction.class, "direction"), row.text("title"),
                row.countries(countries, "countries"), row.organisations("organizations"), row.text("head"), row.text("purpose"),
                row.date("start"), row.date("end"), status == null ? DelegationStatus.PLANNED : status, row.text("approval_ref"),
                null, null, null, null, null, null, null, null, null, null, null, null, row.text("notes"), Tags.NONE, null, null);
        if (row.clean()) for (Problem p : Validation.delegation(d)) row.problem(p.field(), null, p.key(), p.args());
        return d;
    }

    @Override protected String key(Delegation d) { return loose(d.code()); }

    @Override protected Long existing(Handle h, Delegation d) { return known.get(key(d)); }

    @Override
    protected List<Long> write(Handle h, List<Delegation> created, List<Map.Entry<Long, Delegation>> updated) {
        List<Long> ids = new java.util.ArrayList<>();
        DelegationDao dao = h.attach(DelegationDao.class);
        for (Delegation d : created) ids.add(dao.insert(d));
        for (Map.Entry<Long, Delegation> u : updated) {
            Delegation d = u.getValue(), o = dao.find(u.getKey()).orElseThrow();
            // The file has no columns for the reception details: keep what the record already says.
            dao.update(new Delegation(u.getKey(), d.code(), d.direction(), d.title(), d.countries(), d.organisationIds(),
                    d.headName(), d.purpose(), d.startDate(), d.endDate(), d.status(), d.approvalRef(), o.invitationRef(),
                    o.receptionLevel(), o.hostLeader(), o.liaisonOfficer(), o.liaisonPhone(), o.arrival(), o.departure(),
                    o.hotel(), o.budgetCny(), o.actualCny(), o.summary(), o.followUps(), d.notes(), o.tags(), null, null));
        }
        return ids;
    }

    @Override
    protected Delegation find(Handle h, long id) { return h.attach(DelegationDao.class).find(id).orElseThrow(); }

    @Override
    protected void delete(Handle h, long id) { h.attach(DelegationDao.class).delete(id); }

    @Override
    protected List<Delegation> all() {
        names = organisationNames();
        return jdbi.withExtension(DelegationDao.class, d -> d.list(RecordFilter.ALL));
    }

    @Override
    protected List<String> cells(Delegation d) {
        return List.of(CsvColumns.safe(d.code()), code(d.direction()), CsvColumns.safe(d.title()), String.join(";", d.countries()),
                names(d.organisationIds(), names), CsvColumns.safe(d.headName()), CsvColumns.safe(d.purpose()),
                iso(d.startDate()), iso(d.endDate()), code(d.status()), CsvColumns.safe(d.approvalRef()), CsvColumns.safe(d.notes()));
    }

    @Override protected String name(Delegation d) { return d.code(); }

    @Override protected long id(Delegation d) { return d.id(); }
}
