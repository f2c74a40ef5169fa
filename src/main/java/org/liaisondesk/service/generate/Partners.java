package org.liaisondesk.service.generate;

import static org.liaisondesk.service.generate.DataGenerator.TAGS;
import static org.liaisondesk.service.generate.DataGenerator.money;
import static org.liaisondesk.service.generate.DataGenerator.some;
import static org.liaisondesk.service.generate.NamePools.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.liaisondesk.domain.*;

/**
 * Makes the partner-side records: organisations across Asia with a tail elsewhere, their people,
 * agreements, projects, events and offices. Remembers the organisations made so later records
 * link to real ones.
 */
final class Partners {
    private static final String[] NEIGHBOURS = {"MM", "LA", "VN"};
    private static final String[] SOUTHEAST = {"TH", "KH", "MY", "SG", "ID", "PH", "BN", "TL"};
    private static final String[] SOUTH = {"BD", "LK", "NP", "IN", "PK", "BT", "MV", "AF"};
    private static final String[] REGIONS_OF_CHINA = {"HK", "MO", "TW"};
    private static final String[] EAST = {"JP", "KR", "MN", "CN"};
    private static final OrganisationType[] TYPES = OrganisationType.values();
    private static final String[][] TITLES = {{"主席", "President"}, {"副主席", "Vice-President"}, {"秘书长", "Secretary-General"},
            {"部长", "Director"}, {"项目官员", "Programme Officer"}, {"协调员", "Coordinator"}, {"会长", "Chairperson"}};

    private final List<CountryRegion> elsewhere = new ArrayList<>();
    private final java.util.Map<String, CountryRegion> byCode = new java.util.HashMap<>();
    private final SplittableRandom r;
    private final HistoryDates dates;
    private List<Long> orgIds = List.of();
    private List<String> orgCountries = List.of();

    Partners(List<CountryRegion> all, SplittableRandom r) {
        this.r = r;
        this.dates = new HistoryDates(r);
        for (CountryRegion c : all) {
            byCode.put(c.iso2(), c);
            if (c.worldRegion() != WorldRegion.ANTARCTICA && c.kind() == CountryKind.COUNTRY) elsewhere.add(c);
        }
    }

    void known(List<Long> ids, List<String> countries) {
        orgIds = ids;
        orgCountries = countries;
    }

    SplittableRandom random() { return r; }

    HistoryDates dates() { return dates; }

    String country() {
        int p = r.nextInt(100);
        if (p < 30) return pick(r, NEIGHBOURS);
        if (p < 55) return pick(r, SOUTHEAST);
        if (p < 75) return pick(r, SOUTH);
        if (p < 82) return pick(r, REGIONS_OF_CHINA);
        if (p < 92) return pick(r, EAST);
        return elsewhere.get(r.nextInt(elsewhere.size())).iso2();
    }

    /** Index of a random known organisation. */
    int anyOrganisation() { return r.nextInt(orgIds.size()); }

    long organisationId(int index) { return orgIds.get(index); }

    String organisationCountry(int index) { return orgCountries.get(index); }

    List<Long> organisations(int min, int max) {
        return some(r, min, max, i -> orgIds.get(anyOrganisation())).stream().distinct().toList();
    }

    Organisation organisation(int n) {
        String country = country();
        OrganisationType type = TYPES[r.nextInt(100) < 55 ? 0 : r.nextInt(TYPES.length)];
        NamePools.Place place = place(country);
        String[] kind = switch (type) {
            case WOMENS_ORGANISATION -> new String[] {"妇女联合会", "Women's Union"};
            case GOVERNMENT -> new String[] {"外事办公室", "Foreign Affairs Office"};
            case UN_AGENCY -> new String[] {"联合国驻地办事处", "UN Country Office"};
            case INTERNATIONAL_ORGANISATION -> new String[] {"国际发展署", "International Development Agency"};
            case NGO -> new String[] {"妇女发展中心", "Women's Development Centre"};
            case ENTERPRISE -> new String[] {"女企业家协会", "Women Entrepreneurs Association"};
            case ACADEMIC -> new String[] {"大学性别研究中心", "University Gender Studies Centre"};
            case MEDIA -> new String[] {"妇女报社", "Women's Newspaper"};
            case OTHER -> new String[] {"友好协会", "Friendship Association"};
        };
        String branch = " " + (n + 1);
        PartialDate since = r.nextInt(4) == 0 ? null : dates.any();
        OrganisationStatus status = OrganisationStatus.values()[r.nextInt(100) < 60 ? 1 : r.nextInt(4)];
        return new Organisation(null, place.zh() + kind[0] + branch, place.en() + " " + kind[1] + branch, null, null, type,
                country, null, place.en(), null, null, null, null, since, status, null, TAGS, null, null);
    }

    Contact contact() {
        int org = r.nextInt(100) < 85 ? anyOrganisation() : -1;
        String nationality = org >= 0 ? organisationCountry(org) : country();
        NamePools.PersonName name = NamePools.person(nationality, r);
        String[] title = pick(r, TITLES);
        return new Contact(null, name.zh(), name.en(), name.local(), name.gender(), title[0] + " " + title[1],
                org >= 0 ? organisationId(org) : null, nationality, null, null, null, null, null, null,
                r.nextInt(3) == 0 ? "P" + (10_000_000 + r.nextInt(89_999_999)) : null, null,
                r.nextInt(8) == 0 ? "素食 vegetarian" : null, null, null, r.nextInt(20) == 0, null, TAGS, null, null);
    }

    Agreement agreement(int n) {
        PartialDate signed = dates.any();
        AgreementType type = AgreementType.values()[r.nextInt(AgreementType.values().length)];
        RenewalMode renewal = RenewalMode.values()[r.nextInt(RenewalMode.values().length)];
        PartialDate expires = renewal == RenewalMode.EVERGREEN ? null : dates.after(signed, 365, 5 * 365);
        AgreementStatus status = expires == null || expires.end().isAfter(HistoryDates.REFERENCE_DAY)
                ? AgreementStatus.ACTIVE : AgreementStatus.EXPIRED;
        return new Agreement(null, "G-AG-" + (n + 1), "合作协议 " + (n + 1) + " Cooperation agreement", type,
                organisations(1, 3), signed, null, null, null, signed, expires, renewal, null, status, null, null, TAGS,
                null, null);
    }

    Project project(int n) {
        PartialDate start = dates.any();
        PartialDate end = dates.after(start, 365, 6 * 365);
        boolean running = end.end().isAfter(HistoryDates.REFERENCE_DAY);
        return new Project(null, "G-PR-" + (n + 1), "国际合作项目 " + (n + 1) + " Cooperation project",
                orgIds.get(anyOrganisation()), organisations(0, 2), start, end, money(r, 50_000, 5_000_000), "CNY",
                running ? ProjectStatus.ACTIVE : ProjectStatus.COMPLETED, 500 + r.nextInt(50_000), null, null, null, TAGS,
                null, null);
    }

    List<ProjectSite> sites(long projectId, Integer beneficiaries) {
        List<String> counties = new ArrayList<>(NamePools.YUNNAN_COUNTIES);
        int n = 1 + r.nextInt(12);
        List<ProjectSite> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String county = counties.remove(r.nextInt(counties.size()));
            out.add(new ProjectSite(null, projectId, county, beneficiaries == null ? null : beneficiaries / n));
        }
        return out;
    }

    Event event() {
        String country = r.nextInt(100) < 45 ? "CN" : country();
        NamePools.Place place = place(country);
        EventKind kind = EventKind.values()[r.nextInt(EventKind.values().length)];
        PartialDate start = dates.any();
        PartialDate end = r.nextBoolean() ? null : dates.after(start, 0, 4);
        List<String> countries = some(r, 0, 4, i -> country()).stream().distinct().toList();
        return new Event(null, place.zh() + Labels.label(kind, java.util.Locale.SIMPLIFIED_CHINESE) + " "
                + Labels.label(kind, java.util.Locale.ENGLISH), kind, start,
                end, country, place.en(), null, organisations(1, 2), countries, null, 10 + r.nextInt(300),
                null, null, null, null, null, TAGS, null, null);
    }

    OfficeAbroad office(int n) {
        String country = pick(r, r.nextBoolean() ? NEIGHBOURS : SOUTHEAST);
        NamePools.Place place = place(country);
        PartialDate established = dates.inYear(2005 + r.nextInt(HistoryDates.LAST_YEAR - 2005 + 1));
        return new OfficeAbroad(null, place.zh() + "项目办公室 " + (n + 1) + " " + place.en() + " Project Office",
                country, place.en(), established, null, orgIds.get(anyOrganisation()), OfficeStatus.ACTIVE, null, null,
                TAGS, null, null);
    }

    /** A known city of the country, else the country/region itself by its own names. */
    private NamePools.Place place(String country) {
        CountryRegion c = byCode.get(country);
        return NamePools.place(country, c.nameZh(), c.nameEn(), r);
    }
}
