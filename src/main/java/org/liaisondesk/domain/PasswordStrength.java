package org.liaisondesk.domain;

/**
 * How hard a password is to guess, judged on its length and the kinds of characters in it. A
 * password shorter than {@value #MIN_LENGTH} is refused; a long phrase of plain words is strong.
 */
public enum PasswordStrength {
    TOO_SHORT, WEAK, FAIR, STRONG;

    public static final int MIN_LENGTH = 8;

    public static PasswordStrength of(char[] password) {
        if (password == null || password.length < MIN_LENGTH) return TOO_SHORT;
        boolean lower = false, upper = false, digit = false, other = false, han = false;
        int distinct = (int) new String(password).chars().distinct().count();
        for (char c : password) {
            if (Character.isIdeographic(c)) han = true;
            else if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c)) upper = true;
            else if (Character.isDigit(c)) digit = true;
            else other = true;
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0)
                + (han ? 3 : 0); // one of thousands of characters: a guess costs far more
        // "aaaaaaaa" or "12121212" are long but guessed at once.
        if (distinct < 5) return WEAK;
        int score = kinds + (password.length >= 12 ? 1 : 0) + (password.length >= 16 ? 2 : 0);
        if (score >= 4) return STRONG;
        return score >= 3 ? FAIR : WEAK;
    }

    /** Good enough to turn encryption on. */
    public boolean acceptable() { return this != TOO_SHORT; }
}
