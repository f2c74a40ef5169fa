package org.liaisondesk.service.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.GiftDao;

/** The gifts file (gifts of delegations): natural key the delegation, item and date. */
public final class GiftCsv extends RecordCsv<Gift> {
    public static final CsvColumns COLUMNS = new CsvColumns("delegation", "团组编号", "direction", "方向", "item", "礼品",
            "counterpart", "赠受对象", "value_cny", "价值", "date", "日期", "declared_on", "登记日期", "notes", "备注");

    private final Map<Long, Map<String, Long>> known = new HashMap<>();
    private Map<Long, String> codes = Map.of();

    public GiftCsv(Jdbi jdbi, Runnable changed) { super(jdbi, changed); }

    @Override protected CsvColumns columns() { return COLUMNS; }

    @Override
    protected void requireColumns(Map<String, Integer> c, List<CsvProblem> problems) {
        known.clear();
        for (String required : List.of("delegation", "direction", "item", "date")) {
            if (!c.containsKey(required)) problems.add(new CsvProblem(1, required, null, "csv.column.missing", List.of(required)));
        }
    }

    @Override
    protected Gift read(Row row) {
        Gift g = new Gift(null, delegation(row, "delegation"), null, row.value(GiftDirection.class, "direction"),
                row.text("item"), row.text("counterpart"), row.decimal("value_cny"), day(row, "date"), day(row, "declared_on"),
                row.text("notes"));
        if (row.clean()) for (Problem p : Validation.gift(g)) row.problem(p.field(), null, p.key(), p.args());
        return g;
    }

    @Override protected String key(Gift g) { return g.delegationId() + "|" + loose(g.item()) + "|" + g.givenOn(); }

    @Override
    protected Long existing(Handle h, Gift g) {
        return known.computeIfAbsent(g.delegationId(), d -> {
            Map<String, Long> m = new HashMap<>();
            for (Gift x : h.attach(GiftDao.class).ofDelegation(d)) m.put(key(x), x.id());
            return m;
        }).get(key(g));
    }

    @Override
    protected List<Long> write(Handle h, List<Gift> created, List<Map.Entry<Long, Gift>> updated) {
        List<Long> ids = new java.util.ArrayList<>();
        GiftDao dao = h.attach(GiftDao.class);
        for (Gift g : created) ids.add(dao.insert(g));
        for (Map.Entry<Long, Gift> u : updated) {
            Gift g = u.getValue(), o = dao.find(u.getKey()).orElseThrow();
            dao.update(new Gift(u.getKey(), g.delegationId(), o.eventId(), g.direction(), g.item(), g.counterpart(), g.valueCny(),
                    g.givenOn(), g.declaredOn(), g.notes()));
        }
        return ids;
    }

    @Override
    protected Gift find(Handle h, long id) { return h.attach(GiftDao.class).find(id).orElseThrow(); }

    @Override
    protected void delete(Handle h, long id) { h.attach(GiftDao.class).delete(id); }

    @Override
    protected List<Gift> all() {
        codes = delegationCodes();
        List<Gift> out = new ArrayList<>();
        jdbi.useExtension(GiftDao.class, d -> codes.keySet().forEach(id -> out.addAll(d.ofDelegation(id))));
        return out;
    }

    @Override
    protected List<String> cells(Gift g) {
        return List.of(CsvColumns.safe(codes.get(g.delegationId())), code(g.direction()), CsvColumns.safe(g.item()),
                CsvColumns.safe(g.counterpart()), number(g.valueCny()), g.givenOn().toString(),
                g.declaredOn() == null ? "" : g.declaredOn().toString(), CsvColumns.safe(g.notes()));
    }

    @Override protected String name(Gift g) { return g.item(); }

    @Override protected long id(Gift g) { return g.id(); }
}
