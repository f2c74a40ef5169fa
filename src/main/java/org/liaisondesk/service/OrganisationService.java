package org.liaisondesk.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.References;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.OrganisationDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Partner organisations: one transaction per action, references checked before a delete. */
public final class OrganisationService {
    private final Jdbi jdbi;

    OrganisationService(Jdbi jdbi) { this.jdbi = jdbi; }

    public long create(Organisation o) {
        Validation.require(Validation.organisation(o));
        return jdbi.inTransaction(h -> h.attach(OrganisationDao.class).insert(o));
    }

    public void update(Organisation o) {
        Validation.require(Validation.organisation(o));
        jdbi.useTransaction(h -> Records.requireOne(h.attach(OrganisationDao.class).update(o), RecordKind.ORGANISATION, o.id()));
    }

    public Optional<Organisation> find(long id) { return jdbi.withExtension(OrganisationDao.class, d -> d.find(id)); }

    public List<Organisation> list(RecordFilter f) { return jdbi.withExtension(OrganisationDao.class, d -> d.list(f)); }

    public long count(RecordFilter f) { return jdbi.withExtension(OrganisationDao.class, d -> d.count(f)); }

    /** Organisations with this name (any language or abbreviation), within a country/region if given. */
    public List<Organisation> findByName(String name, String country) {
        return jdbi.withExtension(OrganisationDao.class,
                d -> country == null ? d.findByAnyName(name) : d.findByName(name, country));
    }

    public References references(long id) {
        return jdbi.withExtension(ReferenceDao.class, r -> {
            Map<RecordKind, Long> m = new EnumMap<>(RecordKind.class);
            m.put(RecordKind.CONTACT, r.contactsOfOrganisation(id));
            m.put(RecordKind.AGREEMENT, r.agreementsOfOrganisation(id));
            m.put(RecordKind.DELEGATION, r.delegationsOfOrganisation(id));
            m.put(RecordKind.PROJECT, r.projectsOfOrganisation(id));
            m.put(RecordKind.EVENT, r.eventsOfOrganisation(id));
            m.put(RecordKind.OFFICE_ABROAD, r.officesOfOrganisation(id));
            m.put(RecordKind.ATTACHMENT, r.attachmentsOf(RecordKind.ORGANISATION.name(), id));
            return new References(m);
        });
    }

    /**
     * Deletes the organisation and unlinks it from contacts, agreements, delegations, projects,
     * events and offices. A project's funder cannot be unlinked, so funding blocks the delete.
     */
    public void delete(long id) {
        jdbi.useTransaction(h -> {
            ReferenceDao r = h.attach(ReferenceDao.class);
            long funded = r.projectsFundedBy(id);
            if (funded > 0) throw new InvalidInputException("error.delete.funder", funded);
            r.detachContactsFromOrganisation(id);
            r.detachOfficesFromOrganisation(id);
            r.removeAgreementPartner(id);
            r.removeDelegationOrganisation(id);
            r.removeProjectPartner(id);
            r.removeEventOrganiser(id);
            r.removeAttachments(RecordKind.ORGANISATION.name(), id);
            Records.requireOne(h.attach(OrganisationDao.class).delete(id), RecordKind.ORGANISATION, id);
        });
    }
}
