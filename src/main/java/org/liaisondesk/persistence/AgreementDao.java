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
import org.liaisondesk.domain.Agreement;
import org.liaisondesk.domain.RecordFilter;

@RegisterConstructorMapper(Agreement.class)
public interface AgreementDao extends RecordDao<Agreement> {
    String SELECT = "SELECT a.*, (SELECT LISTAGG(CAST(p.organisation_id AS VARCHAR), ',') WITHIN GROUP"
            + " (ORDER BY p.organisation_id) FROM agreement_partner p WHERE p.agreement_id = a.id) AS partner_ids"
            + " FROM agreement a";
    String WHERE = " WHERE (CAST(:f.textPattern AS VARCHAR) IS NULL OR LOWER(a.title) LIKE :f.textPattern"
            + " OR LOWER(a.code) LIKE :f.textPattern)"
            + " AND (CAST(:f.countryCode AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM agreement_partner p"
            + "   JOIN organisation o ON o.id = p.organisation_id WHERE p.agreement_id = a.id AND o.country = :f.countryCode))"
            + " AND (CAST(:f.statusCode AS VARCHAR) IS NULL OR a.status = :f.statusCode)"
            + " AND (CAST(:f.fromBound AS VARCHAR) IS NULL OR a.signed_on >= :f.fromBound)"
            + " AND (CAST(:f.toBound AS VARCHAR) IS NULL OR a.signed_on <= :f.toBound)";

    String INSERT = "INSERT INTO agreement (code, title, type, signed_on, signed_place, our_signatory, their_signatory,"
            + " effective_from, expires_on, renewal, review_on, status, renewed_by, notes, tags) VALUES (:code, :title,"
            + " :type, :signedOn, :signedPlace, :ourSignatory, :theirSignatory, :effectiveFrom, :expiresOn, :renewal,"
            + " :reviewOn, :status, :renewedBy, :notes, :tags)";

    /** The insert with the id and creation time given, to put a deleted record back as it was. */
    String RESTORE = "INSERT INTO agreement (id, created_at, code, title, type, signed_on, signed_place, our_signatory,"
            + " their_signatory, effective_from, expires_on, renewal, review_on, status, renewed_by, notes, tags)"
            + " VALUES (:id, :createdAt, :code, :title, :type, :signedOn, :signedPlace, :ourSignatory,"
            + " :theirSignatory, :effectiveFrom, :expiresOn, :renewal, :reviewOn, :status, :renewedBy, :notes,"
            + " :tags)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods Agreement a);

    /** Many rows in one batch, for bulk loading; returns their ids in order. */
    @SqlBatch(INSERT)
    @GetGeneratedKeys("id")
    long[] insertRows(@BindMethods List<Agreement> rows);

    @SqlUpdate("UPDATE agreement SET code = :code, title = :title, type = :type, signed_on = :signedOn,"
            + " signed_place = :signedPlace, our_signatory = :ourSignatory, their_signatory = :theirSignatory,"
            + " effective_from = :effectiveFrom, expires_on = :expiresOn, renewal = :renewal, review_on = :reviewOn,"
            + " status = :status, renewed_by = :renewedBy, notes = :notes, tags = :tags, updated_at = LOCALTIMESTAMP"
            + " WHERE id = :id")
    int updateRow(@BindMethods Agreement a);

    @SqlUpdate("DELETE FROM agreement_partner WHERE agreement_id = ?")
    void clearPartners(long id);

    /** Links one record to many; the same batch as the bulk form. */
    default void addPartners(long id, List<Long> targets) {
        addPartnerLinks(java.util.Collections.nCopies(targets.size(), id), targets);
    }

    @Transaction
    default long insert(Agreement a) {
        long id = insertRow(a);
        if (!a.partnerIds().isEmpty()) addPartners(id, a.partnerIds());
        return id;
    }

    @Transaction
    default int update(Agreement a) {
        int n = updateRow(a);
        clearPartners(a.id());
        if (!a.partnerIds().isEmpty()) addPartners(a.id(), a.partnerIds());
        return n;
    }

    @SqlUpdate(RESTORE)
    int restoreRow(@BindMethods Agreement a);

    /** Puts a deleted record back under its id, with its own links. */
    @Transaction
    default void restore(Agreement a) {
        restoreRow(a);
        if (!a.partnerIds().isEmpty()) addPartners(a.id(), a.partnerIds());
    }

    @SqlUpdate("DELETE FROM agreement WHERE id = ?")
    int delete(long id);

    @SqlQuery(SELECT + " WHERE a.id = ?")
    Optional<Agreement> find(long id);

    @SqlQuery(SELECT + WHERE + " ORDER BY a.signed_on DESC NULLS LAST, a.id OFFSET :f.offset ROWS FETCH NEXT :f.limit ROWS ONLY")
    List<Agreement> list(@BindMethods("f") RecordFilter f);

    @SqlQuery("SELECT COUNT(*) FROM agreement a" + WHERE)
    long count(@BindMethods("f") RecordFilter f);

    /** Link rows for many agreements at once: ids and orgs are parallel lists. */
    @SqlBatch("INSERT INTO agreement_partner (agreement_id, organisation_id) VALUES (:id, :org)")
    void addPartnerLinks(@Bind("id") List<Long> ids, @Bind("org") List<Long> orgs);
}
