package org.liaisondesk.service.csv;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.DelegationDao;
import org.liaisondesk.persistence.ItineraryDao;

/** The itinerary file: natural key the delegation, date, start time and title; each item inside its visit's dates. */
public final class ItineraryCsv extends RecordCsv<ItineraryItem> {
    public static final CsvColumns COLUMNS = new CsvColumns("delegation", "团组编号", "date", "日期",
            "start_time", "开始时间", "end_time", "结束时间", "kind", "类型", "title", "活动", "venue", "地点",
            "participants", "我方参加人员", "interpreter", "翻译", "vehicle", "车辆", "notes", "备注");

    private final Map<Long, Map<String, Long>> known = new HashMap<>();
    private final Map<Long, Delegation> visits = new HashMap<>();
    private Map<Long, String> codes = Map.of();

    public ItineraryCsv(Jdbi jdbi, Runnable changed) { super(jdbi, changed); }

    @Override protected CsvColumns columns() { return COLUMNS; }

    @Override
    protected void requireColumns(Map<String, Integer> c, List<CsvProblem> problems) {
        known.clear();
        visits.clear();
        for (String required : List.of("delegation", "date", "title")) {
            if (!c.containsKey(required)) problems.add(new CsvProblem(1, required, null, "csv.column.missing", List.of(required)));
        }
    }

    @Override
    protected ItineraryItem read(Row row) {
        Long delegation = delegation(row, "delegation");
        ItineraryItem i = new ItineraryItem(null, delegation, day(row, "date"), time(row, "start_time"), time(row, "end_time"),
                row.value(ItineraryKind.class, "kind"), row.text("title"), row.text("venue"), row.text("participants"), null,
                row.text("interpreter"), row.text("vehicle"), row.text("notes"));
        if (row.clean()) {
            Delegation visit = visits.computeIfAbsent(delegation, id -> jdbi.withExtension(DelegationDao.class,
                    d -> d.find(id).orElse(null)));
            for (Problem p : Validation.itinerary(i, visit)) row.problem(p.field(), null, p.key(), p.args());
        }
        return i;
    }

    private static LocalTime time(Row row, String column) {
        String t = row.text(column);
        if (t == null) return null;
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            row.problem(column, t, "csv.row.time", List.of(t));
            return null;
        }
    }

    @Override
    protected String key(ItineraryItem i) {
        return i.delegationId() + "|" + i.itemDate() + "|" + i.startTime() + "|" + loose(i.title());
    }

    @Override
    protected Long existing(Handle h, ItineraryItem i) {
        return known.computeIfAbsent(i.delegationId(), d -> {
            Map<String, Long> m = new HashMap<>();
            for (ItineraryItem x : h.attach(ItineraryDao.class).ofDelegation(d)) m.put(key(x), x.id());
            return m;
        }).get(key(i));
    }

    @Override
    protected List<Long> write(Handle h, List<ItineraryItem> created, List<Map.Entry<Long, ItineraryItem>> updated) {
        List<Long> ids = new java.util.ArrayList<>();
        ItineraryDao dao = h.attach(ItineraryDao.class);
        for (ItineraryItem i : created) ids.add(dao.insert(i));
        for (Map.Entry<Long, ItineraryItem> u : updated) {
            ItineraryItem i = u.getValue(), o = dao.find(u.getKey()).orElseThrow();
            dao.update(new ItineraryItem(u.getKey(), i.delegationId(), i.itemDate(), i.startTime(), i.endTime(), i.kind(),
                    i.title(), i.venue(), i.ourParticipants(), o.attire(), i.interpreter(), i.vehicle(), i.notes()));
        }
        return ids;
    }

    @Override
    protected ItineraryItem find(Handle h, long id) { return h.attach(ItineraryDao.class).find(id).orElseThrow(); }

    @Override
    protected void delete(Handle h, long id) { h.attach(ItineraryDao.class).delete(id); }

    @Override
    protected List<ItineraryItem> all() {
        codes = delegationCodes();
        List<ItineraryItem> out = new ArrayList<>();
        jdbi.useExtension(ItineraryDao.class, d -> codes.keySet().forEach(id -> out.addAll(d.ofDelegation(id))));
        return out;
    }

    @Override
    protected List<String> cells(ItineraryItem i) {
        return List.of(CsvColumns.safe(codes.get(i.delegationId())), i.itemDate().toString(),
                i.startTime() == null ? "" : i.startTime().toString(), i.endTime() == null ? "" : i.endTime().toString(),
                code(i.kind()), CsvColumns.safe(i.title()), CsvColumns.safe(i.venue()), CsvColumns.safe(i.ourParticipants()),
                CsvColumns.safe(i.interpreter()), CsvColumns.safe(i.vehicle()), CsvColumns.safe(i.notes()));
    }

    @Override protected String name(ItineraryItem i) { return i.title(); }

    @Override protected long id(ItineraryItem i) { return i.id(); }
}
