package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Contact;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.References;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.ContactDao;
import org.liaisondesk.persistence.ReferenceDao;

/** People the office knows. Deleting one keeps delegation member rows, unlinked. */
public final class ContactService {
    private final Jdbi jdbi;

    ContactService(Jdbi jdbi) { this.jdbi = jdbi; }

    public long create(Contact c) {
        Validation.require(Validation.contact(c));
        return jdbi.inTransaction(h -> h.attach(ContactDao.class).insert(c));
    }

    public void update(Contact c) {
        Validation.require(Validation.contact(c));
        jdbi.useTransaction(h -> Records.requireOne(h.attach(ContactDao.class).update(c), RecordKind.CONTACT, c.id()));
    }

    public Optional<Contact> find(long id) { return jdbi.withExtension(ContactDao.class, d -> d.find(id)); }

    public List<Contact> list(RecordFilter f) { return jdbi.withExtension(ContactDao.class, d -> d.list(f)); }

    public long count(RecordFilter f) { return jdbi.withExtension(ContactDao.class, d -> d.count(f)); }

    public List<Contact> ofOrganisation(long organisationId) {
        return jdbi.withExtension(ContactDao.class, d -> d.ofOrganisation(organisationId));
    }

    public References references(long id) {
        return jdbi.withExtension(ReferenceDao.class, r -> new References(Map.of(
                RecordKind.DELEGATION_MEMBER, r.membershipsOfContact(id),
                RecordKind.ATTACHMENT, r.attachmentsOf(RecordKind.CONTACT.name(), id))));
    }

    public void delete(long id) {
        jdbi.useTransaction(h -> {
            h.attach(ReferenceDao.class).removeAttachments(RecordKind.CONTACT.name(), id);
            Records.requireOne(h.attach(ContactDao.class).delete(id), RecordKind.CONTACT, id);
        });
    }
}
