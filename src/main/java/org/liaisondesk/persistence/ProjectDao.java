package org.liaisondesk.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;
import org.liaisondesk.domain.Project;
import org.liaisondesk.domain.ProjectSite;
import org.liaisondesk.domain.RecordFilter;

@RegisterConstructorMapper(Project.class)
@RegisterConstructorMapper(ProjectSite.class)
public interface ProjectDao extends RecordDao<Project> {
    String SELECT = "SELECT p.*, (SELECT LISTAGG(CAST(pp.organisation_id AS VARCHAR), ',') WITHIN GROUP"
            + " (ORDER BY pp.organisation_id) FROM project_partner pp WHERE pp.project_id = p.id) AS partner_ids"
            + " FROM project p";
    String WHERE = " WHERE (CAST(:f.textPattern AS VARCHAR) IS NULL OR LOWER(p.title) LIKE :f.textPattern"
            + " OR LOWER(p.code) LIKE :f.textPattern)"
            + " AND (CAST(:f.countryCode AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM organisation o"
            + "   WHERE o.id = p.funder_id AND o.country = :f.countryCode))"
            + " AND (CAST(:f.statusCode AS VARCHAR) IS NULL OR p.status = :f.statusCode)"
            + " AND (CAST(:f.fromBound AS VARCHAR) IS NULL OR p.start_date >= :f.fromBound)"
            + " AND (CAST(:f.toBound AS VARCHAR) IS NULL OR p.start_date <= :f.toBound)";

    String INSERT = "INSERT INTO project (code, title, funder_id, start_date, end_date, budget, currency, status,"
            + " beneficiaries_total, outcomes, report_due, notes, tags) VALUES (:code, :title, :funderId, :startDate,"
            + " :endDate, :budget, :currency, :status, :beneficiariesTotal, :outcomes, :reportDue, :notes, :tags)";

    /** The insert with the id and creation time given, to put a deleted record back as it was. */
    String RESTORE = "INSERT INTO project (id, created_at, code, title, funder_id, start_date, end_date, budget, currency,"
            + " status, beneficiaries_total, outcomes, report_due, notes, tags) VALUES (:id, :createdAt, :code,"
            + " :title, :funderId, :startDate, :endDate, :budget, :currency, :status, :beneficiariesTotal,"
            + " :outcomes, :reportDue, :notes, :tags)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods Project p);

    /** Many rows in one batch, for bulk loading; returns their ids in order. */
    @SqlBatch(INSERT)
    @GetGeneratedKeys("id")
    long[] insertRows(@BindMethods List<Project> rows);

    @SqlUpdate("UPDATE project SET code = :code, title = :title, funder_id = :funderId, start_date = :startDate,"
            + " end_date = :endDate, budget = :budget, currency = :currency, status = :status,"
            + " beneficiaries_total = :beneficiariesTotal, outcomes = :outcomes, report_due = :reportDue,"
            + " notes = :notes, tags = :tags, updated_at = LOCALTIMESTAMP WHERE id = :id")
    int updateRow(@BindMethods Project p);

    @SqlUpdate("DELETE FROM project_partner WHERE project_id = ?")
    void clearPartners(long id);

    /** Links one record to many; the same batch as the bulk form. */
    default void addPartners(long id, List<Long> targets) {
        addPartnerLinks(java.util.Collections.nCopies(targets.size(), id), targets);
    }

    @Transaction
    default long insert(Project p) {
        long id = insertRow(p);
        if (!p.partnerIds().isEmpty()) addPartners(id, p.partnerIds());
        return id;
    }

    @Transaction
    default int update(Project p) {
        int n = updateRow(p);
        clearPartners(p.id());
        if (!p.partnerIds().isEmpty()) addPartners(p.id(), p.partnerIds());
        return n;
    }

    @SqlUpdate(RESTORE)
    int restoreRow(@BindMethods Project p);

    /** Puts a deleted record back under its id, with its own links. */
    @Transaction
    default void restore(Project p) {
        restoreRow(p);
        if (!p.partnerIds().isEmpty()) addPartners(p.id(), p.partnerIds());
    }

    @SqlUpdate("DELETE FROM project WHERE id = ?")
    int delete(long id);

    @SqlQuery(SELECT + " WHERE p.id = ?")
    Optional<Project> find(long id);

    @SqlQuery(SELECT + WHERE + " ORDER BY p.start_date DESC, p.id OFFSET :f.offset ROWS FETCH NEXT :f.limit ROWS ONLY")
    List<Project> list(@BindMethods("f") RecordFilter f);

    @SqlQuery("SELECT COUNT(*) FROM project p" + WHERE)
    long count(@BindMethods("f") RecordFilter f);

    @SqlUpdate("INSERT INTO project_site (project_id, county, beneficiaries) VALUES (:projectId, :county, :beneficiaries)")
    @GetGeneratedKeys("id")
    long insertSite(@BindMethods ProjectSite s);

    @SqlUpdate("DELETE FROM project_site WHERE project_id = ?")
    void deleteSites(long projectId);

    @SqlUpdate("DELETE FROM project_site WHERE id = ?")
    int deleteSite(long id);

    @SqlQuery("SELECT * FROM project_site WHERE project_id = ? ORDER BY county")
    List<ProjectSite> sites(long projectId);

    @SqlBatch("INSERT INTO project_partner (project_id, organisation_id) VALUES (:id, :org)")
    void addPartnerLinks(@Bind("id") List<Long> ids, @Bind("org") List<Long> orgs);

    @SqlBatch("INSERT INTO project_site (project_id, county, beneficiaries) VALUES (:projectId, :county, :beneficiaries)")
    void insertSites(@BindMethods List<ProjectSite> sites);
}
