package org.liaisondesk.domain;

/**
 * Sensitive data as it may be shown: passport numbers only by their last four characters, dates of
 * birth only by their year (the editor shows them whole).
 */
public final class Sensitive {
    private Sensitive() {}

    /** True for a number as {@link #mask} shows it: such a value from a file is never taken for a real one. */
    public static boolean isMasked(String passport) { return passport != null && passport.startsWith("•"); }

    public static String mask(String passport) {
        if (passport == null || passport.isBlank()) return "";
        int keep = Math.min(4, passport.length());
        return "•".repeat(passport.length() - keep) + passport.substring(passport.length() - keep);
    }

    /** A date of birth as shown outside its editor: the year, the rest hidden ("1975-••-••"). */
    public static String maskBirth(PartialDate born) {
        if (born == null) return "";
        return born.year() + (born.precision() == PartialDate.Precision.YEAR ? "" : "-••-••");
    }
}
