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
import org.liaisondesk.domain.Event;
import org.liaisondesk.domain.RecordFilter;

@RegisterConstructorMapper(Event.class)
public interface EventDao extends RecordDao<Event> {
    String SELECT = "SELECT e.*,"
            + " (SELECT LISTAGG(CAST(o.organisation_id AS VARCHAR), ',') WITHIN GROUP (ORDER BY o.organisation_id)"
            + "   FROM event_organiser o WHERE o.event_id = e.id) AS organiser_ids,"
            + " (SELECT LISTAGG(CAST(a.contact_id AS VARCHAR), ',') WITHIN GROUP (ORDER BY a.contact_id)"
            + "   FROM event_attendee a WHERE a.event_id = e.id) AS attendee_ids,"
            + " (SELECT LISTAGG(c.iso2, ',') WITHIN GROUP (ORDER BY c.iso2) FROM event_country c"
            + "   WHERE c.event_id = e.id) AS participating_countries"
            + " FROM event e";
    String WHERE = " WHERE (CAST(:f.textPattern AS VARCHAR) IS NULL OR LOWER(e.title) LIKE :f.textPattern"
            + " OR LOWER(e.city) LIKE :f.textPattern OR LOWER(e.venue) LIKE :f.textPattern)"
            + " AND (CAST(:f.countryCode AS VARCHAR) IS NULL OR e.country = :f.countryCode)"
            + " AND (CAST(:f.statusCode AS VARCHAR) IS NULL OR e.kind = :f.statusCode)"
            + " AND (CAST(:f.fromBound AS VARCHAR) IS NULL OR e.start_date >= :f.fromBound)"
            + " AND (CAST(:f.toBound AS VARCHAR) IS NULL OR e.start_date <= :f.toBound)";

    String INSERT = "INSERT INTO event (title, kind, start_date, end_date, country, city, venue, participant_count,"
            + " project_id, delegation_id, description, outcome, notes, tags) VALUES (:title, :kind, :startDate,"
            + " :endDate, :country, :city, :venue, :participantCount, :projectId, :delegationId, :description,"
            + " :outcome, :notes, :tags)";

    /** The insert with the id and creation time given, to put a deleted record back as it was. */
    String RESTORE = "INSERT INTO event (id, created_at, title, kind, start_date, end_date, country, city, venue,"
            + " participant_count, project_id, delegation_id, description, outcome, notes, tags) VALUES (:id,"
            + " :createdAt, :title, :kind, :startDate, :endDate, :country, :city, :venue, :participantCount,"
            + " :projectId, :delegationId, :description, :outcome, :notes, :tags)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods Event e);

    /** Many rows in one batch, for bulk loading; returns their ids in order. */
    @SqlBatch(INSERT)
    @GetGeneratedKeys("id")
    long[] insertRows(@BindMethods List<Event> rows);

    @SqlUpdate("UPDATE event SET title = :title, kind = :kind, start_date = :startDate, end_date = :endDate,"
            + " country = :country, city = :city, venue = :venue, participant_count = :participantCount,"
            + " project_id = :projectId, delegation_id = :delegationId, description = :description,"
            + " outcome = :outcome, notes = :notes, tags = :tags, updated_at = LOCALTIMESTAMP WHERE id = :id")
    int updateRow(@BindMethods Event e);

    @SqlUpdate("DELETE FROM event_organiser WHERE event_id = ?")
    void clearOrganisers(long id);

    /** Links one record to many; the same batch as the bulk form. */
    default void addOrganisers(long id, List<Long> targets) {
        addOrganiserLinks(java.util.Collections.nCopies(targets.size(), id), targets);
    }

    @SqlUpdate("DELETE FROM event_country WHERE event_id = ?")
    void clearCountries(long id);

    /** Links one record to many; the same batch as the bulk form. */
    default void addCountries(long id, List<String> targets) {
        addCountryLinks(java.util.Collections.nCopies(targets.size(), id), targets);
    }

    @Transaction
    default long insert(Event e) {
        long id = insertRow(e);
        writeLinks(id, e);
        return id;
    }

    @Transaction
    default int update(Event e) {
        int n = updateRow(e);
        clearOrganisers(e.id());
        clearCountries(e.id());
        clearAttendees(e.id());
        writeLinks(e.id(), e);
        return n;
    }

    private void writeLinks(long id, Event e) {
        if (!e.organiserIds().isEmpty()) addOrganisers(id, e.organiserIds());
        if (!e.participatingCountries().isEmpty()) addCountries(id, e.participatingCountries());
        if (!e.attendeeIds().isEmpty()) addAttendeeLinks(java.util.Collections.nCopies(e.attendeeIds().size(), id), e.attendeeIds());
    }

    @SqlUpdate(RESTORE)
    int restoreRow(@BindMethods Event e);

    /** Puts a deleted record back under its id, with its own links. */
    @Transaction
    default void restore(Event e) {
        restoreRow(e);
        writeLinks(e.id(), e);
    }

    @SqlUpdate("DELETE FROM event WHERE id = ?")
    int delete(long id);

    @SqlQuery(SELECT + " WHERE e.id = ?")
    Optional<Event> find(long id);

    /** The status slot of the filter selects the event kind, events having no status. */
    @SqlQuery(SELECT + WHERE + " ORDER BY e.start_date DESC, e.id OFFSET :f.offset ROWS FETCH NEXT :f.limit ROWS ONLY")
    List<Event> list(@BindMethods("f") RecordFilter f);

    @SqlQuery("SELECT COUNT(*) FROM event e" + WHERE)
    long count(@BindMethods("f") RecordFilter f);

    @SqlBatch("INSERT INTO event_organiser (event_id, organisation_id) VALUES (:id, :org)")
    void addOrganiserLinks(@Bind("id") List<Long> ids, @Bind("org") List<Long> orgs);

    @SqlUpdate("DELETE FROM event_attendee WHERE event_id = ?")
    void clearAttendees(long id);

    @SqlBatch("INSERT INTO event_attendee (event_id, contact_id) VALUES (:id, :contact)")
    void addAttendeeLinks(@Bind("id") List<Long> ids, @Bind("contact") List<Long> contacts);

    @SqlBatch("INSERT INTO event_country (event_id, iso2) VALUES (:id, :iso2)")
    void addCountryLinks(@Bind("id") List<Long> ids, @Bind("iso2") List<String> countries);
}
