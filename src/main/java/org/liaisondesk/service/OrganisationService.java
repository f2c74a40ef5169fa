package org.liaisondesk.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.DeletedRecord;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.LastContact;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.AgreementDao;
import org.liaisondesk.persistence.DelegationDao;
import org.liaisondesk.persistence.EventDao;
import org.liaisondesk.persistence.LastContactDao;
import org.liaisondesk.persistence.OrganisationDao;
import org.liaisondesk.persistence.ProjectDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Partner organisations. */
public final class OrganisationService extends RecordService<Organisation> {
    OrganisationService(Jdbi jdbi, DataVersion version) {
        super(jdbi, version, OrganisationDao.class, RecordKind.ORGANISATION, Validation::organisation, Organisation::id);
    }

    @Override
    protected Map<RecordKind, List<Long>> linksTo(Handle h, long id) {
        ReferenceDao r = h.attach(ReferenceDao.class);
        return Map.of(RecordKind.CONTACT, r.contactIdsOfOrganisation(id),
                RecordKind.AGREEMENT, r.agreementIdsOfOrganisation(id),
                RecordKind.DELEGATION, r.delegationIdsOfOrganisation(id),
                RecordKind.PROJECT, r.projectIdsOfOrganisation(id),
                RecordKind.EVENT, r.eventIdsOfOrganisation(id),
                RecordKind.OFFICE_ABROAD, r.officeIdsOfOrganisation(id));
    }

    @Override
    protected void relink(Handle h, long id, DeletedRecord<Organisation> d) {
        ReferenceDao r = h.attach(ReferenceDao.class);
        List<Long> contacts = d.linked(RecordKind.CONTACT), offices = d.linked(RecordKind.OFFICE_ABROAD);
        List<Long> agreements = d.linked(RecordKind.AGREEMENT), delegations = d.linked(RecordKind.DELEGATION);
        List<Long> projects = d.linked(RecordKind.PROJECT), events = d.linked(RecordKind.EVENT);
        if (!contacts.isEmpty()) r.relinkContacts(id, contacts);
        if (!offices.isEmpty()) r.relinkOffices(id, offices);
        if (!agreements.isEmpty()) h.attach(AgreementDao.class).addPartnerLinks(agreements, copies(id, agreements));
        if (!delegations.isEmpty()) h.attach(DelegationDao.class).addOrganisationLinks(delegations, copies(id, delegations));
        if (!projects.isEmpty()) h.attach(ProjectDao.class).addPartnerLinks(projects, copies(id, projects));
        if (!events.isEmpty()) h.attach(EventDao.class).addOrganiserLinks(events, copies(id, events));
    }

    private static List<Long> copies(long id, List<Long> like) { return java.util.Collections.nCopies(like.size(), id); }

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

    /** Last contact of every organisation that has one, by id. */
    public Map<Long, PartialDate> lastContacts() {
        Map<Long, PartialDate> m = new HashMap<>();
        for (LastContact c : jdbi.withExtension(LastContactDao.class,
                LastContactDao::organisations)) m.put(c.id(), c.date());
        return m;
    }

    public Optional<PartialDate> lastContact(long id) {
        return jdbi.withExtension(LastContactDao.class, d -> d.organisation(id)).stream()
                .map(LastContact::date).findFirst();
    }
}
