package org.liaisondesk.domain;

import java.math.BigDecimal;

/** Numbers as people type them: "12,000", "1 200.50", "３００" (full-width digits from Chinese input methods). */
public final class Numbers {
    private Numbers() {}

    /** Full-width digits, as Chinese input methods type them, as ASCII digits. */
    public static String halfWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        return b.toString();
    }

    /** @return null for blank text; throws {@code error.number} when it is not a number */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) return null;
        StringBuilder b = new StringBuilder();
        for (char c : halfWidth(text.strip()).toCharArray()) {
            if (c == '，' || c == ',' || c == ' ' || c == '\u00a0' || c == '_') continue;
            else if (c == '．') b.append('.');
            else b.append(c);
        }
        try {
            return new BigDecimal(b.toString());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.number", text.strip());
        }
    }

    /** A whole number; throws {@code error.number.whole} for a fraction or one too large. */
    public static Integer parseWhole(String text) {
        BigDecimal d = parse(text);
        if (d == null) return null;
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("error.number.whole", text.strip());
        }
    }
}
