package org.liaisondesk.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.BudgetLine;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.VisitPlan;
import org.liaisondesk.persistence.VisitPlanDao;
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
        jdbi.useTransaction(h -> {
            DelegationMemberDao dao = h.attach(DelegationMemberDao.class);
            DelegationMember m = dao.find(id).orElseThrow(() -> missing(RecordKind.DELEGATION_MEMBER, id));
            requireOne(dao.delete(id), RecordKind.DELEGATION_MEMBER, id);
            renumber(dao, dao.ofDelegation(m.delegationId()).stream().map(DelegationMember::id).toList());
        });
    }

    /**
     * Adds or updates a member and puts them at their precedence, moving the others down (or up)
     * so that the order stays 1, 2, 3… without gaps; a precedence past the end puts them last.
     */
    public long saveMember(DelegationMember m) {
        Validation.require(Validation.member(m));
        return jdbi.inTransaction(h -> {
            DelegationMemberDao dao = h.attach(DelegationMemberDao.class);
            delegationOf(h, m.delegationId());
            List<DelegationMember> now = dao.ofDelegation(m.delegationId());
            int last = now.stream().mapToInt(DelegationMember::precedence).max().orElse(0);
            long id;
            if (m.id() == null) {
                id = dao.insert(withPrecedence(m, last + 1));
            } else {
                id = m.id();
                DelegationMember old = dao.find(id).orElseThrow(() -> missing(RecordKind.DELEGATION_MEMBER, id));
                requireOne(dao.update(withPrecedence(m, old.precedence())), RecordKind.DELEGATION_MEMBER, id);
            }
            List<Long> order = new java.util.ArrayList<>(dao.ofDelegation(m.delegationId()).stream()
                    .map(DelegationMember::id).filter(x -> x != id).toList());
            order.add(Math.min(Math.max(m.precedence(), 1), order.size() + 1) - 1, id);
            renumber(dao, order);
            return id;
        });
    }

    /** Moves a member up (negative) or down (positive) in the order of precedence. */
    public void moveMember(long id, int by) {
        jdbi.useTransaction(h -> {
            DelegationMemberDao dao = h.attach(DelegationMemberDao.class);
            DelegationMember m = dao.find(id).orElseThrow(() -> missing(RecordKind.DELEGATION_MEMBER, id));
            List<Long> order = new java.util.ArrayList<>(dao.ofDelegation(m.delegationId()).stream()
                    .map(DelegationMember::id).toList());
            int from = order.indexOf(id);
            int to = Math.max(0, Math.min(order.size() - 1, from + by));
            order.remove(from);
            order.add(to, id);
            renumber(dao, order);
        });
    }

    /** Precedence 1, 2, 3… in the given order; through high numbers first, as precedence is unique. */
    private static void renumber(DelegationMemberDao dao, List<Long> order) {
        int high = 100_000;
        for (int i = 0; i < order.size(); i++) dao.setPrecedence(order.get(i), high + i + 1);
        for (int i = 0; i < order.size(); i++) dao.setPrecedence(order.get(i), i + 1);
    }

    private static DelegationMember withPrecedence(DelegationMember m, int p) {
        return new DelegationMember(m.id(), m.delegationId(), m.contactId(), m.nameZh(), m.nameEn(), m.nameLocal(),
                m.gender(), m.title(), m.organisationName(), m.nationality(), m.passportNo(), m.passportExpiry(),
                m.dateOfBirth(), m.role(), p, m.dietary(), m.religion(), m.accessNeeds(), m.room(), m.notes());
    }

    private static InvalidInputException missing(RecordKind kind, long id) {
        return new InvalidInputException("error.record.missing", kind, id);
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

    public void updateGift(Gift g) {
        Validation.require(Validation.gift(g));
        jdbi.useTransaction(h -> requireOne(h.attach(GiftDao.class).update(g), RecordKind.GIFT, g.id()));
    }

    /**
     * Copies a day's programme to another day of the visit (e.g. a second day of training).
     *
     * @return how many items were copied
     */
    public int copyDay(long delegationId, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbi.inTransaction(h -> {
            Delegation d = delegationOf(h, delegationId);
            ItineraryDao dao = h.attach(ItineraryDao.class);
            int n = 0;
            for (ItineraryItem i : dao.ofDelegation(delegationId)) {
                if (!i.itemDate().equals(from)) continue;
                ItineraryItem copy = new ItineraryItem(null, delegationId, to, i.startTime(), i.endTime(), i.kind(),
                        i.title(), i.venue(), i.ourParticipants(), i.attire(), i.interpreter(), i.vehicle(), i.notes());
                Validation.require(Validation.itinerary(copy, d));
                dao.insert(copy);
                n++;
            }
            return n;
        });
    }

    /** The visit's logistics and checklist; an empty plan when none was written yet. */
    public VisitPlan plan(long delegationId) {
        return jdbi.withExtension(VisitPlanDao.class, d -> d.find(delegationId)).orElse(VisitPlan.empty(delegationId));
    }

    public void savePlan(VisitPlan plan) {
        jdbi.useTransaction(h -> {
            delegationOf(h, plan.delegationId());
            h.attach(VisitPlanDao.class).save(plan);
        });
    }

    public List<BudgetLine> budget(long delegationId) {
        return jdbi.withExtension(VisitPlanDao.class, d -> d.budget(delegationId));
    }

    /** Adds a line at the end of the budget, or updates one. */
    public long saveBudgetLine(BudgetLine b) {
        Validation.require(Validation.budgetLine(b));
        return jdbi.inTransaction(h -> {
            delegationOf(h, b.delegationId());
            VisitPlanDao dao = h.attach(VisitPlanDao.class);
            if (b.id() == null) {
                return dao.insert(new BudgetLine(null, b.delegationId(), dao.lastLine(b.delegationId()) + 1, b.item(),
                        b.budgetCny(), b.actualCny()));
            }
            BudgetLine old = dao.line(b.id()).orElseThrow(() -> missing(RecordKind.DELEGATION, b.id()));
            requireOne(dao.update(new BudgetLine(b.id(), b.delegationId(), old.lineNo(), b.item(), b.budgetCny(),
                    b.actualCny())), RecordKind.DELEGATION, b.id());
            return b.id();
        });
    }

    public void removeBudgetLine(long id) {
        jdbi.useTransaction(h -> requireOne(h.attach(VisitPlanDao.class).delete(id), RecordKind.DELEGATION, id));
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
        h.attach(VisitPlanDao.class).find(id).ifPresent(out::add);
        out.addAll(h.attach(VisitPlanDao.class).budget(id));
        return out;
    }

    @Override
    protected void restoreParts(Handle h, List<Object> parts) {
        for (Object o : parts) {
            if (o instanceof DelegationMember m) h.attach(DelegationMemberDao.class).insert(m);
            else if (o instanceof ItineraryItem i) h.attach(ItineraryDao.class).insert(i);
            else if (o instanceof Gift g) h.attach(GiftDao.class).insert(g);
            else if (o instanceof VisitPlan p) h.attach(VisitPlanDao.class).save(p);
            else if (o instanceof BudgetLine b) h.attach(VisitPlanDao.class).insert(b);
        }
    }
}
