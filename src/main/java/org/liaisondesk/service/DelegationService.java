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
        return jdbi.inTransaction(h -> {
            DelegationMemberDao dao = h.attach(DelegationMemberDao.class);
            long id = dao.insert(m);
            memberChanged(h, null, dao.find(id).orElseThrow());
            return id;
        });
    }

    public void updateMember(DelegationMember m) {
        Validation.require(Validation.member(m));
        jdbi.useTransaction(h -> {
            DelegationMemberDao dao = h.attach(DelegationMemberDao.class);
            DelegationMember old = dao.find(m.id()).orElseThrow(() -> missing(RecordKind.DELEGATION_MEMBER, m.id()));
            requireOne(dao.update(m), RecordKind.DELEGATION_MEMBER, m.id());
            memberChanged(h, old, dao.find(m.id()).orElseThrow());
        });
    }

    /** Kept in the delegation's history: a member added (before null), changed, or removed (after null). */
    private static void memberChanged(Handle h, DelegationMember before, DelegationMember after) {
        DelegationMember m = after != null ? after : before;
        History.part(h, RecordKind.DELEGATION, m.delegationId(), RecordKind.DELEGATION_MEMBER.name(), m.id(), before, after);
    }

    public void removeMember(long id) {
        jdbi.useTransaction(h -> {
            DelegationMemberDao dao = h.attach(DelegationMemberDao.class);
            DelegationMember m = dao.find(id).orElseThrow(() -> missing(RecordKind.DELEGATION_MEMBER, id));
            requireOne(dao.delete(id), RecordKind.DELEGATION_MEMBER, id);
            memberChanged(h, m, null);
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
            DelegationMember old = null;
            if (m.id() == null) {
                id = dao.insert(withPrecedence(m, last + 1));
            } else {
                id = m.id();
                old = dao.find(id).orElseThrow(() -> missing(RecordKind.DELEGATION_MEMBER, id));
                requireOne(dao.update(withPrecedence(m, old.precedence())), RecordKind.DELEGATION_MEMBER, id);
            }
            List<Long> order = new java.util.ArrayList<>(dao.ofDelegation(m.delegationId()).stream()
                    .map(DelegationMember::id).filter(x -> x != id).toList());
            order.add(Math.min(Math.max(m.precedence(), 1), order.size() + 1) - 1, id);
            renumber(dao, order);
            memberChanged(h, old, dao.find(id).orElseThrow());
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
            memberChanged(h, m, dao.find(id).orElseThrow());
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
            return insertItem(h, i);
        });
    }

    private static long insertItem(Handle h, ItineraryItem i) {
        ItineraryDao dao = h.attach(ItineraryDao.class);
        long id = dao.insert(i);
        itemChanged(h, null, dao.find(id).orElseThrow());
        return id;
    }

    public void updateItineraryItem(ItineraryItem i) {
        jdbi.useTransaction(h -> {
            Validation.require(Validation.itinerary(i, delegationOf(h, i.delegationId())));
            ItineraryDao dao = h.attach(ItineraryDao.class);
            ItineraryItem old = dao.find(i.id()).orElseThrow(() -> missing(RecordKind.ITINERARY_ITEM, i.id()));
            requireOne(dao.update(i), RecordKind.ITINERARY_ITEM, i.id());
            itemChanged(h, old, dao.find(i.id()).orElseThrow());
        });
    }

    public void removeItineraryItem(long id) {
        jdbi.useTransaction(h -> {
            ItineraryDao dao = h.attach(ItineraryDao.class);
            ItineraryItem old = dao.find(id).orElseThrow(() -> missing(RecordKind.ITINERARY_ITEM, id));
            requireOne(dao.delete(id), RecordKind.ITINERARY_ITEM, id);
            itemChanged(h, old, null);
        });
    }

    private static void itemChanged(Handle h, ItineraryItem before, ItineraryItem after) {
        ItineraryItem i = after != null ? after : before;
        History.part(h, RecordKind.DELEGATION, i.delegationId(), RecordKind.ITINERARY_ITEM.name(), i.id(), before, after);
    }

    public List<Gift> gifts(long delegationId) { return jdbi.withExtension(GiftDao.class, d -> d.ofDelegation(delegationId)); }

    public long addGift(Gift g) {
        Validation.require(Validation.gift(g));
        return jdbi.inTransaction(h -> {
            GiftDao dao = h.attach(GiftDao.class);
            long id = dao.insert(g);
            giftChanged(h, null, dao.find(id).orElseThrow());
            return id;
        });
    }

    public void updateGift(Gift g) {
        Validation.require(Validation.gift(g));
        jdbi.useTransaction(h -> {
            GiftDao dao = h.attach(GiftDao.class);
            Gift old = dao.find(g.id()).orElseThrow(() -> missing(RecordKind.GIFT, g.id()));
            requireOne(dao.update(g), RecordKind.GIFT, g.id());
            giftChanged(h, old, dao.find(g.id()).orElseThrow());
        });
    }

    /** A gift belongs to a delegation or to an event; its changes are kept with that one. */
    private static void giftChanged(Handle h, Gift before, Gift after) {
        Gift g = after != null ? after : before;
        if (g.delegationId() != null) {
            History.part(h, RecordKind.DELEGATION, g.delegationId(), RecordKind.GIFT.name(), g.id(), before, after);
        } else if (g.eventId() != null) {
            History.part(h, RecordKind.EVENT, g.eventId(), RecordKind.GIFT.name(), g.id(), before, after);
        }
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
                insertItem(h, copy);
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
            VisitPlanDao dao = h.attach(VisitPlanDao.class);
            VisitPlan old = dao.find(plan.delegationId()).orElse(null);
            dao.save(plan);
            History.part(h, RecordKind.DELEGATION, plan.delegationId(), "VISIT_PLAN", plan.delegationId(), old,
                    dao.find(plan.delegationId()).orElseThrow());
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
                long id = dao.insert(new BudgetLine(null, b.delegationId(), dao.lastLine(b.delegationId()) + 1, b.item(),
                        b.budgetCny(), b.actualCny()));
                budgetChanged(h, null, dao.line(id).orElseThrow());
                return id;
            }
            BudgetLine old = dao.line(b.id()).orElseThrow(() -> missing(RecordKind.DELEGATION, b.id()));
            requireOne(dao.update(new BudgetLine(b.id(), b.delegationId(), old.lineNo(), b.item(), b.budgetCny(),
                    b.actualCny())), RecordKind.DELEGATION, b.id());
            budgetChanged(h, old, dao.line(b.id()).orElseThrow());
            return b.id();
        });
    }

    public void removeBudgetLine(long id) {
        jdbi.useTransaction(h -> {
            VisitPlanDao dao = h.attach(VisitPlanDao.class);
            BudgetLine old = dao.line(id).orElseThrow(() -> missing(RecordKind.DELEGATION, id));
            requireOne(dao.delete(id), RecordKind.DELEGATION, id);
            budgetChanged(h, old, null);
        });
    }

    private static void budgetChanged(Handle h, BudgetLine before, BudgetLine after) {
        BudgetLine b = after != null ? after : before;
        History.part(h, RecordKind.DELEGATION, b.delegationId(), "BUDGET_LINE", b.id(), before, after);
    }

    public void removeGift(long id) {
        jdbi.useTransaction(h -> {
            GiftDao dao = h.attach(GiftDao.class);
            Gift old = dao.find(id).orElseThrow(() -> missing(RecordKind.GIFT, id));
            requireOne(dao.delete(id), RecordKind.GIFT, id);
            giftChanged(h, old, null);
        });
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
