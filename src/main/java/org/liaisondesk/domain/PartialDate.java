package org.liaisondesk.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day. Much of the office's history is only known
 * as "since 2000" or "November 2015", so the model never invents a day that nobody recorded.
 * Stored and exchanged in ISO form ("2015", "2015-11", "2015-11-03"), which also sorts right as text.
 */
public record PartialDate(int year, int month, int day, Precision precision) implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})(?:/(\\d{1,2}))?");
    private static final Pattern DOT = Pattern.compile("(\\d{4})\\.(\\d{1,2})(?:\\.(\\d{1,2}))?");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?");

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (year < 1000 || year > 9999) throw new DateTimeException("year out of range: " + year);
        switch (precision) {
            case YEAR -> { month = 0; day = 0; }
            case MONTH -> { YearMonth.of(year, month); day = 0; }
            case DAY -> LocalDate.of(year, month, day);
        }
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0, Precision.YEAR); }
    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0, Precision.MONTH); }
    public static PartialDate ofDay(int year, int month, int day) { return new PartialDate(year, month, day, Precision.DAY); }
    public static PartialDate of(LocalDate d) { return ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    /**
     * Reads every form the office's spreadsheets use: 2018-07-15, 2018/7/15, 2018.7.15,
     * 2018年7月15日, 2018-07, 2018年7月, 2018. Blank gives null.
     *
     * @throws InvalidInputException keyed {@code error.date.format} or {@code error.date.invalid}
     */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        String s = text.strip();
        for (Pattern p : new Pattern[] {ISO, SLASH, DOT, CHINESE}) {
            Matcher m = p.matcher(s);
            if (m.matches()) return fromGroups(m, s);
        }
        throw new InvalidInputException("error.date.format", s);
    }

    private static PartialDate fromGroups(Matcher m, String source) {
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return ofYear(y);
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return ofMonth(y, mo);
            return ofDay(y, mo, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new InvalidInputException("error.date.invalid", source);
        }
    }

    /** First day of the span this date covers. */
    public LocalDate start() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** Last day of the span this date covers (inclusive). */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> start();
        };
    }

    public boolean covers(LocalDate d) { return !d.isBefore(start()) && !d.isAfter(end()); }

    /** ISO text: the storage and CSV form. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
    }

    /** How a person reads it: 2015年11月 in Chinese, Nov 2015 in English. */
    public String format(Locale locale) {
        if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return switch (precision) {
                case YEAR -> year + "年";
                case MONTH -> year + "年" + month + "月";
                case DAY -> year + "年" + month + "月" + day + "日";
            };
        }
        String mon = start().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
        return switch (precision) {
            case YEAR -> Integer.toString(year);
            case MONTH -> mon + " " + year;
            case DAY -> day + " " + mon + " " + year;
        };
    }

    /** Earlier spans first; a coarser date sorts before the finer dates inside it ("2015" before "2015-03"). */
    @Override
    public int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() { return iso(); }
}
