package org.liaisondesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a protocol officer must look at before a visit, though nothing stops it being saved:
 * passports that expire within six months of the visit's end, programme items that overlap,
 * received gifts of 200 CNY or more not yet declared (due within a month of receipt).
 */
public final class VisitWarnings {
    private VisitWarnings() {}

    public static List<Problem> of(Delegation d, List<DelegationMember> members, List<ItineraryItem> programme,
                                   List<Gift> gifts, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        LocalDate end = d.endDate() != null ? d.endDate().end() : d.startDate() != null ? d.startDate().end() : null;
        for (DelegationMember m : members) {
            if (m.passportExpiresSoon(end)) {
                // All known names: the warning is read in either language.
                String name = String.join(" ", java.util.stream.Stream.of(m.nameZh(), m.nameEn(), m.nameLocal())
                        .filter(x -> x != null && !x.isBlank()).toList());
                out.add(Problem.of("passport", "warning.passport", name, m.passportExpiry()));
            }
        }
        for (ItineraryItem[] pair : overlaps(programme)) {
            out.add(Problem.of("programme", "warning.overlap", pair[0].itemDate(), pair[0].title(), pair[1].title()));
        }
        for (Gift g : gifts) {
            if (undeclared(g)) {
                LocalDate due = g.declarationDue();
                out.add(Problem.of("gift", g.declarationOverdue(today) ? "warning.gift.overdue" : "warning.gift.due",
                        g.item(), due));
            }
        }
        return out;
    }

    /** A received gift at or over the threshold that has not been declared yet. */
    public static boolean undeclared(Gift g) {
        BigDecimal v = g.valueCny();
        return g.direction() == GiftDirection.RECEIVED && g.declaredOn() == null && v != null
                && v.compareTo(Gift.DECLARATION_THRESHOLD_CNY) >= 0;
    }

    /** Items of the same day whose times overlap; an item without an end time is a moment. */
    public static List<ItineraryItem[]> overlaps(List<ItineraryItem> items) {
        List<ItineraryItem[]> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                ItineraryItem a = items.get(i);
                ItineraryItem b = items.get(j);
                if (a.itemDate().equals(b.itemDate()) && overlap(a, b)) out.add(new ItineraryItem[] {a, b});
            }
        }
        return out;
    }

    private static boolean overlap(ItineraryItem a, ItineraryItem b) {
        if (a.startTime() == null || b.startTime() == null) return false;
        LocalTime aEnd = a.endTime() != null ? a.endTime() : a.startTime();
        LocalTime bEnd = b.endTime() != null ? b.endTime() : b.startTime();
        if (a.startTime().equals(b.startTime())) return true;
        return a.startTime().isBefore(bEnd) && b.startTime().isBefore(aEnd);
    }
}
