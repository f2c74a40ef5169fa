package org.liaisondesk.service;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaisondesk.domain.FieldName;
import org.liaisondesk.domain.InvalidInputException;

/**
 * What only the database can catch, in the user's words: text longer than its column (which field,
 * how long it may be), and a code or link to nothing (an unknown country/region code, a linked
 * record deleted meanwhile). Nothing is written: the transaction rolls back.
 */
final class StoreErrors {
    /** H2's "value too long" error, naming the column and its size. */
    private static final int VALUE_TOO_LONG = 22001;
    /** H2's "referential integrity constraint violation" on insert or update. */
    private static final int NO_PARENT = 23506;
    private static final Pattern COLUMN = Pattern.compile("column \"(\\w+) CHARACTER VARYING\\((\\d+)\\)\"");

    private StoreErrors() {}

    static <X> X guard(Supplier<X> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getErrorCode() == VALUE_TOO_LONG) {
                    Matcher m = COLUMN.matcher(String.valueOf(sql.getMessage()));
                    if (m.find()) {
                        throw new InvalidInputException("error.tooLong", new FieldName(m.group(1).toLowerCase(Locale.ROOT)),
                                m.group(2));
                    }
                    throw new InvalidInputException("error.tooLong", new FieldName("?"), "?");
                }
                if (t instanceof SQLException sql && sql.getErrorCode() == NO_PARENT) {
                    throw new InvalidInputException(String.valueOf(sql.getMessage()).contains("COUNTRY_REGION")
                            ? "error.country.unknownCode" : "error.link.missing");
                }
            }
            throw e;
        }
    }
}
