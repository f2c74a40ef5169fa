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
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.RecordFilter;

@RegisterConstructorMapper(Delegation.class)
public interface DelegationDao extends RecordDao<Delegation> {
    String SELECT = "SELECT d.*,"
            + " (SELECT LISTAGG(c.iso2, ',') WITHIN GROUP (ORDER BY c.iso2) FROM delegation_country c"
            + "   WHERE c.delegation_id = d.id) AS countries,"
            + " (SELECT LISTAGG(CAST(o.organisation_id AS VARCHAR), ',') WITHIN GROUP (ORDER BY o.organisation_id)"
            + "   FROM delegation_organisation o WHERE o.delegation_id = d.id) AS organisation_ids"
            + " FROM delegation d";
    String WHERE = " WHERE (CAST(:f.textPattern AS VARCHAR) IS NULL OR LOWER(d.title) LIKE :f.textPattern"
            + " OR LOWER(d.code) LIKE :f.textPattern OR LOWER(d.head_name) LIKE :f.textPattern)"
            + " AND (CAST(:f.countryCode AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM delegation_country c"
            + "   WHERE c.delegation_id = d.id AND c.iso2 = :f.countryCode))"
            + " AND (CAST(:f.statusCode AS VARCHAR) IS NULL OR d.status = :f.statusCode)"
            + " AND (CAST(:f.fromBound AS VARCHAR) IS NULL OR d.start_date >= :f.fromBound)"
            + " AND (CAST(:f.toBound AS VARCHAR) IS NULL OR d.start_date <= :f.toBound)";

    String INSERT = "INSERT INTO delegation (code, direction, title, head_name, purpose, start_date, end_date, status,"
            + " approval_ref, invitation_ref, reception_level, host_leader, liaison_officer, liaison_phone, arrival,"
            + " departure, hotel, budget_cny, actual_cny, summary, follow_ups, notes, tags) VALUES (:code, :direction,"
            + " :title, :headName, :purpose, :startDate, :endDate, :status, :approvalRef, :invitationRef,"
            + " :receptionLevel, :hostLeader, :liaisonOfficer, :liaisonPhone, :arrival, :departure, :hotel,"
            + " :budgetCny, :actualCny, :summary, :followUps, :notes, :tags)";

    /** The insert with the id and creation time given, to put a deleted record back as it was. */
    String RESTORE = "INSERT INTO delegation (id, created_at, code, direction, title, head_name, purpose, start_date,"
            + " end_date, status, approval_ref, invitation_ref, reception_level, host_leader, liaison_officer,"
            + " liaison_phone, arrival, departure, hotel, budget_cny, actual_cny, summary, follow_ups, notes, tags)"
            + " VALUES (:id, :createdAt, :code, :direction, :title, :headName, :purpose, :startDate, :endDate,"
            + " :status, :approvalRef, :invitationRef, :receptionLevel, :hostLeader, :liaisonOfficer,"
            + " :liaisonPhone, :arrival, :departure, :hotel, :budgetCny, :actualCny, :summary, :followUps, :notes,"
            + " :tags)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods Delegation d);

    /** Many rows in one batch, for bulk loading; returns their ids in order. */
    @SqlBatch(INSERT)
    @GetGeneratedKeys("id")
    long[] insertRows(@BindMethods List<Delegation> rows);

    @SqlUpdate("UPDATE delegation SET code = :code, direction = :direction, title = :title, head_name = :headName,"
            + " purpose = :purpose, start_date = :startDate, end_date = :endDate, status = :status,"
            + " approval_ref = :approvalRef, invitation_ref = :invitationRef, reception_level = :receptionLevel,"
            + " host_leader = :hostLeader, liaison_officer = :liaisonOfficer, liaison_phone = :liaisonPhone,"
            + " arrival = :arrival, departure = :departure, hotel = :hotel, budget_cny = :budgetCny,"
            + " actual_cny = :actualCny, summary = :summary, follow_ups = :followUps, notes = :notes, tags = :tags,"
            + " updated_at = LOCALTIMESTAMP WHERE id = :id")
    int updateRow(@BindMethods Delegation d);

    @SqlUpdate("DELETE FROM delegation_country WHERE delegation_id = ?")
    void clearCountries(long id);

    /** Links one record to many; the same batch as the bulk form. */
    default void addCountries(long id, List<String> targets) {
        addCountryLinks(java.util.Collections.nCopies(targets.size(), id), targets);
    }

    @SqlUpdate("DELETE FROM delegation_organisation WHERE delegation_id = ?")
    void clearOrganisations(long id);

    /** Links one record to many; the same batch as the bulk form. */
    default void addOrganisations(long id, List<Long> targets) {
        addOrganisationLinks(java.util.Collections.nCopies(targets.size(), id), targets);
    }

    @Transaction
    default long insert(Delegation d) {
        long id = insertRow(d);
        writeLinks(id, d);
        return id;
    }

    @Transaction
    default int update(Delegation d) {
        int n = updateRow(d);
        clearCountries(d.id());
        clearOrganisations(d.id());
        writeLinks(d.id(), d);
        return n;
    }

    private void writeLinks(long id, Delegation d) {
        if (!d.countries().isEmpty()) addCountries(id, d.countries());
        if (!d.organisationIds().isEmpty()) addOrganisations(id, d.organisationIds());
    }

    @SqlUpdate(RESTORE)
    int restoreRow(@BindMethods Delegation d);

    /** Puts a deleted record back under its id, with its own links. */
    @Transaction
    default void restore(Delegation d) {
        restoreRow(d);
        writeLinks(d.id(), d);
    }

    @SqlUpdate("DELETE FROM delegation WHERE id = ?")
    int delete(long id);

    @SqlQuery(SELECT + " WHERE d.id = ?")
    Optional<Delegation> find(long id);

    @SqlQuery(SELECT + " WHERE d.code = ?")
    Optional<Delegation> findByCode(String code);

    @SqlQuery(SELECT + WHERE + " ORDER BY d.start_date DESC, d.id DESC OFFSET :f.offset ROWS FETCH NEXT :f.limit ROWS ONLY")
    List<Delegation> list(@BindMethods("f") RecordFilter f);

    @SqlQuery("SELECT COUNT(*) FROM delegation d" + WHERE)
    long count(@BindMethods("f") RecordFilter f);

    /** Link rows for many delegations at once: parallel lists. */
    @SqlBatch("INSERT INTO delegation_country (delegation_id, iso2) VALUES (:id, :iso2)")
    void addCountryLinks(@Bind("id") List<Long> ids, @Bind("iso2") List<String> countries);

    @SqlBatch("INSERT INTO delegation_organisation (delegation_id, organisation_id) VALUES (:id, :org)")
    void addOrganisationLinks(@Bind("id") List<Long> ids, @Bind("org") List<Long> orgs);
}
