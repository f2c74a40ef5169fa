package org.liaisondesk.domain;

import java.util.Locale;

/**
 * What a list shows: free text, country/region (ISO2), status code, a date range and a page.
 * Any part may be null. The bound* methods give the forms that the DAOs' SQL compares against.
 */
public record RecordFilter(String text, String country, String status, PartialDate from, PartialDate to,
                           int offset, int limit) {
    public static final int DEFAULT_PAGE = 200;
    public static final RecordFilter ALL = new RecordFilter(null, null, null, null, null, 0, Integer.MAX_VALUE);

    public RecordFilter {
        if (offset < 0) offset = 0;
        if (limit <= 0) limit = DEFAULT_PAGE;
    }

    public static RecordFilter page(int offset, int limit) { return new RecordFilter(null, null, null, null, null, offset, limit); }

    public RecordFilter withText(String t) { return new RecordFilter(t, country, status, from, to, offset, limit); }
    public RecordFilter withCountry(String c) { return new RecordFilter(text, c, status, from, to, offset, limit); }
    public RecordFilter withStatus(String s) { return new RecordFilter(text, country, s, from, to, offset, limit); }
    public RecordFilter withRange(PartialDate f, PartialDate t) { return new RecordFilter(text, country, status, f, t, offset, limit); }

    /** Case-insensitive LIKE pattern, or null for no text filter. */
    public String textPattern() {
        if (text == null || text.isBlank()) return null;
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public String fromBound() { return from == null ? null : from.iso(); }

    /**
     * Upper bound for ISO-text dates: "2015" must admit "2015-11-03", so the bound is "2015~",
     * since '~' sorts after every digit and '-'.
     */
    public String toBound() { return to == null ? null : to.iso() + "~"; }

    public String countryCode() { return country == null || country.isBlank() ? null : country; }

    public String statusCode() { return status == null || status.isBlank() ? null : status; }
}
