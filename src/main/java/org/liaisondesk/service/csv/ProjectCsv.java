package org.liaisondesk.service.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.ProjectDao;

/** The projects file: natural key the code, else the title; funder and partners by name, counties ";"-separated. */
public final class ProjectCsv extends RecordCsv<ProjectCsv.Entry> {
    /** A project with its sites, as one row holds them. */
    public record Entry(Project project, List<String> counties) {}

    public static final CsvColumns COLUMNS = new CsvColumns("code", "编号", "title", "项目名称", "funder", "资助方",
            "partners", "合作方", "start", "开始日期", "end", "结束日期", "budget", "预算", "currency", "币种",
            "counties", "县市区", "beneficiaries", "受益人数", "status", "状态", "notes", "备注");

    private Map<String, Long> known = Map.of();
    private Map<Long, String> names = Map.of();

    public ProjectCsv(Jdbi jdbi, Runnable changed) { super(jdbi, changed); }

    @Override protected CsvColumns columns() { return COLUMNS; }

    @Override
    protected void requireColumns(Map<String, Integer> c, List<CsvProblem> problems) {
        for (String required : List.of("title", "funder", "start")) {
            if (!c.containsKey(required)) problems.add(new CsvProblem(1, required, null, "csv.column.missing", List.of(required)));
        }
    }

    @Override
    protected void begin(Handle h) {
        Map<String, Long> m = new HashMap<>();
        for (Project p : h.attach(ProjectDao.class).list(RecordFilter.ALL)) m.putIfAbsent(key(new Entry(p, List.of())), p.id());
        known = m;
    }

    @Override
    protected Entry read(Row row) {
        List<Long> funder = row.organisations("funder");
        List<String> counties = new ArrayList<>();
        String c = row.text("counties");
        if (c != null) for (String part : c.split("[;；]")) if (!part.isBlank() && !counties.contains(part.strip())) counties.add(part.strip());
        ProjectStatus status = row.value(ProjectStatus.class, "status");
        Project p = new Project(null, row.text("code"), row.text("title"), funder.isEmpty() ? null : funder.get(0),
                row.organisations("partners"), row.date("start"), row.date("end"), row.decimal("budget"), row.text("currency"),
                status == null ? ProjectStatus.ACTIVE : status, row.whole("beneficiaries"), null, null, row.text("notes"),
                Tags.NONE, null, null);
        if (row.clean()) for (Problem pr : Validation.project(p)) row.problem(pr.field(), null, pr.key(), pr.args());
        return new Entry(p, counties);
    }

    @Override
    protected String key(Entry e) {
        Project p = e.project();
        return p.code() != null ? "C|" + loose(p.code()) : "T|" + loose(p.title());
    }

    @Override protected Long existing(Handle h, Entry e) { return known.get(key(e)); }

    @Override
    protected List<Long> write(Handle h, List<Entry> created, List<Map.Entry<Long, Entry>> updated) {
        List<Long> ids = new ArrayList<>();
        ProjectDao dao = h.attach(ProjectDao.class);
        for (Entry e : created) {
            long id = dao.insert(e.project());
            ids.add(id);
            sites(dao, id, e.counties());
        }
        for (Map.Entry<Long, Entry> u : updated) {
            Project p = u.getValue().project(), old = dao.find(u.getKey()).orElseThrow();
            dao.update(new Project(u.getKey(), p.code(), p.title(), p.funderId(), p.partnerIds(), p.startDate(), p.endDate(),
                    p.budget(), p.currency(), p.status(), p.beneficiariesTotal(), old.outcomes(), old.reportDue(), p.notes(),
                    old.tags(), null, null));
            dao.deleteSites(u.getKey());
            sites(dao, u.getKey(), u.getValue().counties());
        }
        return ids;
    }

    @Override
    protected Entry find(Handle h, long id) {
        ProjectDao dao = h.attach(ProjectDao.class);
        return new Entry(dao.find(id).orElseThrow(), dao.sites(id).stream().map(ProjectSite::county).toList());
    }

    @Override
    protected void delete(Handle h, long id) { h.attach(ProjectDao.class).delete(id); }

    private static void sites(ProjectDao dao, long project, List<String> counties) {
        for (String c : counties) dao.insertSite(new ProjectSite(null, project, c, null));
    }

    @Override
    protected List<Entry> all() {
        names = organisationNames();
        return jdbi.withExtension(ProjectDao.class, d -> d.list(RecordFilter.ALL).stream()
                .map(p -> new Entry(p, d.sites(p.id()).stream().map(ProjectSite::county).toList())).toList());
    }

    @Override
    protected List<String> cells(Entry e) {
        Project p = e.project();
        return List.of(CsvColumns.safe(p.code()), CsvColumns.safe(p.title()),
                CsvColumns.safe(p.funderId() == null ? null : names.get(p.funderId())), names(p.partnerIds(), names),
                iso(p.startDate()), iso(p.endDate()), number(p.budget()), CsvColumns.safe(p.currency()),
                CsvColumns.safe(String.join(";", e.counties())), number(p.beneficiariesTotal()), code(p.status()),
                CsvColumns.safe(p.notes()));
    }

    @Override protected String name(Entry e) { return e.project().title(); }

    @Override protected long id(Entry e) { return e.project().id(); }
}
