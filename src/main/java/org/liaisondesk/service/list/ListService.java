package org.liaisondesk.service.list;

import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.ListColumn;
import org.liaisondesk.domain.ListRow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.persistence.ReferenceDao;
import org.liaisondesk.service.DataVersion;
import org.liaisondesk.service.Services;

/**
 * The record lists, kept in memory per kind and language and rebuilt when the data has changed
 * since. Building a list reads every record of its kind once; filtering then never touches the database.
 */
public final class ListService {
    private final Services services;
    private final DataVersion version;
    private final Jdbi jdbi;
    private final Map<String, ListIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, PickList> pickLists = new ConcurrentHashMap<>();

    public ListService(Services services, DataVersion version, Jdbi jdbi) {
        this.services = services;
        this.version = version;
        this.jdbi = jdbi;
    }

    public List<ListColumn> columns(RecordKind kind) { return RecordListings.COLUMNS.get(kind); }

    public static boolean hasList(RecordKind kind) { return RecordListings.COLUMNS.containsKey(kind); }

    /**
     * Everything that refers to an organisation, as list rows of each kind (in the order shown):
     * its contacts, delegations, agreements, projects (funded or partnered), events and offices.
     */
    public Map<RecordKind, List<ListRow>> relatedToOrganisation(long id, Locale locale) {
        Map<RecordKind, List<Long>> ids = jdbi.withExtension(ReferenceDao.class, r -> {
            Map<RecordKind, List<Long>> m = new java.util.LinkedHashMap<>();
            m.put(RecordKind.CONTACT, r.contactIdsOfOrganisation(id));
            m.put(RecordKind.DELEGATION, r.delegationIdsOfOrganisation(id));
            m.put(RecordKind.AGREEMENT, r.agreementIdsOfOrganisation(id));
            m.put(RecordKind.PROJECT, r.projectIdsOfOrganisation(id));
            m.put(RecordKind.EVENT, r.eventIdsOfOrganisation(id));
            m.put(RecordKind.OFFICE_ABROAD, r.officeIdsOfOrganisation(id));
            return m;
        });
        return rows(ids, locale);
    }

    /** The delegations a person was a member of and the events they took part in. */
    public Map<RecordKind, List<ListRow>> relatedToContact(long id, Locale locale) {
        return rows(jdbi.withExtension(ReferenceDao.class, r -> {
            Map<RecordKind, List<Long>> m = new java.util.LinkedHashMap<>();
            m.put(RecordKind.DELEGATION, r.delegationIdsOfContact(id));
            m.put(RecordKind.EVENT, r.eventIdsAttendedBy(id));
            return m;
        }), locale);
    }

    /**
     * Everything about a country/region: its organisations and nationals, the delegations to or from
     * it, agreements and projects with its organisations, events held in it or with it, offices there.
     */
    public Map<RecordKind, List<ListRow>> relatedToCountry(String iso2, Locale locale) {
        return rows(jdbi.withExtension(ReferenceDao.class, r -> {
            Map<RecordKind, List<Long>> m = new java.util.LinkedHashMap<>();
            m.put(RecordKind.ORGANISATION, r.organisationIdsIn(iso2));
            m.put(RecordKind.CONTACT, r.contactIdsOfNationality(iso2));
            m.put(RecordKind.DELEGATION, r.delegationIdsTo(iso2));
            m.put(RecordKind.AGREEMENT, r.agreementIdsWithPartnersIn(iso2));
            m.put(RecordKind.PROJECT, r.projectIdsWithPartnersIn(iso2));
            m.put(RecordKind.EVENT, r.eventIdsIn(iso2));
            m.put(RecordKind.OFFICE_ABROAD, r.officeIdsIn(iso2));
            return m;
        }), locale);
    }

    /** Events linked to a project or a delegation, and agreements that renew an agreement. */
    public List<Long> eventsOfProject(long id) { return jdbi.withExtension(ReferenceDao.class, r -> r.eventIdsOfProject(id)); }

    public List<Long> eventsOfDelegation(long id) { return jdbi.withExtension(ReferenceDao.class, r -> r.eventIdsOfDelegation(id)); }

    public List<Long> agreementsRenewing(long id) { return jdbi.withExtension(ReferenceDao.class, r -> r.agreementIdsRenewedBy(id)); }

    /** The list rows of the given records, per kind, leaving out kinds with none. */
    public Map<RecordKind, List<ListRow>> rows(Map<RecordKind, List<Long>> ids, Locale locale) {
        Map<RecordKind, List<ListRow>> out = new java.util.LinkedHashMap<>();
        ids.forEach((kind, list) -> {
            if (!list.isEmpty()) out.put(kind, index(kind, locale).withIds(list));
        });
        return out;
    }

    /**
     * Every record of a kind as id and label for a picker, sorted by label: its name, and what tells
     * namesakes apart. Kept until the data changes, so the second form opens at once.
     */
    public Map<Long, String> pickList(RecordKind kind, Locale locale) {
        String key = kind + "/" + locale.toLanguageTag();
        long now = version.current();
        PickList cached = pickLists.get(key);
        if (cached != null && cached.version() == now) return cached.labels();
        java.text.Collator order = java.text.Collator.getInstance(locale);
        // Collation keys once per label: sorting 100,000 names by comparing them anew is seconds, this is not.
        List<Map.Entry<java.text.CollationKey, Long>> keyed = new java.util.ArrayList<>();
        Map<Long, String> labels = new java.util.HashMap<>();
        for (ListRow r : index(kind, locale).filter(org.liaisondesk.domain.ListQuery.ALL)) {
            String label = RecordListings.pickLabel(kind, r);
            labels.put(r.id(), label);
            keyed.add(Map.entry(order.getCollationKey(label == null ? "" : label), r.id()));
        }
        keyed.sort(Map.Entry.comparingByKey());
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<java.text.CollationKey, Long> e : keyed) out.put(e.getValue(), labels.get(e.getValue()));
        Map<Long, String> fixed = java.util.Collections.unmodifiableMap(out);
        pickLists.put(key, new PickList(fixed, now));
        return fixed;
    }

    private record PickList(Map<Long, String> labels, long version) {}

    /** The current index, built (or rebuilt after a change) when needed: call it off the FX thread. */
    public ListIndex index(RecordKind kind, Locale locale) {
        String key = kind + "/" + locale.toLanguageTag();
        long now = version.current();
        ListIndex cached = indexes.get(key);
        if (cached != null && cached.version() == now) return cached;
        ListIndex built = new ListIndex(new RecordListings(services, locale).rows(kind), now);
        indexes.put(key, built);
        return built;
    }
}
