package org.liaisondesk.service.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.AgreementDao;

/** The agreements file: natural key the code, else the title and signing date; partners by name. */
public final class AgreementCsv extends RecordCsv<Agreement> {
    public static final CsvColumns COLUMNS = new CsvColumns("code", "编号", "title", "名称", "type", "类型",
            "partners", "合作方", "signed_on", "签署日期", "signed_place", "签署地点", "expires_on", "到期日期",
            "renewal", "续签方式", "status", "状态", "notes", "备注");

    private Map<String, Long> known = Map.of();
    private Map<Long, String> names = Map.of();

    public AgreementCsv(Jdbi jdbi, Runnable changed) { super(jdbi, changed); }

    @Override protected CsvColumns columns() { return COLUMNS; }

    @Override
    protected void requireColumns(Map<String, Integer> c, List<CsvProblem> problems) {
        for (String required : List.of("title", "partners")) {
            if (!c.containsKey(required)) problems.add(new CsvProblem(1, required, null, "csv.column.missing", List.of(required)));
        }
    }

    @Override
    protected void begin(Handle h) {
        Map<String, Long> m = new HashMap<>();
        for (Agreement a : h.attach(AgreementDao.class).list(RecordFilter.ALL)) m.putIfAbsent(key(a), a.id());
        known = m;
    }

    @Override
    protected Agreement read(Row row) {
        Agreement a = new Agreement(null, row.text("code"), row.text("title"), row.value(AgreementType.class, "type"),
                row.organisations("partners"), row.date("signed_on"), row.text("signed_place"), null, null, null,
                row.date("expires_on"), row.value(RenewalMode.class, "renewal"), null, row.value(AgreementStatus.class, "status"),
                null, row.text("notes"), Tags.NONE, null, null);
        if (row.clean()) for (Problem p : Validation.agreement(a)) row.problem(p.field(), null, p.key(), p.args());
        return a;
    }

    @Override
    protected String key(Agreement a) {
        return a.code() != null ? "C|" + loose(a.code()) : "T|" + loose(a.title()) + "|" + iso(a.signedOn());
    }

    @Override protected Long existing(Handle h, Agreement a) { return known.get(key(a)); }

    @Override
    protected List<Long> write(Handle h, List<Agreement> created, List<Map.Entry<Long, Agreement>> updated) {
        List<Long> ids = new java.util.ArrayList<>();
        AgreementDao dao = h.attach(AgreementDao.class);
        for (Agreement a : created) ids.add(dao.insert(a));
        for (Map.Entry<Long, Agreement> u : updated) {
            Agreement a = u.getValue(), old = dao.find(u.getKey()).orElseThrow();
            // The file has no columns for these: keep what the record already says.
            dao.update(new Agreement(u.getKey(), a.code(), a.title(), a.type(), a.partnerIds(), a.signedOn(), a.signedPlace(),
                    old.ourSignatory(), old.theirSignatory(), old.effectiveFrom(), a.expiresOn(), a.renewal(), old.reviewOn(),
                    a.status(), old.renewedBy(), a.notes(), old.tags(), null, null));
        }
        return ids;
    }

    @Override
    protected Agreement find(Handle h, long id) { return h.attach(AgreementDao.class).find(id).orElseThrow(); }

    @Override
    protected void delete(Handle h, long id) { h.attach(AgreementDao.class).delete(id); }

    @Override
    protected List<Agreement> all() {
        names = organisationNames();
        return jdbi.withExtension(AgreementDao.class, d -> d.list(RecordFilter.ALL));
    }

    @Override
    protected List<String> cells(Agreement a) {
        return List.of(CsvColumns.safe(a.code()), CsvColumns.safe(a.title()), code(a.type()), names(a.partnerIds(), names),
                iso(a.signedOn()), CsvColumns.safe(a.signedPlace()), iso(a.expiresOn()), code(a.renewal()), code(a.status()),
                CsvColumns.safe(a.notes()));
    }

    @Override protected String name(Agreement a) { return a.title(); }

    @Override protected long id(Agreement a) { return a.id(); }
}
