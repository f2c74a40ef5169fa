package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Contact;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.ContactDao;
import org.liaisondesk.persistence.ReferenceDao;

/** People the office knows. Deleting one keeps delegation member rows, unlinked (by the schema). */
public final class ContactService extends RecordService<Contact> {
    ContactService(Jdbi jdbi, DataVersion version) { super(jdbi, version, ContactDao.class, RecordKind.CONTACT, Validation::contact, Contact::id); }

    public List<Contact> ofOrganisation(long organisationId) {
        return jdbi.withExtension(ContactDao.class, d -> d.ofOrganisation(organisationId));
    }

    @Override
    protected Map<RecordKind, Long> referencesOf(ReferenceDao r, long id) {
        return Map.of(RecordKind.DELEGATION_MEMBER, r.membershipsOfContact(id));
    }
}
