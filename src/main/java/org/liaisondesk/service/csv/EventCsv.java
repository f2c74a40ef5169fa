package org.liaisondesk.service.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.EventDao;
import org.liaisondesk.service.CountryRegionService;

/** The events file: natural key the title and start date; organisers by name, ";"-separated. */
public final class EventCsv extends RecordCsv<Event> {
    public static final CsvColumns COLUMNS = new CsvColumns("title", "活动名称", "kind", "类型", "start", "开始日期",
            "end", "结束日期", "country", "国家/地区", "city", "城市", "venue", "地点", "organizers", "主办单位",
            "participants", "参加人数", "notes", "备注");

    private final CountryRegionService countries;
    private Map<String, Long> known = Map.of();
    private Map<Long, String> names = Map.of();

    public EventCsv(Jdbi jdbi, CountryRegionService countries, Runnable changed) {
        super(jdbi, changed);
        this.countries = countries;
    }

    @Override protected CsvColumns columns() { return COLUMNS; }

    @Override
    protected void requireColumns(Map<String, Integer> c, List<CsvProblem> problems) {
        for (String required : List.of("title", "kind", "start", "country")) {
            if (!c.containsKey(required)) problems.add(new CsvProblem(1, required, null, "csv.column.missing", List.of(required)));
        }
    }

    @Override
    protected void begin(Handle h) {
        Map<String, Long> m = new HashMap<>();
        for (Event e : h.attach(EventDao.class).list(RecordFilter.ALL)) m.putIfAbsent(key(e), e.id());
        known = m;
    }

    @Override
    protected Event read(Row row) {
        Event e = new Event(null, row.text("title"), row.value(EventKind.class, "kind"), row.date("start"), row.date("end"),
                row.country(countries, "country", true), row.text("city"), row.text("venue"), row.organisations("organizers"),
                List.of(), List.of(), row.whole("participants"), null, null, null, null, row.text("notes"), Tags.NONE, null, null);
        if (row.clean()) for (Problem p : Validation.event(e)) row.problem(p.field(), null, p.key(), p.args());
        return e;
    }

    @Override protected String key(Event e) { return loose(e.title()) + "|" + iso(e.startDate()); }

    @Override protected Long existing(Handle h, Event e) { return known.get(key(e)); }

    @Override
    protected List<Long> write(Handle h, List<Event> created, List<Map.Entry<Long, Event>> updated) {
        List<Long> ids = new java.util.ArrayList<>();
        EventDao dao = h.attach(EventDao.class);
        for (Event e : created) ids.add(dao.insert(e));
        for (Map.Entry<Long, Event> u : updated) {
            Event e = u.getValue();
            Event old = dao.find(u.getKey()).orElseThrow();
            // The file has no columns for these: keep what the record already says.
            dao.update(new Event(u.getKey(), e.title(), e.kind(), e.startDate(), e.endDate(), e.country(), e.city(), e.venue(),
                    e.organiserIds(), old.participatingCountries(), old.attendeeIds(), e.participantCount(), old.projectId(),
                    old.delegationId(), old.description(), old.outcome(), e.notes(), old.tags(), null, null));
        }
        return ids;
    }

    @Override
    protected Event find(Handle h, long id) { return h.attach(EventDao.class).find(id).orElseThrow(); }

    @Override
    protected void delete(Handle h, long id) { h.attach(EventDao.class).delete(id); }

    @Override
    protected List<Event> all() {
        names = organisationNames();
        return jdbi.withExtension(EventDao.class, d -> d.list(RecordFilter.ALL));
    }

    @Override
    protected List<String> cells(Event e) {
        return List.of(CsvColumns.safe(e.title()), code(e.kind()), iso(e.startDate()), iso(e.endDate()), e.country(),
                CsvColumns.safe(e.city()), CsvColumns.safe(e.venue()),
                CsvColumns.safe(e.organiserIds().stream().map(names::get).collect(Collectors.joining(";"))),
                e.participantCount() == null ? "" : e.participantCount().toString(), CsvColumns.safe(e.notes()));
    }

    @Override protected String name(Event e) { return e.title(); }

    @Override protected long id(Event e) { return e.id(); }
}
