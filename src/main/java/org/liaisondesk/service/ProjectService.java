package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.DeletedRecord;
import org.liaisondesk.domain.Project;
import org.liaisondesk.domain.ProjectSite;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.ProjectDao;
import org.liaisondesk.persistence.ReferenceDao;

/** International cooperation projects with their partners and Yunnan sites; events keep their record on delete. */
public final class ProjectService extends RecordService<Project> {
    ProjectService(Jdbi jdbi, DataVersion version) { super(jdbi, version, ProjectDao.class, RecordKind.PROJECT, Validation::project, Project::id); }

    /** Creates the project and its sites in one transaction. */
    public long create(Project p, List<ProjectSite> sites) {
        Validation.require(Validation.project(p));
        long created = jdbi.inTransaction(h -> {
            ProjectDao dao = h.attach(ProjectDao.class);
            long id = dao.insert(p);
            for (ProjectSite s : sites) dao.insertSite(new ProjectSite(null, id, s.county(), s.beneficiaries()));
            History.record(h, RecordKind.PROJECT, id, "CREATE", null, p);
            return id;
        });
        version.changed();
        return created;
    }

    /** Updates the project and replaces its sites in one transaction. */
    public void update(Project p, List<ProjectSite> sites) {
        Validation.require(Validation.project(p));
        jdbi.useTransaction(h -> {
            ProjectDao dao = h.attach(ProjectDao.class);
            Project before = dao.find(p.id()).orElse(null);
            requireOne(dao.update(p), RecordKind.PROJECT, p.id());
            History.record(h, RecordKind.PROJECT, p.id(), "UPDATE", before, p);
            dao.deleteSites(p.id());
            for (ProjectSite s : sites) dao.insertSite(new ProjectSite(null, p.id(), s.county(), s.beneficiaries()));
        });
        version.changed();
    }

    public List<ProjectSite> sites(long projectId) { return jdbi.withExtension(ProjectDao.class, d -> d.sites(projectId)); }

    @Override
    protected Map<RecordKind, Long> referencesOf(ReferenceDao r, long id) {
        return Map.of(RecordKind.EVENT, r.eventsOfProject(id));
    }

    @Override
    protected Map<RecordKind, List<Long>> linksTo(Handle h, long id) {
        return Map.of(RecordKind.EVENT, h.attach(ReferenceDao.class).eventIdsOfProject(id));
    }

    @Override
    protected void relink(Handle h, long id, DeletedRecord<Project> d) {
        if (!d.linked(RecordKind.EVENT).isEmpty()) h.attach(ReferenceDao.class).relinkEventProjects(id, d.linked(RecordKind.EVENT));
    }

    @Override
    protected List<Object> parts(Handle h, long id) { return List.copyOf(h.attach(ProjectDao.class).sites(id)); }

    @Override
    protected void restoreParts(Handle h, List<Object> parts) {
        ProjectDao dao = h.attach(ProjectDao.class);
        for (Object o : parts) dao.insertSite((ProjectSite) o);
    }
}
