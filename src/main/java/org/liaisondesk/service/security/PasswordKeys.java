package org.liaisondesk.service.security;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys from the office's password: PBKDF2-HMAC-SHA256 with a random salt and OWASP's 2023 count,
 * so each guess at a stolen file costs a fraction of a second.
 */
public final class PasswordKeys {
    public static final int ITERATIONS = 600_000;

    private PasswordKeys() {}

    /** A 256-bit AES key. */
    public static SecretKeySpec aesKey(char[] password, byte[] salt, int iterations) {
        return new SecretKeySpec(derive(password, salt, iterations), "AES");
    }

    /**
     * The password H2 encrypts its file with: the derived key in hex. H2 cannot take a password
     * with spaces and strengthens it only lightly; this gives it neither problem.
     */
    static char[] filePassword(char[] password, byte[] salt, int iterations) {
        return HexFormat.of().formatHex(derive(password, salt, iterations)).toCharArray();
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }
}
