package org.liaisondesk.persistence;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Counts of the records that point at a record, so a delete can say what it would touch. */
public interface ReferenceDao {
    @SqlQuery("SELECT COUNT(*) FROM contact WHERE organisation_id = ?")
    long contactsOfOrganisation(long id);

    @SqlQuery("SELECT COUNT(*) FROM agreement_partner WHERE organisation_id = ?")
    long agreementsOfOrganisation(long id);

    @SqlQuery("SELECT COUNT(*) FROM delegation_organisation WHERE organisation_id = ?")
    long delegationsOfOrganisation(long id);

    @SqlQuery("SELECT (SELECT COUNT(*) FROM project WHERE funder_id = :id)"
            + " + (SELECT COUNT(*) FROM project_partner WHERE organisation_id = :id)")
    long projectsOfOrganisation(long id);

    @SqlQuery("SELECT COUNT(*) FROM event_organiser WHERE organisation_id = ?")
    long eventsOfOrganisation(long id);

    @SqlQuery("SELECT COUNT(*) FROM office_abroad WHERE incubated_by = ?")
    long officesOfOrganisation(long id);

    @SqlQuery("SELECT COUNT(*) FROM delegation_member WHERE contact_id = ?")
    long membershipsOfContact(long id);

    @SqlQuery("SELECT COUNT(*) FROM delegation_member WHERE delegation_id = ?")
    long membersOfDelegation(long id);

    @SqlQuery("SELECT COUNT(*) FROM itinerary_item WHERE delegation_id = ?")
    long itineraryOfDelegation(long id);

    @SqlQuery("SELECT COUNT(*) FROM gift WHERE delegation_id = ?")
    long giftsOfDelegation(long id);

    @SqlQuery("SELECT COUNT(*) FROM event WHERE delegation_id = ?")
    long eventsOfDelegation(long id);

    @SqlQuery("SELECT COUNT(*) FROM event WHERE project_id = ?")
    long eventsOfProject(long id);

    @SqlQuery("SELECT COUNT(*) FROM project_site WHERE project_id = ?")
    long sitesOfProject(long id);

    @SqlQuery("SELECT COUNT(*) FROM gift WHERE event_id = ?")
    long giftsOfEvent(long id);

    @SqlQuery("SELECT COUNT(*) FROM agreement WHERE renewed_by = ?")
    long agreementsRenewedBy(long id);

    @SqlQuery("SELECT COUNT(*) FROM attachment WHERE owner_kind = ? AND owner_id = ?")
    long attachmentsOf(String kind, long id);

    // The records that point at an organisation, for its "related" panel.
    @SqlQuery("SELECT id FROM contact WHERE organisation_id = ?")
    java.util.List<Long> contactIdsOfOrganisation(long id);

    @SqlQuery("SELECT agreement_id FROM agreement_partner WHERE organisation_id = ?")
    java.util.List<Long> agreementIdsOfOrganisation(long id);

    @SqlQuery("SELECT delegation_id FROM delegation_organisation WHERE organisation_id = ?")
    java.util.List<Long> delegationIdsOfOrganisation(long id);

    @SqlQuery("SELECT event_id FROM event_organiser WHERE organisation_id = ?")
    java.util.List<Long> eventIdsOfOrganisation(long id);

    @SqlQuery("SELECT id FROM project WHERE funder_id = :id UNION SELECT project_id FROM project_partner WHERE organisation_id = :id")
    java.util.List<Long> projectIdsOfOrganisation(long id);

    @SqlQuery("SELECT id FROM office_abroad WHERE incubated_by = ?")
    java.util.List<Long> officeIdsOfOrganisation(long id);

    // Linking again when a delete is undone.
    @SqlBatch("UPDATE contact SET organisation_id = :org WHERE id = :id")
    void relinkContacts(@Bind("org") long org, @Bind("id") java.util.List<Long> contacts);

    @SqlBatch("UPDATE office_abroad SET incubated_by = :org WHERE id = :id")
    void relinkOffices(@Bind("org") long org, @Bind("id") java.util.List<Long> offices);

    // Detaching before a delete: optional links are cleared, link rows removed.
    @SqlUpdate("UPDATE contact SET organisation_id = NULL WHERE organisation_id = ?")
    void detachContactsFromOrganisation(long id);

    @SqlUpdate("UPDATE office_abroad SET incubated_by = NULL WHERE incubated_by = ?")
    void detachOfficesFromOrganisation(long id);

    @SqlUpdate("DELETE FROM agreement_partner WHERE organisation_id = ?")
    void removeAgreementPartner(long id);

    @SqlUpdate("DELETE FROM delegation_organisation WHERE organisation_id = ?")
    void removeDelegationOrganisation(long id);

    @SqlUpdate("DELETE FROM project_partner WHERE organisation_id = ?")
    void removeProjectPartner(long id);

    @SqlUpdate("DELETE FROM event_organiser WHERE organisation_id = ?")
    void removeEventOrganiser(long id);

    @SqlQuery("SELECT COUNT(*) FROM project WHERE funder_id = ?")
    long projectsFundedBy(long id);

    @SqlUpdate("UPDATE agreement SET renewed_by = NULL WHERE renewed_by = ?")
    void detachRenewals(long id);

    @SqlUpdate("DELETE FROM attachment WHERE owner_kind = ? AND owner_id = ?")
    void removeAttachments(String kind, long id);

    @SqlQuery("SELECT COUNT(*) FROM event_attendee WHERE contact_id = ?")
    long eventsAttendedBy(long contactId);

    // What else loses its link when a record goes, so that an undo can link it again.
    @SqlQuery("SELECT id FROM delegation_member WHERE contact_id = ?")
    java.util.List<Long> memberIdsOfContact(long id);

    @SqlQuery("SELECT event_id FROM event_attendee WHERE contact_id = ?")
    java.util.List<Long> eventIdsAttendedBy(long id);

    @SqlQuery("SELECT id FROM agreement WHERE renewed_by = ?")
    java.util.List<Long> agreementIdsRenewedBy(long id);

    @SqlQuery("SELECT id FROM event WHERE project_id = ?")
    java.util.List<Long> eventIdsOfProject(long id);

    @SqlQuery("SELECT id FROM event WHERE delegation_id = ?")
    java.util.List<Long> eventIdsOfDelegation(long id);

    @SqlBatch("UPDATE delegation_member SET contact_id = :contact WHERE id = :id")
    void relinkMembers(@Bind("contact") long contact, @Bind("id") java.util.List<Long> members);

    @SqlBatch("INSERT INTO event_attendee (event_id, contact_id) VALUES (:id, :contact)")
    void relinkAttendance(@Bind("contact") long contact, @Bind("id") java.util.List<Long> events);

    @SqlBatch("UPDATE agreement SET renewed_by = :by WHERE id = :id")
    void relinkRenewals(@Bind("by") long by, @Bind("id") java.util.List<Long> agreements);

    @SqlBatch("UPDATE event SET project_id = :project WHERE id = :id")
    void relinkEventProjects(@Bind("project") long project, @Bind("id") java.util.List<Long> events);

    @SqlBatch("UPDATE event SET delegation_id = :delegation WHERE id = :id")
    void relinkEventDelegations(@Bind("delegation") long delegation, @Bind("id") java.util.List<Long> events);

    // What concerns a person or a country/region, for their pages.
    @SqlQuery("SELECT DISTINCT delegation_id FROM delegation_member WHERE contact_id = ?")
    java.util.List<Long> delegationIdsOfContact(long id);

    @SqlQuery("SELECT id FROM organisation WHERE country = ?")
    java.util.List<Long> organisationIdsIn(String iso2);

    @SqlQuery("SELECT id FROM contact WHERE nationality = ?")
    java.util.List<Long> contactIdsOfNationality(String iso2);

    @SqlQuery("SELECT delegation_id FROM delegation_country WHERE iso2 = ?")
    java.util.List<Long> delegationIdsTo(String iso2);

    @SqlQuery("SELECT DISTINCT p.agreement_id FROM agreement_partner p JOIN organisation o ON o.id = p.organisation_id"
            + " WHERE o.country = ?")
    java.util.List<Long> agreementIdsWithPartnersIn(String iso2);

    @SqlQuery("SELECT p.id FROM project p JOIN organisation o ON o.id = p.funder_id WHERE o.country = :c"
            + " UNION SELECT pp.project_id FROM project_partner pp JOIN organisation o ON o.id = pp.organisation_id"
            + " WHERE o.country = :c")
    java.util.List<Long> projectIdsWithPartnersIn(@Bind("c") String iso2);

    @SqlQuery("SELECT id FROM event WHERE country = :c UNION SELECT event_id FROM event_country WHERE iso2 = :c")
    java.util.List<Long> eventIdsIn(@Bind("c") String iso2);

    @SqlQuery("SELECT id FROM office_abroad WHERE country = ?")
    java.util.List<Long> officeIdsIn(String iso2);
}
