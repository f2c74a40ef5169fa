package org.liaisondesk.service.generate;

import static org.liaisondesk.service.generate.DataGenerator.TAGS;
import static org.liaisondesk.service.generate.DataGenerator.money;
import static org.liaisondesk.service.generate.NamePools.pick;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.DelegationDao;
import org.liaisondesk.persistence.DelegationMemberDao;
import org.liaisondesk.persistence.GiftDao;
import org.liaisondesk.persistence.ItineraryDao;

/**
 * Makes delegations with members in order of precedence, a day-by-day programme inside the
 * visit's dates (for visits known to the day) and gifts; a chunk of visits per transaction.
 */
final class VisitGenerator {
    private static final int VISITS_PER_CHUNK = 500;
    private static final String[] VENUES = {"省妇联会议室", "翠湖宾馆", "妇女儿童活动中心", "社区妇女之家", "示范中心", "口岸",
            "大学会议厅", "合作社"};
    private static final String[] GIFTS = {"普洱茶礼盒", "云南白药礼盒", "扎染围巾", "斑铜摆件", "织锦", "漆画", "银饰", "画册"};

    private final Jdbi jdbi;
    private final Partners partners;
    private final SplittableRandom r;
    private final DataGenerator.Counter done;
    private final Map<String, Integer> codes = new HashMap<>();

    VisitGenerator(Jdbi jdbi, Partners partners, SplittableRandom r, DataGenerator.Counter done) {
        this.jdbi = jdbi;
        this.partners = partners;
        this.r = r;
        this.done = done;
    }

    void write(GeneratorPlan plan) {
        for (int start = 0; start < plan.delegations(); start += VISITS_PER_CHUNK) {
            int n = Math.min(VISITS_PER_CHUNK, plan.delegations() - start);
            List<Delegation> visits = new ArrayList<>(n);
            for (int i = 0; i < n; i++) visits.add(delegation());
            jdbi.useTransaction(h -> {
                DelegationDao dao = h.attach(DelegationDao.class);
                long[] ids = dao.insertRows(visits);
                DataGenerator.Links countries = new DataGenerator.Links();
                DataGenerator.Links orgs = new DataGenerator.Links();
                List<DelegationMember> members = new ArrayList<>();
                List<ItineraryItem> items = new ArrayList<>();
                List<Gift> gifts = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Delegation d = visits.get(i);
                    countries.add(ids[i], d.countries());
                    orgs.add(ids[i], d.organisationIds());
                    members.addAll(members(ids[i], d));
                    if (d.startDate().precision() == PartialDate.Precision.DAY) items.addAll(programme(ids[i], d));
                    gifts.addAll(gifts(ids[i], d));
                }
                dao.addCountryLinks(countries.ids, countries.targets());
                dao.addOrganisationLinks(orgs.ids, orgs.targets());
                h.attach(DelegationMemberDao.class).insertAll(members);
                h.attach(ItineraryDao.class).insertAll(items);
                h.attach(GiftDao.class).insertAll(gifts);
                done.add(RecordKind.DELEGATION_MEMBER, members.size());
                done.add(RecordKind.ITINERARY_ITEM, items.size());
                done.add(RecordKind.GIFT, gifts.size());
            });
            done.add(RecordKind.DELEGATION, n);
        }
    }

    private Delegation delegation() {
        int org = partners.anyOrganisation();
        String country = partners.organisationCountry(org);
        boolean incoming = r.nextInt(100) < 60 || "CN".equals(country);
        PartialDate start = partners.dates().any();
        PartialDate end = partners.dates().after(start, 1, 7);
        String code = start.year() + (incoming ? "-IN-" : "-OUT-")
                + String.format("%03d", codes.merge(start.year() + (incoming ? "I" : "O"), 1, Integer::sum));
        boolean past = end.end().isBefore(HistoryDates.REFERENCE_DAY);
        DelegationStatus status = past ? (r.nextInt(100) < 95 ? DelegationStatus.COMPLETED : DelegationStatus.CANCELLED)
                : (r.nextBoolean() ? DelegationStatus.PLANNED : DelegationStatus.APPROVED);
        String title = incoming ? "来访团组 " + code + " Incoming delegation" : "出访团组 " + code + " Outgoing delegation";
        return new Delegation(null, code, incoming ? Direction.INCOMING : Direction.OUTGOING, title, List.of(country),
                List.of(partners.organisationId(org)), null, null, start, end, status, null, null, null, null, null, null,
                null, null, null, money(r, 5_000, 80_000), null, null, null, null, TAGS, null, null);
    }

    private List<DelegationMember> members(long id, Delegation d) {
        String nationality = d.direction() == Direction.INCOMING ? d.countries().get(0) : "CN";
        int n = 5 + r.nextInt(21);
        List<DelegationMember> out = new ArrayList<>(n);
        for (int p = 1; p <= n; p++) {
            NamePools.PersonName name = NamePools.person(nationality, r);
            MemberRole role = p == 1 ? MemberRole.HEAD : p == 2 ? MemberRole.DEPUTY : p == n ? MemberRole.INTERPRETER
                    : r.nextInt(10) == 0 ? MemberRole.STAFF : MemberRole.MEMBER;
            out.add(new DelegationMember(null, id, null, name.zh(), name.en(), name.local(), name.gender(), null, null,
                    nationality, "E" + (10_000_000 + r.nextInt(89_999_999)), null, null, role, p,
                    r.nextInt(10) == 0 ? "清真 halal" : null, null, null, null, null));
        }
        return out;
    }

    private List<ItineraryItem> programme(long id, Delegation d) {
        LocalDate first = d.startDate().start();
        int days = (int) (d.endDate().end().toEpochDay() - first.toEpochDay()) + 1;
        int n = 4 + r.nextInt(13);
        List<ItineraryItem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = first.plusDays(r.nextInt(days));
            LocalTime from = LocalTime.of(8 + r.nextInt(12), r.nextBoolean() ? 0 : 30);
            ItineraryKind kind = ItineraryKind.values()[r.nextInt(ItineraryKind.values().length)];
            out.add(new ItineraryItem(null, id, day, from, from.plusMinutes(60 + 30L * r.nextInt(4)), kind,
                    Labels.label(kind, java.util.Locale.SIMPLIFIED_CHINESE), pick(r, VENUES), null, null, null,
                    null, null));
        }
        return out;
    }

    private List<Gift> gifts(long id, Delegation d) {
        int n = r.nextInt(5);
        List<Gift> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean received = r.nextBoolean();
            LocalDate on = d.startDate().start();
            out.add(new Gift(null, id, null, received ? GiftDirection.RECEIVED : GiftDirection.GIVEN, pick(r, GIFTS), null,
                    money(r, 50, 1_500), on, received && r.nextBoolean() ? on.plusDays(r.nextInt(40)) : null, null));
        }
        return out;
    }
}
