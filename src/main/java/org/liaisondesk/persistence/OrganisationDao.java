package org.liaisondesk.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.RecordFilter;

@RegisterConstructorMapper(Organisation.class)
public interface OrganisationDao extends RecordDao<Organisation> {
    String WHERE = " WHERE (CAST(:f.textPattern AS VARCHAR) IS NULL OR LOWER(name_zh) LIKE :f.textPattern"
            + " OR LOWER(name_en) LIKE :f.textPattern OR LOWER(name_local) LIKE :f.textPattern"
            + " OR LOWER(abbreviation) LIKE :f.textPattern OR LOWER(city) LIKE :f.textPattern)"
            + " AND (CAST(:f.countryCode AS VARCHAR) IS NULL OR country = :f.countryCode)"
            + " AND (CAST(:f.statusCode AS VARCHAR) IS NULL OR status = :f.statusCode)"
            + " AND (CAST(:f.fromBound AS VARCHAR) IS NULL OR partner_since >= :f.fromBound)"
            + " AND (CAST(:f.toBound AS VARCHAR) IS NULL OR partner_since <= :f.toBound)";

    String INSERT = "INSERT INTO organisation (name_zh, name_en, name_local, abbreviation, type, country, province, city,"
            + " address, website, email, phone, partner_since, status, notes, tags) VALUES (:nameZh, :nameEn,"
            + " :nameLocal, :abbreviation, :type, :country, :province, :city, :address, :website, :email, :phone,"
            + " :partnerSince, :status, :notes, :tags)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods Organisation o);

    /** Puts a deleted organisation back under its old id, so what pointed at it can point at it again. */
    @SqlUpdate("INSERT INTO organisation (id, name_zh, name_en, name_local, abbreviation, type, country, province, city,"
            + " address, website, email, phone, partner_since, status, notes, tags, created_at) VALUES (:id, :nameZh,"
            + " :nameEn, :nameLocal, :abbreviation, :type, :country, :province, :city, :address, :website, :email,"
            + " :phone, :partnerSince, :status, :notes, :tags, :createdAt)")
    int restoreRow(@BindMethods Organisation o);

    default void restore(Organisation o) { restoreRow(o); }

    /** Many rows in one batch, for bulk loading; returns their ids in order. */
    @SqlBatch(INSERT)
    @GetGeneratedKeys("id")
    long[] insertAll(@BindMethods List<Organisation> rows);

    @SqlUpdate("UPDATE organisation SET name_zh = :nameZh, name_en = :nameEn, name_local = :nameLocal,"
            + " abbreviation = :abbreviation, type = :type, country = :country, province = :province, city = :city,"
            + " address = :address, website = :website, email = :email, phone = :phone,"
            + " partner_since = :partnerSince, status = :status, notes = :notes, tags = :tags,"
            + " updated_at = LOCALTIMESTAMP WHERE id = :id")
    int update(@BindMethods Organisation o);

    @SqlUpdate("DELETE FROM organisation WHERE id = ?")
    int delete(long id);

    @SqlQuery("SELECT * FROM organisation WHERE id = ?")
    Optional<Organisation> find(long id);

    @SqlQuery("SELECT * FROM organisation" + WHERE
            + " ORDER BY COALESCE(name_zh, name_en, name_local), id OFFSET :f.offset ROWS FETCH NEXT :f.limit ROWS ONLY")
    List<Organisation> list(@BindMethods("f") RecordFilter f);

    @SqlQuery("SELECT COUNT(*) FROM organisation" + WHERE)
    long count(@BindMethods("f") RecordFilter f);

    /** By any of its names within a country/region: the natural key that CSV files use. */
    @SqlQuery("SELECT * FROM organisation WHERE country = :country"
            + " AND (name_zh = :name OR LOWER(name_en) = LOWER(:name) OR name_local = :name OR abbreviation = :name)")
    List<Organisation> findByName(String name, String country);

    @SqlQuery("SELECT * FROM organisation WHERE name_zh = :name OR LOWER(name_en) = LOWER(:name)"
            + " OR name_local = :name OR abbreviation = :name")
    List<Organisation> findByAnyName(String name);
}
