package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Project;
import org.liaisondesk.domain.ProjectSite;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.References;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.ProjectDao;
import org.liaisondesk.persistence.ReferenceDao;

/** International cooperation projects with their partner organisations and Yunnan sites. */
public final class ProjectService {
    private final Jdbi jdbi;

    ProjectService(Jdbi jdbi) { this.jdbi = jdbi; }

    /** Creates the project and its sites in one transaction. */
    public long create(Project p, List<ProjectSite> sites) {
        Validation.require(Validation.project(p));
        return jdbi.inTransaction(h -> {
            ProjectDao dao = h.attach(ProjectDao.class);
            long id = dao.insert(p);
            for (ProjectSite s : sites) dao.insertSite(new ProjectSite(null, id, s.county(), s.beneficiaries()));
            return id;
        });
    }

    public void update(Project p) {
        Validation.require(Validation.project(p));
        jdbi.useTransaction(h -> Records.requireOne(h.attach(ProjectDao.class).update(p), RecordKind.PROJECT, p.id()));
    }

    public Optional<Project> find(long id) { return jdbi.withExtension(ProjectDao.class, d -> d.find(id)); }

    public List<Project> list(RecordFilter f) { return jdbi.withExtension(ProjectDao.class, d -> d.list(f)); }

    public long count(RecordFilter f) { return jdbi.withExtension(ProjectDao.class, d -> d.count(f)); }

    public List<ProjectSite> sites(long projectId) { return jdbi.withExtension(ProjectDao.class, d -> d.sites(projectId)); }

    public References references(long id) {
        return jdbi.withExtension(ReferenceDao.class, r -> new References(Map.of(
                RecordKind.EVENT, r.eventsOfProject(id),
                RecordKind.ATTACHMENT, r.attachmentsOf(RecordKind.PROJECT.name(), id))));
    }

    /** Deletes the project and its sites; events keep their record, unlinked. */
    public void delete(long id) {
        jdbi.useTransaction(h -> {
            h.attach(ReferenceDao.class).removeAttachments(RecordKind.PROJECT.name(), id);
            Records.requireOne(h.attach(ProjectDao.class).delete(id), RecordKind.PROJECT, id);
        });
    }
}
