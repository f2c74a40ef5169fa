package org.liaisondesk.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.liaisondesk.domain.LastContact;

/**
 * Last contact, derived: the newest start of a delegation or event, or signing of an agreement,
 * that involves the organisation (or person). Partial dates are ISO text, so MAX orders them.
 */
@RegisterConstructorMapper(LastContact.class)
public interface LastContactDao {
    String ORGANISATIONS = "SELECT id, MAX(d) AS date FROM ("
            + " SELECT x.organisation_id AS id, v.start_date AS d FROM delegation_organisation x"
            + "   JOIN delegation v ON v.id = x.delegation_id"
            + " UNION ALL SELECT x.organisation_id, e.start_date FROM event_organiser x JOIN event e ON e.id = x.event_id"
            + " UNION ALL SELECT x.organisation_id, a.signed_on FROM agreement_partner x"
            + "   JOIN agreement a ON a.id = x.agreement_id WHERE a.signed_on IS NOT NULL) t";
    String CONTACTS = "SELECT id, MAX(d) AS date FROM ("
            + " SELECT m.contact_id AS id, v.start_date AS d FROM delegation_member m JOIN delegation v ON v.id = m.delegation_id"
            + "   WHERE m.contact_id IS NOT NULL"
            + " UNION ALL SELECT a.contact_id, e.start_date FROM event_attendee a JOIN event e ON e.id = a.event_id) t";

    @SqlQuery(ORGANISATIONS + " GROUP BY id")
    List<LastContact> organisations();

    @SqlQuery(ORGANISATIONS + " WHERE id = ? GROUP BY id")
    List<LastContact> organisation(long id);

    @SqlQuery(CONTACTS + " GROUP BY id")
    List<LastContact> contacts();

    @SqlQuery(CONTACTS + " WHERE id = ? GROUP BY id")
    List<LastContact> contact(long id);
}
