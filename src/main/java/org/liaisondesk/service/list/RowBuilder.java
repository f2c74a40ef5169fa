package org.liaisondesk.service.list;

import org.liaisondesk.domain.ListRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Labelled;
import org.liaisondesk.domain.Labels;
import org.liaisondesk.domain.PartialDate;

/** Builds one {@link ListRow}: cells in the user's language, and everything searchable in lower case. */
final class RowBuilder {
    private final Locale locale;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder search = new StringBuilder();
    private String kind;

    RowBuilder(Locale locale) { this.locale = locale; }

    RowBuilder text(String value) {
        cells.add(value);
        return also(value);
    }

    RowBuilder label(Labelled value) { return text(value == null ? null : Labels.label(value, locale)); }

    /** ISO in the cell, so it sorts; both forms searchable ("2015-11" and "2015年11月"). */
    RowBuilder date(PartialDate d) {
        cells.add(d == null ? null : d.iso());
        return d == null ? this : also(d.iso()).also(d.format(locale));
    }

    /** A date in its cell only: derived dates (last contact) need not make every row's search text longer. */
    RowBuilder dateCell(PartialDate d) {
        cells.add(d == null ? null : d.iso());
        return this;
    }

    RowBuilder number(Number n) {
        cells.add(n == null ? null : Long.toString(n.longValue()));
        return also(n == null ? null : n.toString());
    }

    /** Searchable text that has no column of its own (other-language names, notes of a kind). */
    RowBuilder also(String value) {
        if (value != null && !value.isBlank()) search.append(value.toLowerCase(Locale.ROOT)).append('\u0001');
        return this;
    }

    /** What the kind filter compares: an organisation's type, an agreement's type, a delegation's direction. */
    RowBuilder kind(Enum<?> value) {
        kind = value == null ? null : value.name();
        return this;
    }

    ListRow build(long id, String country, String status, PartialDate yearOf) {
        return new ListRow(id, cells.toArray(String[]::new), search.toString(), country, status,
                yearOf == null ? ListRow.NO_YEAR : yearOf.year(), kind);
    }
}
