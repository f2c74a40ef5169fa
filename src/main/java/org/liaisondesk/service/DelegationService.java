package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.DelegationMember;
import org.liaisondesk.domain.Gift;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.ItineraryItem;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.References;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.DelegationDao;
import org.liaisondesk.persistence.DelegationMemberDao;
import org.liaisondesk.persistence.GiftDao;
import org.liaisondesk.persistence.ItineraryDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Delegations with their members, day-by-day programme and gifts. */
public final class DelegationService {
    private final Jdbi jdbi;

    DelegationService(Jdbi jdbi) { this.jdbi = jdbi; }

    public long create(Delegation d) {
        Validation.require(Validation.delegation(d));
        return jdbi.inTransaction(h -> h.attach(DelegationDao.class).insert(d));
    }

    public void update(Delegation d) {
        Validation.require(Validation.delegation(d));
        jdbi.useTransaction(h -> Records.requireOne(h.attach(DelegationDao.class).update(d), RecordKind.DELEGATION, d.id()));
    }

    public Optional<Delegation> find(long id) { return jdbi.withExtension(DelegationDao.class, d -> d.find(id)); }

    public Optional<Delegation> findByCode(String code) { return jdbi.withExtension(DelegationDao.class, d -> d.findByCode(code)); }

    public List<Delegation> list(RecordFilter f) { return jdbi.withExtension(DelegationDao.class, d -> d.list(f)); }

    public long count(RecordFilter f) { return jdbi.withExtension(DelegationDao.class, d -> d.count(f)); }

    public References references(long id) {
        return jdbi.withExtension(ReferenceDao.class, r -> new References(Map.of(
                RecordKind.DELEGATION_MEMBER, r.membersOfDelegation(id),
                RecordKind.ITINERARY_ITEM, r.itineraryOfDelegation(id),
                RecordKind.GIFT, r.giftsOfDelegation(id),
                RecordKind.EVENT, r.eventsOfDelegation(id),
                RecordKind.ATTACHMENT, r.attachmentsOf(RecordKind.DELEGATION.name(), id))));
    }

    /** Deletes the delegation with its members, programme and gifts; events keep their record, unlinked. */
    public void delete(long id) {
        jdbi.useTransaction(h -> {
            h.attach(ReferenceDao.class).removeAttachments(RecordKind.DELEGATION.name(), id);
            Records.requireOne(h.attach(DelegationDao.class).delete(id), RecordKind.DELEGATION, id);
        });
    }

    public List<DelegationMember> members(long delegationId) {
        return jdbi.withExtension(DelegationMemberDao.class, d -> d.ofDelegation(delegationId));
    }

    public long addMember(DelegationMember m) {
        Validation.require(Validation.member(m));
        return jdbi.inTransaction(h -> h.attach(DelegationMemberDao.class).insert(m));
    }

    public void updateMember(DelegationMember m) {
        Validation.require(Validation.member(m));
        jdbi.useTransaction(h -> Records.requireOne(h.attach(DelegationMemberDao.class).update(m), RecordKind.DELEGATION_MEMBER, m.id()));
    }

    public void removeMember(long id) {
        jdbi.useTransaction(h -> Records.requireOne(h.attach(DelegationMemberDao.class).delete(id), RecordKind.DELEGATION_MEMBER, id));
    }

    public List<ItineraryItem> itinerary(long delegationId) {
        return jdbi.withExtension(ItineraryDao.class, d -> d.ofDelegation(delegationId));
    }

    public long addItineraryItem(ItineraryItem i) {
        return jdbi.inTransaction(h -> {
            Validation.require(Validation.itinerary(i, delegationOf(h, i.delegationId())));
            return h.attach(ItineraryDao.class).insert(i);
        });
    }

    public void updateItineraryItem(ItineraryItem i) {
        jdbi.useTransaction(h -> {
            Validation.require(Validation.itinerary(i, delegationOf(h, i.delegationId())));
            Records.requireOne(h.attach(ItineraryDao.class).update(i), RecordKind.ITINERARY_ITEM, i.id());
        });
    }

    public void removeItineraryItem(long id) {
        jdbi.useTransaction(h -> Records.requireOne(h.attach(ItineraryDao.class).delete(id), RecordKind.ITINERARY_ITEM, id));
    }

    public List<Gift> gifts(long delegationId) { return jdbi.withExtension(GiftDao.class, d -> d.ofDelegation(delegationId)); }

    public long addGift(Gift g) {
        Validation.require(Validation.gift(g));
        return jdbi.inTransaction(h -> h.attach(GiftDao.class).insert(g));
    }

    public void removeGift(long id) {
        jdbi.useTransaction(h -> Records.requireOne(h.attach(GiftDao.class).delete(id), RecordKind.GIFT, id));
    }

    private static Delegation delegationOf(Handle h, Long id) {
        if (id == null) throw new InvalidInputException("error.required", "delegation");
        return h.attach(DelegationDao.class).find(id)
                .orElseThrow(() -> new InvalidInputException("error.record.missing", RecordKind.DELEGATION, id));
    }
}
