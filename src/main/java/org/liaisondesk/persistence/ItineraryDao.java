package org.liaisondesk.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.liaisondesk.domain.ItineraryItem;

@RegisterConstructorMapper(ItineraryItem.class)
public interface ItineraryDao {
    String INSERT = "INSERT INTO itinerary_item (delegation_id, item_date, start_time, end_time, kind, title, venue,"
            + " our_participants, attire, interpreter, vehicle, notes) VALUES (:delegationId, :itemDate, :startTime,"
            + " :endTime, :kind, :title, :venue, :ourParticipants, :attire, :interpreter, :vehicle, :notes)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods ItineraryItem i);

    /** Many rows in one batch, for bulk loading. */
    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<ItineraryItem> rows);

    @SqlUpdate("UPDATE itinerary_item SET item_date = :itemDate, start_time = :startTime, end_time = :endTime, kind = :kind,"
            + " title = :title, venue = :venue, our_participants = :ourParticipants, attire = :attire,"
            + " interpreter = :interpreter, vehicle = :vehicle, notes = :notes WHERE id = :id")
    int update(@BindMethods ItineraryItem i);

    @SqlUpdate("DELETE FROM itinerary_item WHERE id = ?")
    int delete(long id);

    @SqlQuery("SELECT * FROM itinerary_item WHERE id = ?")
    Optional<ItineraryItem> find(long id);

    @SqlQuery("SELECT * FROM itinerary_item WHERE delegation_id = ? ORDER BY item_date, start_time NULLS FIRST, id")
    List<ItineraryItem> ofDelegation(long delegationId);

    @SqlQuery("SELECT COUNT(*) FROM itinerary_item")
    long count();
}
