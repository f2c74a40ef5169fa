package org.liaisondesk.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.liaisondesk.service.SafeFile;

/**
 * The data folder's {@value #FILE}: how the database file's key is derived from the password (salt
 * and count), never the password or the key. Its presence says the data is encrypted. A change of
 * password writes the new one beside it ({@value #NEXT}) before the file is converted, so a program
 * stopped half-way still finds a key that opens what is on disk.
 */
public final class DataKey {
    public static final String FILE = "encryption.json";
    static final String NEXT = "encryption.next.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What {@value #FILE} holds. */
    record Params(String cipher, String kdf, int iterations, String salt) {
        char[] filePassword(char[] password) {
            return PasswordKeys.filePassword(password, HexFormat.of().parseHex(salt), iterations);
        }
    }

    private DataKey() {}

    public static boolean isOn(Path folder) { return Files.exists(folder.resolve(FILE)); }

    static Params current(Path folder) throws IOException { return read(folder.resolve(FILE)); }

    /** The key a change half-done left behind, or null. */
    static Params pending(Path folder) {
        try {
            return Files.exists(folder.resolve(NEXT)) ? read(folder.resolve(NEXT)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Params read(Path file) throws IOException { return JSON.readValue(file.toFile(), Params.class); }

    /** Writes new parameters as pending; {@link #commit} makes them current once the file is converted. */
    static Params prepare(Path folder) throws IOException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Params p = new Params("AES", "PBKDF2WithHmacSHA256", PasswordKeys.ITERATIONS, HexFormat.of().formatHex(salt));
        SafeFile.write(folder.resolve(NEXT), os -> os.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(p)));
        return p;
    }

    static void commit(Path folder) throws IOException {
        Files.move(folder.resolve(NEXT), folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The data is plain again. */
    static void remove(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(NEXT));
        Files.deleteIfExists(folder.resolve(FILE));
    }

    static void discardPending(Path folder) throws IOException { Files.deleteIfExists(folder.resolve(NEXT)); }
}
