package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.domain.DeletedOrganisation;
import org.liaisondesk.persistence.AgreementDao;
import org.liaisondesk.persistence.DelegationDao;
import org.liaisondesk.persistence.EventDao;
import org.liaisondesk.persistence.OrganisationDao;
import org.liaisondesk.persistence.ProjectDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Partner organisations. */
public final class OrganisationService extends RecordService<Organisation> {
    OrganisationService(Jdbi jdbi, DataVersion version) {
        super(jdbi, version, OrganisationDao.class, RecordKind.ORGANISATION, Validation::organisation, Organisation::id);
    }

    /** Deletes like {@link #delete(long)}, first noting what was linked, so {@link #restore} can undo it. */
    public DeletedOrganisation deleteUndoably(long id) {
        DeletedOrganisation gone = jdbi.inTransaction(h -> {
            ReferenceDao r = h.attach(ReferenceDao.class);
            Organisation o = h.attach(OrganisationDao.class).find(id)
                    .orElseThrow(() -> new InvalidInputException("error.record.missing", RecordKind.ORGANISATION, id));
            DeletedOrganisation noted = new DeletedOrganisation(o, r.contactIdsOfOrganisation(id),
                    r.agreementIdsOfOrganisation(id), r.delegationIdsOfOrganisation(id), r.projectIdsOfOrganisation(id),
                    r.eventIdsOfOrganisation(id), r.officeIdsOfOrganisation(id));
            delete(h, id);
            return noted;
        });
        version.changed();
        return gone;
    }

    /** Puts a deleted organisation back under its id and links again what was linked to it. */
    public void restore(DeletedOrganisation d) {
        long id = d.organisation().id();
        jdbi.useTransaction(h -> {
            h.attach(OrganisationDao.class).restore(d.organisation());
            ReferenceDao r = h.attach(ReferenceDao.class);
            if (!d.contacts().isEmpty()) r.relinkContacts(id, d.contacts());
            if (!d.offices().isEmpty()) r.relinkOffices(id, d.offices());
            if (!d.agreements().isEmpty()) h.attach(AgreementDao.class).addPartnerLinks(d.agreements(), copies(id, d.agreements()));
            if (!d.delegations().isEmpty()) {
                h.attach(DelegationDao.class).addOrganisationLinks(d.delegations(), copies(id, d.delegations()));
            }
            if (!d.projects().isEmpty()) h.attach(ProjectDao.class).addPartnerLinks(d.projects(), copies(id, d.projects()));
            if (!d.events().isEmpty()) h.attach(EventDao.class).addOrganiserLinks(d.events(), copies(id, d.events()));
        });
        version.changed();
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
}
