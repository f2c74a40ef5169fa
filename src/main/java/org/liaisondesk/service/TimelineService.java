package org.liaisondesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaisondesk.domain.*;
import org.liaisondesk.domain.timeline.TimelineItem;
import org.liaisondesk.domain.timeline.TimelineItem.Style;

/**
 * Every dated record as a timeline item: delegations (incoming and outgoing apart), events,
 * agreements (signing to expiry), projects, offices abroad (established to closed, or today).
 */
public final class TimelineService {
    private final Services s;

    TimelineService(Services services) { this.s = services; }

    /** Read off the FX thread: at 100,000 records this takes a moment. */
    public List<TimelineItem> items(Locale locale, LocalDate today) {
        List<TimelineItem> out = new ArrayList<>();
        Map<Long, String> orgCountry = new HashMap<>();
        for (Organisation o : s.organisations().list(RecordFilter.ALL)) orgCountry.put(o.id(), o.country());
        for (Delegation d : s.delegations().list(RecordFilter.ALL)) {
            if (d.startDate() == null) continue;
            out.add(item(RecordKind.DELEGATION, d.id(), d.code() + " " + d.title(), d.startDate(), d.endDate(),
                    d.direction() == Direction.OUTGOING ? Style.OUTGOING : Style.INCOMING, d.countries(),
                    d.organisationIds(), locale));
        }
        for (Event e : s.events().list(RecordFilter.ALL)) {
            List<String> countries = new ArrayList<>(List.of(e.country()));
            e.participatingCountries().stream().filter(c -> !countries.contains(c)).forEach(countries::add);
            out.add(item(RecordKind.EVENT, e.id(), e.title(), e.startDate(), e.endDate(), Style.PLAIN, countries,
                    e.organiserIds(), locale));
        }
        for (Agreement a : s.agreements().list(RecordFilter.ALL)) {
            PartialDate from = a.signedOn() != null ? a.signedOn() : a.effectiveFrom();
            if (from == null) continue;
            Style style = a.renewal() == RenewalMode.EVERGREEN ? Style.EVERGREEN : Style.PLAIN;
            boolean open = a.expiresOn() == null && style == Style.EVERGREEN;
            out.add(item(RecordKind.AGREEMENT, a.id(), a.title(), from, open ? PartialDate.of(today) : a.expiresOn(), open,
                    style, countriesOf(a.partnerIds(), orgCountry), a.partnerIds(), locale));
        }
        for (Project p : s.projects().list(RecordFilter.ALL)) {
            List<Long> orgs = new ArrayList<>(p.partnerIds());
            if (p.funderId() != null) orgs.add(0, p.funderId());
            boolean running = p.endDate() == null && p.status() == ProjectStatus.ACTIVE;
            out.add(item(RecordKind.PROJECT, p.id(), p.title(), p.startDate(), running ? PartialDate.of(today) : p.endDate(),
                    running, running ? Style.ONGOING : Style.PLAIN, countriesOf(orgs, orgCountry), orgs, locale));
        }
        for (OfficeAbroad o : s.offices().list(RecordFilter.ALL)) {
            boolean open = o.closedOn() == null;
            out.add(item(RecordKind.OFFICE_ABROAD, o.id(), o.name(), o.establishedOn(),
                    open ? PartialDate.of(today) : o.closedOn(), open, open ? Style.ONGOING : Style.PLAIN, List.of(o.country()),
                    o.incubatedBy() == null ? List.of() : List.of(o.incubatedBy()), locale));
        }
        return out;
    }

    private static List<String> countriesOf(List<Long> orgs, Map<Long, String> orgCountry) {
        return orgs.stream().map(orgCountry::get).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static TimelineItem item(RecordKind kind, long id, String title, PartialDate start, PartialDate end, Style style,
                                     List<String> countries, List<Long> orgs, Locale locale) {
        return item(kind, id, title, start, end, false, style, countries, orgs, locale);
    }

    /** @param open drawn to today (an office still running): said as "since …" */
    private static TimelineItem item(RecordKind kind, long id, String title, PartialDate start, PartialDate end,
                                     boolean open, Style style, List<String> countries, List<Long> orgs, Locale locale) {
        PartialDate last = end == null ? start : end;
        // Drawn to today, but said as it is: "since November 2015", not an end date nobody set.
        String when = open ? Messages.format(locale, "timeline.since", List.of(start.format(locale)))
                : start.format(locale) + (end == null ? "" : " – " + end.format(locale));
        return new TimelineItem(kind, id, title, start.start().toEpochDay(), last.end().toEpochDay(),
                start.precision() != PartialDate.Precision.DAY, last.precision() != PartialDate.Precision.DAY, style,
                countries, orgs, when);
    }
}
