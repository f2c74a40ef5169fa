package org.liaisondesk.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Contact;
import org.liaisondesk.domain.DeletedRecord;
import org.liaisondesk.domain.LastContact;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.ContactDao;
import org.liaisondesk.persistence.LastContactDao;
import org.liaisondesk.persistence.ReferenceDao;

/** People the office knows. Deleting one keeps delegation member rows, unlinked (by the schema). */
public final class ContactService extends RecordService<Contact> {
    ContactService(Jdbi jdbi, DataVersion version) { super(jdbi, version, ContactDao.class, RecordKind.CONTACT, Validation::contact, Contact::id); }

    public List<Contact> ofOrganisation(long organisationId) {
        return jdbi.withExtension(ContactDao.class, d -> d.ofOrganisation(organisationId));
    }

    @Override
    protected Map<RecordKind, Long> referencesOf(ReferenceDao r, long id) {
        return Map.of(RecordKind.DELEGATION_MEMBER, r.membershipsOfContact(id), RecordKind.EVENT, r.eventsAttendedBy(id));
    }

    @Override
    protected Map<RecordKind, List<Long>> linksTo(Handle h, long id) {
        ReferenceDao r = h.attach(ReferenceDao.class);
        return Map.of(RecordKind.DELEGATION_MEMBER, r.memberIdsOfContact(id), RecordKind.EVENT, r.eventIdsAttendedBy(id));
    }

    @Override
    protected void relink(Handle h, long id, DeletedRecord<Contact> d) {
        ReferenceDao r = h.attach(ReferenceDao.class);
        if (!d.linked(RecordKind.DELEGATION_MEMBER).isEmpty()) r.relinkMembers(id, d.linked(RecordKind.DELEGATION_MEMBER));
        if (!d.linked(RecordKind.EVENT).isEmpty()) r.relinkAttendance(id, d.linked(RecordKind.EVENT));
    }

    /** Last contact of every contact that has one, by id. */
    public Map<Long, PartialDate> lastContacts() {
        Map<Long, PartialDate> m = new HashMap<>();
        for (LastContact c : jdbi.withExtension(LastContactDao.class,
                LastContactDao::contacts)) m.put(c.id(), c.date());
        return m;
    }

    public Optional<PartialDate> lastContact(long id) {
        return jdbi.withExtension(LastContactDao.class, d -> d.contact(id)).stream()
                .map(LastContact::date).findFirst();
    }
}
