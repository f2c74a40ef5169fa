package org.liaisondesk.ui.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time axis: the finest unit whose ticks stay at least {@link #MIN_SPACING} pixels apart, and
 * its labels in the user's language ("2018年7月" / "Jul 2018").
 */
public final class Ticks {
    public static final double MIN_SPACING = 64;

    public enum Unit {
        DAY(1), WEEK(7), MONTH(28), QUARTER(90), YEAR(365), DECADE(3652);

        /** The shortest such unit (February, a common year), so ticks never come closer than chosen. */
        final double days;

        Unit(double days) { this.days = days; }
    }

    public record Tick(double x, LocalDate date, String label) {}

    private Ticks() {}

    public static Unit unit(TimeScale scale) {
        for (Unit u : Unit.values()) if (u.days / scale.daysPerPixel() >= MIN_SPACING) return u;
        return Unit.DECADE;
    }

    public static List<Tick> of(TimeScale scale, double width, Locale locale) {
        Unit unit = unit(scale);
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(scale.day(0)) - 1);
        LocalDate to = LocalDate.ofEpochDay((long) Math.ceil(scale.day(width)) + 1);
        List<Tick> out = new ArrayList<>();
        for (LocalDate d = first(unit, from); !d.isAfter(to); d = next(unit, d)) {
            out.add(new Tick(scale.x(d.toEpochDay()), d, label(unit, d, locale)));
        }
        return out;
    }

    static LocalDate first(Unit unit, LocalDate d) {
        return switch (unit) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(d.getYear(), 1, 1);
            case DECADE -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
        };
    }

    static LocalDate next(Unit unit, LocalDate d) {
        return switch (unit) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
            case QUARTER -> d.plusMonths(3);
            case YEAR -> d.plusYears(1);
            case DECADE -> d.plusYears(10);
        };
    }

    static String label(Unit unit, LocalDate d, Locale locale) {
        boolean zh = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        int y = d.getYear(), m = d.getMonthValue(), day = d.getDayOfMonth();
        String month = d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
        return switch (unit) {
            case DECADE -> zh ? y + "年代" : y + "s";
            case YEAR -> zh ? y + "年" : Integer.toString(y);
            case QUARTER -> zh ? y + "年第" + ((m - 1) / 3 + 1) + "季度" : "Q" + ((m - 1) / 3 + 1) + " " + y;
            case MONTH -> zh ? y + "年" + m + "月" : month + " " + y;
            case WEEK -> zh ? y + "年" + m + "月" + day + "日" : day + " " + month + " " + y;
            case DAY -> zh ? m + "月" + day + "日" : day + " " + month;
        };
    }
}
