package org.liaisondesk.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.liaisondesk.domain.Gift;

@RegisterConstructorMapper(Gift.class)
public interface GiftDao {
    String INSERT = "INSERT INTO gift (delegation_id, event_id, direction, item, counterpart, value_cny, given_on,"
            + " declared_on, notes) VALUES (:delegationId, :eventId, :direction, :item, :counterpart, :valueCny,"
            + " :givenOn, :declaredOn, :notes)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods Gift g);

    /** Many rows in one batch, for bulk loading. */
    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<Gift> rows);

    @SqlUpdate("UPDATE gift SET delegation_id = :delegationId, event_id = :eventId, direction = :direction,"
            + " item = :item, counterpart = :counterpart, value_cny = :valueCny, given_on = :givenOn,"
            + " declared_on = :declaredOn, notes = :notes WHERE id = :id")
    int update(@BindMethods Gift g);

    @SqlUpdate("DELETE FROM gift WHERE id = ?")
    int delete(long id);

    @SqlQuery("SELECT * FROM gift WHERE id = ?")
    Optional<Gift> find(long id);

    @SqlQuery("SELECT * FROM gift WHERE delegation_id = ? ORDER BY given_on, id")
    List<Gift> ofDelegation(long delegationId);

    @SqlQuery("SELECT * FROM gift WHERE event_id = ? ORDER BY given_on, id")
    List<Gift> ofEvent(long eventId);

    /** Received gifts at or over the threshold with no declaration: candidates for the overdue flag. */
    @SqlQuery("SELECT * FROM gift WHERE direction = 'RECEIVED' AND declared_on IS NULL AND value_cny >= 200"
            + " ORDER BY given_on")
    List<Gift> undeclaredReceived();

    @SqlQuery("SELECT COUNT(*) FROM gift")
    long count();
}
