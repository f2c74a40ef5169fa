package org.liaisondesk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The office's rules for each record, as problems keyed for the bundles. Services call
 * {@link #require} before writing; forms call the per-record methods to mark fields.
 */
public final class Validation {
    private Validation() {}

    public static List<Problem> organisation(Organisation o) {
        List<Problem> p = new ArrayList<>();
        name(p, o);
        required(p, "type", o.type());
        required(p, "country", o.country());
        return p;
    }

    public static List<Problem> contact(Contact c) {
        List<Problem> p = new ArrayList<>();
        name(p, c);
        return p;
    }

    public static List<Problem> agreement(Agreement a) {
        List<Problem> p = new ArrayList<>();
        required(p, "title", a.title());
        if (a.partnerIds().isEmpty()) p.add(Problem.of("partners", "error.required", "partners"));
        order(p, "expires_on", a.effectiveFrom() != null ? a.effectiveFrom() : a.signedOn(), a.expiresOn());
        return p;
    }

    public static List<Problem> delegation(Delegation d) {
        List<Problem> p = new ArrayList<>();
        required(p, "code", d.code());
        required(p, "direction", d.direction());
        required(p, "title", d.title());
        required(p, "start", d.startDate());
        order(p, "end", d.startDate(), d.endDate());
        return p;
    }

    public static List<Problem> member(DelegationMember m) {
        List<Problem> p = new ArrayList<>();
        name(p, m);
        if (m.precedence() < 1) p.add(Problem.of("precedence", "error.precedence", m.precedence()));
        return p;
    }

    /** An itinerary item must fall inside its delegation's dates (as far as they are known). */
    public static List<Problem> itinerary(ItineraryItem i, Delegation d) {
        List<Problem> p = new ArrayList<>();
        required(p, "title", i.title());
        required(p, "date", i.itemDate());
        if (i.itemDate() != null && d != null && d.startDate() != null) {
            PartialDate end = d.endDate() != null ? d.endDate() : d.startDate();
            if (i.itemDate().isBefore(d.startDate().start()) || i.itemDate().isAfter(end.end())) {
                p.add(Problem.of("date", "error.itinerary.outside", i.itemDate(), d.startDate(), end));
            }
        }
        if (i.startTime() != null && i.endTime() != null && i.endTime().isBefore(i.startTime())) {
            p.add(Problem.of("end_time", "error.time.order", i.startTime(), i.endTime()));
        }
        return p;
    }

    public static List<Problem> budgetLine(BudgetLine b) {
        List<Problem> p = new ArrayList<>();
        required(p, "item", b.item());
        for (var v : java.util.Map.of("budget_cny", java.util.Optional.ofNullable(b.budgetCny()),
                "actual_cny", java.util.Optional.ofNullable(b.actualCny())).entrySet()) {
            v.getValue().filter(x -> x.signum() < 0).ifPresent(x -> p.add(Problem.of(v.getKey(), "error.negative", x)));
        }
        return p;
    }

    public static List<Problem> gift(Gift g) {
        List<Problem> p = new ArrayList<>();
        required(p, "direction", g.direction());
        required(p, "item", g.item());
        required(p, "date", g.givenOn());
        if (g.valueCny() != null && g.valueCny().signum() < 0) p.add(Problem.of("value_cny", "error.negative", g.valueCny()));
        return p;
    }

    public static List<Problem> project(Project pr) {
        List<Problem> p = new ArrayList<>();
        required(p, "title", pr.title());
        required(p, "funder", pr.funderId());
        required(p, "start", pr.startDate());
        order(p, "end", pr.startDate(), pr.endDate());
        return p;
    }

    public static List<Problem> event(Event e) {
        List<Problem> p = new ArrayList<>();
        required(p, "title", e.title());
        required(p, "kind", e.kind());
        required(p, "start", e.startDate());
        required(p, "country", e.country());
        order(p, "end", e.startDate(), e.endDate());
        return p;
    }

    public static List<Problem> office(OfficeAbroad o) {
        List<Problem> p = new ArrayList<>();
        required(p, "name", o.name());
        required(p, "country", o.country());
        required(p, "established_on", o.establishedOn());
        order(p, "closed_on", o.establishedOn(), o.closedOn());
        return p;
    }

    /** Throws a {@link ValidationException} carrying all problems, if there are any. */
    public static void require(List<Problem> problems) {
        if (!problems.isEmpty()) throw new ValidationException(problems);
    }

    private static void name(List<Problem> p, Named n) {
        if (!n.hasAnyName()) p.add(Problem.of("name", "error.name.required"));
    }

    private static void required(List<Problem> p, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) p.add(Problem.of(field, "error.required", field));
    }

    /** End may share the start's span ("2015" to "2015-06") but may not lie wholly before it. */
    private static void order(List<Problem> p, String field, PartialDate start, PartialDate end) {
        if (start != null && end != null && end.end().isBefore(start.start())) {
            p.add(Problem.of(field, "error.date.order", start, end));
        }
    }
}
