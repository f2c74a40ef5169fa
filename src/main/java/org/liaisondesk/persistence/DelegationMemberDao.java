package org.liaisondesk.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.liaisondesk.domain.DelegationMember;

@RegisterConstructorMapper(DelegationMember.class)
public interface DelegationMemberDao {
    String INSERT = "INSERT INTO delegation_member (delegation_id, contact_id, name_zh, name_en, name_local, gender, title,"
            + " organisation_name, nationality, passport_no, passport_expiry, date_of_birth, role, precedence, dietary,"
            + " religion, access_needs, room, notes) VALUES (:delegationId, :contactId, :nameZh, :nameEn, :nameLocal,"
            + " :gender, :title, :organisationName, :nationality, :passportNo, :passportExpiry, :dateOfBirth, :role,"
            + " :precedence, :dietary, :religion, :accessNeeds, :room, :notes)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods DelegationMember m);

    /** Many rows in one batch, for bulk loading. */
    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<DelegationMember> rows);

    @SqlUpdate("UPDATE delegation_member SET contact_id = :contactId, name_zh = :nameZh, name_en = :nameEn,"
            + " name_local = :nameLocal, gender = :gender, title = :title, organisation_name = :organisationName,"
            + " nationality = :nationality, passport_no = :passportNo, passport_expiry = :passportExpiry,"
            + " date_of_birth = :dateOfBirth, role = :role, precedence = :precedence, dietary = :dietary,"
            + " religion = :religion, access_needs = :accessNeeds, room = :room, notes = :notes WHERE id = :id")
    int update(@BindMethods DelegationMember m);

    @SqlUpdate("DELETE FROM delegation_member WHERE id = ?")
    int delete(long id);

    @SqlUpdate("UPDATE delegation_member SET precedence = :precedence WHERE id = :id")
    int setPrecedence(@org.jdbi.v3.sqlobject.customizer.Bind("id") long id,
                      @org.jdbi.v3.sqlobject.customizer.Bind("precedence") int precedence);

    @SqlQuery("SELECT * FROM delegation_member WHERE id = ?")
    Optional<DelegationMember> find(long id);

    @SqlQuery("SELECT * FROM delegation_member WHERE delegation_id = ? ORDER BY precedence")
    List<DelegationMember> ofDelegation(long delegationId);

    @SqlQuery("SELECT COUNT(*) FROM delegation_member")
    long count();
}
