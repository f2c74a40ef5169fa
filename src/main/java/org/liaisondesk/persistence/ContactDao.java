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
import org.liaisondesk.domain.Contact;
import org.liaisondesk.domain.RecordFilter;

@RegisterConstructorMapper(Contact.class)
public interface ContactDao extends RecordDao<Contact> {
    String WHERE = " WHERE (CAST(:f.textPattern AS VARCHAR) IS NULL OR LOWER(name_zh) LIKE :f.textPattern"
            + " OR LOWER(name_en) LIKE :f.textPattern OR LOWER(name_local) LIKE :f.textPattern"
            + " OR LOWER(title) LIKE :f.textPattern OR LOWER(email) LIKE :f.textPattern)"
            + " AND (CAST(:f.countryCode AS VARCHAR) IS NULL OR nationality = :f.countryCode)";

    String INSERT = "INSERT INTO contact (name_zh, name_en, name_local, gender, title, organisation_id, nationality, email,"
            + " phone, wechat, messenger, languages, date_of_birth, passport_no, passport_expiry, dietary, religion,"
            + " access_notes, overseas_chinese, notes, tags) VALUES (:nameZh, :nameEn, :nameLocal, :gender, :title,"
            + " :organisationId, :nationality, :email, :phone, :wechat, :messenger, :languages, :dateOfBirth,"
            + " :passportNo, :passportExpiry, :dietary, :religion, :accessNotes, :overseasChinese, :notes, :tags)";

    /** The insert with the id and creation time given, to put a deleted record back as it was. */
    String RESTORE = "INSERT INTO contact (id, created_at, name_zh, name_en, name_local, gender, title, organisation_id,"
            + " nationality, email, phone, wechat, messenger, languages, date_of_birth, passport_no,"
            + " passport_expiry, dietary, religion, access_notes, overseas_chinese, notes, tags) VALUES (:id,"
            + " :createdAt, :nameZh, :nameEn, :nameLocal, :gender, :title, :organisationId, :nationality, :email,"
            + " :phone, :wechat, :messenger, :languages, :dateOfBirth, :passportNo, :passportExpiry, :dietary,"
            + " :religion, :accessNotes, :overseasChinese, :notes, :tags)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods Contact c);

    /** Many rows in one batch, for bulk loading; returns their ids in order. */
    @SqlBatch(INSERT)
    @GetGeneratedKeys("id")
    long[] insertAll(@BindMethods List<Contact> rows);

    @SqlUpdate("UPDATE contact SET name_zh = :nameZh, name_en = :nameEn, name_local = :nameLocal, gender = :gender,"
            + " title = :title, organisation_id = :organisationId, nationality = :nationality, email = :email,"
            + " phone = :phone, wechat = :wechat, messenger = :messenger, languages = :languages,"
            + " date_of_birth = :dateOfBirth, passport_no = :passportNo, passport_expiry = :passportExpiry,"
            + " dietary = :dietary, religion = :religion, access_notes = :accessNotes,"
            + " overseas_chinese = :overseasChinese, notes = :notes, tags = :tags, updated_at = LOCALTIMESTAMP"
            + " WHERE id = :id")
    int update(@BindMethods Contact c);

    @SqlUpdate(RESTORE)
    int restoreRow(@BindMethods Contact c);

    /** Puts a deleted record back under its id, with its own links. */
    @Transaction
    default void restore(Contact c) {
        restoreRow(c);
    }

    @SqlUpdate("DELETE FROM contact WHERE id = ?")
    int delete(long id);

    @SqlQuery("SELECT * FROM contact WHERE id = ?")
    Optional<Contact> find(long id);

    @SqlQuery("SELECT * FROM contact" + WHERE
            + " ORDER BY COALESCE(name_zh, name_en, name_local), id OFFSET :f.offset ROWS FETCH NEXT :f.limit ROWS ONLY")
    List<Contact> list(@BindMethods("f") RecordFilter f);

    @SqlQuery("SELECT COUNT(*) FROM contact" + WHERE)
    long count(@BindMethods("f") RecordFilter f);

    @SqlQuery("SELECT * FROM contact WHERE organisation_id = ? ORDER BY COALESCE(name_zh, name_en, name_local)")
    List<Contact> ofOrganisation(long organisationId);

    /** Every contact's identifying fields, for matching an import against what is there. */
    @SqlQuery("SELECT id, name_zh, name_en, name_local, organisation_id, passport_no, nationality FROM contact")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(org.liaisondesk.domain.ContactKey.class)
    List<org.liaisondesk.domain.ContactKey> keys();
}
