package org.liaisondesk.service.list;

import org.liaisondesk.domain.ListColumn;
import org.liaisondesk.domain.ListRow;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Services;

/**
 * What each record list shows and how its rows are made. Names show in the user's language
 * first; the other forms stay searchable.
 */
final class RecordListings {
    static final Map<RecordKind, List<ListColumn>> COLUMNS = Map.of(
            RecordKind.ORGANISATION, List.of(ListColumn.text("name"), ListColumn.text("abbreviation"),
                    ListColumn.text("type"), ListColumn.text("country"), ListColumn.text("city"),
                    ListColumn.date("partnerSince"), ListColumn.text("status"), ListColumn.date("lastContact")),
            RecordKind.CONTACT, List.of(ListColumn.text("name"), ListColumn.text("otherNames"), ListColumn.text("jobTitle"),
                    ListColumn.text("organisation"), ListColumn.text("nationality"), ListColumn.text("email"),
                    ListColumn.date("lastContact")),
            RecordKind.DELEGATION, List.of(ListColumn.text("code"), ListColumn.text("direction"), ListColumn.text("title"),
                    ListColumn.text("countries"), ListColumn.date("start"), ListColumn.date("end"), ListColumn.text("status")),
            RecordKind.AGREEMENT, List.of(ListColumn.text("code"), ListColumn.text("title"), ListColumn.text("type"),
                    ListColumn.text("partners"), ListColumn.date("signedOn"), ListColumn.date("expiresOn"),
                    ListColumn.text("status")),
            RecordKind.PROJECT, List.of(ListColumn.text("code"), ListColumn.text("title"), ListColumn.text("funder"),
                    ListColumn.date("start"), ListColumn.date("end"), ListColumn.text("status"),
                    ListColumn.number("beneficiaries")),
            RecordKind.EVENT, List.of(ListColumn.text("title"), ListColumn.text("kind"), ListColumn.date("start"),
                    ListColumn.text("country"), ListColumn.text("city"), ListColumn.number("participants")),
            RecordKind.OFFICE_ABROAD, List.of(ListColumn.text("name"), ListColumn.text("country"), ListColumn.text("city"),
                    ListColumn.date("establishedOn"), ListColumn.text("status")));

    /** A record's name in a picker, from its list row (whose cells follow {@link #COLUMNS}). */
    static String pickLabel(RecordKind kind, ListRow r) {
        return switch (kind) {
            case ORGANISATION -> join(r.cell(0), r.cell(3));
            case CONTACT -> join(r.cell(0), r.cell(3));
            case DELEGATION, AGREEMENT, PROJECT -> join(r.cell(1 + (kind == RecordKind.DELEGATION ? 1 : 0)), r.cell(0));
            case EVENT -> join(r.cell(0), r.cell(2));
            default -> r.cell(0);
        };
    }

    private static String join(String name, String detail) {
        return detail == null || detail.isBlank() ? name : name + " · " + detail;
    }

    private final Services s;
    private final Locale locale;
    private final Map<String, String> countryNames = new HashMap<>();
    private Map<Long, String> organisationNames;
    /** Read once per build of a list, which is of one kind. */
    private Map<Long, PartialDate> lastContacts;

    RecordListings(Services services, Locale locale) {
        this.s = services;
        this.locale = locale;
        for (CountryRegion c : services.countries().all()) countryNames.put(c.iso2(), c.name(locale));
    }

    List<ListRow> rows(RecordKind kind) {
        RecordFilter all = RecordFilter.ALL;
        return switch (kind) {
            case ORGANISATION -> map(s.organisations().list(all), this::organisation);
            case CONTACT -> map(s.contacts().list(all), this::contact);
            case DELEGATION -> map(s.delegations().list(all), this::delegation);
            case AGREEMENT -> map(s.agreements().list(all), this::agreement);
            case PROJECT -> map(s.projects().list(all), this::project);
            case EVENT -> map(s.events().list(all), this::event);
            case OFFICE_ABROAD -> map(s.offices().list(all), this::office);
            default -> throw new IllegalArgumentException("no list for " + kind);
        };
    }

    private static <T> List<ListRow> map(List<T> records, Function<T, ListRow> row) {
        return records.stream().map(row).toList();
    }

    private ListRow organisation(Organisation o) {
        return names(new RowBuilder(locale), o).text(o.abbreviation()).label(o.type()).text(country(o.country()))
                .text(o.city()).date(o.partnerSince()).label(o.status())
                .dateCell(lastContacts(RecordKind.ORGANISATION).get(o.id())).also(o.country()).kind(o.type())
                .build(o.id(), o.country(), code(o.status()), o.partnerSince());
    }

    private ListRow contact(Contact c) {
        RowBuilder b = new RowBuilder(locale).text(c.displayName(locale)).text(c.otherNames(locale)).text(c.title())
                .text(organisation(c.organisationId())).text(country(c.nationality())).text(c.email())
                .dateCell(lastContacts(RecordKind.CONTACT).get(c.id()));
        return b.build(c.id(), c.nationality(), null, null);
    }

    private ListRow delegation(Delegation d) {
        String countries = d.countries().stream().map(this::country).collect(Collectors.joining("、"));
        return new RowBuilder(locale).text(d.code()).label(d.direction()).text(d.title()).text(countries)
                .date(d.startDate()).date(d.endDate()).label(d.status()).also(d.headName()).kind(d.direction())
                .build(d.id(), String.join(",", d.countries()), code(d.status()), d.startDate());
    }

    private ListRow agreement(Agreement a) {
        String partners = a.partnerIds().stream().map(this::organisation).collect(Collectors.joining("、"));
        return new RowBuilder(locale).text(a.code()).text(a.title()).label(a.type()).text(partners).date(a.signedOn())
                .date(a.expiresOn()).label(a.status()).kind(a.type()).build(a.id(), null, code(a.status()), a.signedOn());
    }

    private ListRow project(Project p) {
        return new RowBuilder(locale).text(p.code()).text(p.title()).text(organisation(p.funderId())).date(p.startDate())
                .date(p.endDate()).label(p.status()).number(p.beneficiariesTotal())
                .build(p.id(), null, code(p.status()), p.startDate());
    }

    private ListRow event(Event e) {
        return new RowBuilder(locale).text(e.title()).label(e.kind()).date(e.startDate()).text(country(e.country()))
                .text(e.city()).number(e.participantCount()).also(e.venue())
                .build(e.id(), e.country(), code(e.kind()), e.startDate());
    }

    private ListRow office(OfficeAbroad o) {
        return new RowBuilder(locale).text(o.name()).text(country(o.country())).text(o.city()).date(o.establishedOn())
                .label(o.status()).build(o.id(), o.country(), code(o.status()), o.establishedOn());
    }

    private RowBuilder names(RowBuilder b, Named n) {
        return b.text(n.displayName(locale)).also(n.nameZh()).also(n.nameEn()).also(n.nameLocal());
    }

    private Map<Long, PartialDate> lastContacts(RecordKind kind) {
        if (lastContacts == null) {
            lastContacts = kind == RecordKind.ORGANISATION ? s.organisations().lastContacts() : s.contacts().lastContacts();
        }
        return lastContacts;
    }

    private String country(String iso2) { return iso2 == null ? null : countryNames.getOrDefault(iso2, iso2); }

    private String organisation(Long id) {
        if (id == null) return null;
        if (organisationNames == null) {
            organisationNames = new HashMap<>();
            for (Organisation o : s.organisations().list(RecordFilter.ALL)) organisationNames.put(o.id(), o.displayName(locale));
        }
        return organisationNames.get(id);
    }

    private static String code(Enum<?> e) { return e == null ? null : e.name(); }
}
