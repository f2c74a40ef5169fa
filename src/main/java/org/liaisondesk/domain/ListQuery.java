package org.liaisondesk.domain;

import java.util.Locale;

/** What a list shows: text anywhere in the visible cells, country/region, status, a year range, a kind. */
public record ListQuery(String text, String country, String status, Integer fromYear, Integer toYear, String kind) {
    public static final ListQuery ALL = new ListQuery(null, null, null, null, null);

    public ListQuery(String text, String country, String status, Integer fromYear, Integer toYear) {
        this(text, country, status, fromYear, toYear, null);
    }

    public ListQuery {
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        country = country == null || country.isBlank() ? null : country;
        status = status == null || status.isBlank() ? null : status;
        kind = kind == null || kind.isBlank() ? null : kind;
    }

    public boolean matches(ListRow r) {
        if (text != null && !r.search().contains(text)) return false;
        if (country != null && (r.country() == null || !r.country().contains(country))) return false;
        if (status != null && !status.equals(r.status())) return false;
        if (kind != null && !kind.equals(r.kind())) return false;
        if (fromYear != null && (r.year() == ListRow.NO_YEAR || r.year() < fromYear)) return false;
        return toYear == null || r.year() != ListRow.NO_YEAR && r.year() <= toYear;
    }
}
