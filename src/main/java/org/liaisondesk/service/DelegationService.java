package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.DelegationMember;
import org.liaisondesk.domain.DeletedRecord;
import org.liaisondesk.domain.Gift;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.ItineraryItem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.persistence.DelegationDao;
import org.liaisondesk.persistence.DelegationMemberDao;
import org.liaisondesk.persistence.GiftDao;
import org.liaisondesk.persistence.ItineraryDao;
import org.liaisondesk.persistence.ReferenceDao;

/** Delegations with their members, day-by-day programme and gifts; events keep their record on delete. */
public final class DelegationService extends RecordService<Delegation> {
    DelegationService(Jdbi jdbi, DataVersion version) {
        super(jdbi, version, DelegationDao.class, RecordKind.DELEGATION, Validation::delegation, Delegation::id);
    }

    public Optional<Delegation> findByCode(String code) { return jdbi.withExtension(DelegationDao.class, d -> d.findByCode(code)); }

    @Override
    protected Map<RecordKind, Long> referencesOf(ReferenceDao r, long id) {
        return Map.of(RecordKind.DELEGATION_MEMBER, r.membersOfDelegation(id),
                RecordKind.ITINERARY_ITEM, r.itineraryOfDelegation(id),
                RecordKind.GIFT, r.giftsOfDelegation(id),
                RecordKind.EVENT, r.eventsOfDelegation(id));
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
        jdbi.useTransaction(h -> requireOne(h.attach(DelegationMemberDao.class).update(m), RecordKind.DELEGATION_MEMBER, m.id()));
    }

    public void removeMember(long id) {
        jdbi.useTransaction(h -> requireOne(h.attach(DelegationMemberDao.class).delete(id), RecordKind.DELEGATION_MEMBER, id));
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
            requireOne(h.attach(ItineraryDao.class).update(i), RecordKind.ITINERARY_ITEM, i.id());
        });
    }

    public void removeItineraryItem(long id) {
        jdbi.useTransaction(h -> requireOne(h.attach(ItineraryDao.class).delete(id), RecordKind.ITINERARY_ITEM, id));
    }

    public List<Gift> gifts(long delegationId) { return jdbi.withExtension(GiftDao.class, d -> d.ofDelegation(delegationId)); }

    public long addGift(Gift g) {
        Validation.require(Validation.gift(g));
        return jdbi.inTransaction(h -> h.attach(GiftDao.class).insert(g));
    }

    public void removeGift(long id) {
        jdbi.useTransaction(h -> requireOne(h.attach(GiftDao.class).delete(id), RecordKind.GIFT, id));
    }

    private static Delegation delegationOf(Handle h, Long id) {
        if (id == null) throw new InvalidInputException("error.required", "delegation");
        return h.attach(DelegationDao.class).find(id)
                .orElseThrow(() -> new InvalidInputException("error.record.missing", RecordKind.DELEGATION, id));
    }

    @Override
    protected Map<RecordKind, List<Long>> linksTo(Handle h, long id) {
        return Map.of(RecordKind.EVENT, h.attach(ReferenceDao.class).eventIdsOfDelegation(id));
    }

    @Override
    protected void relink(Handle h, long id, DeletedRecord<Delegation> d) {
        if (!d.linked(RecordKind.EVENT).isEmpty()) h.attach(ReferenceDao.class).relinkEventDelegations(id, d.linked(RecordKind.EVENT));
    }

    /** Members, programme and gifts go with the delegation. */
    @Override
    protected List<Object> parts(Handle h, long id) {
        List<Object> out = new java.util.ArrayList<>(h.attach(DelegationMemberDao.class).ofDelegation(id));
        out.addAll(h.attach(ItineraryDao.class).ofDelegation(id));
        out.addAll(h.attach(GiftDao.class).ofDelegation(id));
        return out;
    }

    @Override
    protected void restoreParts(Handle h, List<Object> parts) {
        for (Object o : parts) {
            if (o instanceof DelegationMember m) h.attach(DelegationMemberDao.class).insert(m);
            else if (o instanceof ItineraryItem i) h.attach(ItineraryDao.class).insert(i);
            else if (o instanceof Gift g) h.attach(GiftDao.class).insert(g);
        }
    }
}
