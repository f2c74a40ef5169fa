package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.OrganisationDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Partner organisations. */
public final class OrganisationService extends RecordService<Organisation> {
    OrganisationService(Jdbi jdbi, DataVersion version) {
        super(jdbi, version, OrganisationDao.class, RecordKind.ORGANISATION, Validation::organisation, Organisation::id);
    }

    /** Organisations with this name (any language or abbreviation), within a country/region if given. */
    public List<Organisation> findByName(String name, String country) {
        return jdbi.withExtension(OrganisationDao.class,
                d -> country == null ? d.findByAnyName(name) : d.findByName(name, country));
    }

    @Override
    protected Map<RecordKind, Long> referencesOf(ReferenceDao r, long id) {
        return Map.of(RecordKind.CONTACT, r.contactsOfOrganisation(id),
                RecordKind.AGREEMENT, r.agreementsOfOrganisation(id),
                RecordKind.DELEGATION, r.delegationsOfOrganisation(id),
                RecordKind.PROJECT, r.projectsOfOrganisation(id),
                RecordKind.EVENT, r.eventsOfOrganisation(id),
                RecordKind.OFFICE_ABROAD, r.officesOfOrganisation(id));
    }

    /**
     * Unlinks the organisation from contacts, agreements, delegations, projects, events and offices.
     * A project's funder cannot be unlinked, so funding refuses the delete.
     */
    @Override
    protected void beforeDelete(ReferenceDao r, long id) {
        long funded = r.projectsFundedBy(id);
        if (funded > 0) throw new InvalidInputException("error.delete.funder", funded);
        r.detachContactsFromOrganisation(id);
        r.detachOfficesFromOrganisation(id);
        r.removeAgreementPartner(id);
        r.removeDelegationOrganisation(id);
        r.removeProjectPartner(id);
        r.removeEventOrganiser(id);
    }
}
