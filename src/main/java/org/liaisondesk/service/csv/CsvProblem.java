package org.liaisondesk.service.csv;

import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Messages;

/** Why a row (file line {@code line}) or the header (line 1) cannot be imported, in bundle terms. */
public record CsvProblem(long line, String column, String value, String key, List<Object> args) {
    public String reason(Locale locale) { return Messages.format(locale, key, args); }

    /** One line for stderr and logs: "line 7, country "Atlantis": …". */
    public String describe(Locale locale) {
        return Messages.format(locale, "csv.problem", List.of(line, column == null ? "" : column,
                value == null ? "" : value, reason(locale)));
    }
}
