package org.liaisondesk.service.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.liaisondesk.domain.PartialDate;

/**
 * Dates across the office's history, 1990 to 2026, as precise as records of each era tend to
 * be: the 1990s mostly known to the year or month, recent years to the day.
 */
final class HistoryDates {
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2026;
    /** The generator's "today", fixed so that a seed always gives the same data. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 11, 1);

    private final SplittableRandom r;

    HistoryDates(SplittableRandom r) { this.r = r; }

    int year() {
        // More activity in recent years: the office grew after 2013.
        int span = LAST_YEAR - FIRST_YEAR + 1;
        int a = r.nextInt(span);
        int b = r.nextInt(span);
        return FIRST_YEAR + Math.max(a, b);
    }

    PartialDate inYear(int year) {
        int p = r.nextInt(100);
        PartialDate.Precision precision = year < 2000 ? (p < 40 ? PartialDate.Precision.YEAR : p < 80
                ? PartialDate.Precision.MONTH : PartialDate.Precision.DAY)
                : year < 2010 ? (p < 30 ? PartialDate.Precision.MONTH : PartialDate.Precision.DAY)
                : PartialDate.Precision.DAY;
        LocalDate d = LocalDate.of(year, 1, 1).plusDays(r.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        return switch (precision) {
            case YEAR -> PartialDate.ofYear(year);
            case MONTH -> PartialDate.ofMonth(year, d.getMonthValue());
            case DAY -> PartialDate.of(d);
        };
    }

    PartialDate any() { return inYear(year()); }

    /** An end a few days to years after start, at the start's precision. */
    PartialDate after(PartialDate start, int minDays, int maxDays) {
        LocalDate end = start.start().plusDays(minDays + r.nextInt(maxDays - minDays + 1));
        return switch (start.precision()) {
            case YEAR -> PartialDate.ofYear(Math.max(end.getYear(), start.year()));
            case MONTH -> end.getYear() == start.year() && end.getMonthValue() == start.month() ? start
                    : PartialDate.ofMonth(end.getYear(), end.getMonthValue());
            case DAY -> PartialDate.of(end);
        };
    }
}
