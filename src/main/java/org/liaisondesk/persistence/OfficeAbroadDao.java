package org.liaisondesk.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;
import org.liaisondesk.domain.OfficeAbroad;
import org.liaisondesk.domain.RecordFilter;

@RegisterConstructorMapper(OfficeAbroad.class)
public interface OfficeAbroadDao extends RecordDao<OfficeAbroad> {
    String WHERE = " WHERE (CAST(:f.textPattern AS VARCHAR) IS NULL OR LOWER(name) LIKE :f.textPattern"
            + " OR LOWER(city) LIKE :f.textPattern)"
            + " AND (CAST(:f.countryCode AS VARCHAR) IS NULL OR country = :f.countryCode)"
            + " AND (CAST(:f.statusCode AS VARCHAR) IS NULL OR status = :f.statusCode)"
            + " AND (CAST(:f.fromBound AS VARCHAR) IS NULL OR established_on >= :f.fromBound)"
            + " AND (CAST(:f.toBound AS VARCHAR) IS NULL OR established_on <= :f.toBound)";

    String INSERT = "INSERT INTO office_abroad (name, country, city, established_on, approved_by, incubated_by, status,"
            + " closed_on, notes, tags) VALUES (:name, :country, :city, :establishedOn, :approvedBy, :incubatedBy,"
            + " :status, :closedOn, :notes, :tags)";

    /** The insert with the id and creation time given, to put a deleted record back as it was. */
    String RESTORE = "INSERT INTO office_abroad (id, created_at, name, country, city, established_on, approved_by,"
            + " incubated_by, status, closed_on, notes, tags) VALUES (:id, :createdAt, :name, :country, :city,"
            + " :establishedOn, :approvedBy, :incubatedBy, :status, :closedOn, :notes, :tags)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods OfficeAbroad o);

    /** Many rows in one batch, for bulk loading; returns their ids in order. */
    @SqlBatch(INSERT)
    @GetGeneratedKeys("id")
    long[] insertAll(@BindMethods List<OfficeAbroad> rows);

    @SqlUpdate("UPDATE office_abroad SET name = :name, country = :country, city = :city,"
            + " established_on = :establishedOn, approved_by = :approvedBy, incubated_by = :incubatedBy,"
            + " status = :status, closed_on = :closedOn, notes = :notes, tags = :tags, updated_at = LOCALTIMESTAMP"
            + " WHERE id = :id")
    int update(@BindMethods OfficeAbroad o);

    @SqlUpdate(RESTORE)
    int restoreRow(@BindMethods OfficeAbroad o);

    /** Puts a deleted record back under its id, with its own links. */
    @Transaction
    default void restore(OfficeAbroad o) {
        restoreRow(o);
    }

    @SqlUpdate("DELETE FROM office_abroad WHERE id = ?")
    int delete(long id);

    @SqlQuery("SELECT * FROM office_abroad WHERE id = ?")
    Optional<OfficeAbroad> find(long id);

    @SqlQuery("SELECT * FROM office_abroad" + WHERE
            + " ORDER BY established_on, id OFFSET :f.offset ROWS FETCH NEXT :f.limit ROWS ONLY")
    List<OfficeAbroad> list(@BindMethods("f") RecordFilter f);

    @SqlQuery("SELECT COUNT(*) FROM office_abroad" + WHERE)
    long count(@BindMethods("f") RecordFilter f);
}
