package org.liaisondesk.service.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.util.HashMap;
import java.util.function.Supplier;
import java.util.zip.ZipInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.persistence.Database;
import org.liaisondesk.service.AppVersion;
import org.liaisondesk.service.SafeFile;

/**
 * Backups of one data folder: a zip holding the database as a portable SQL script, the stored
 * attachments and a manifest with checksums. Every backup is checked after it is written; a
 * restore checks the file completely, keeps a safety backup of the current data, and only then
 * replaces it.
 */
public final class BackupService {
    static final String SCRIPT = "database.sql";
    static final String MANIFEST = "manifest.json";
    static final String ATTACHMENTS = "attachments/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Database database;
    private final Path dataFolder;
    private final Runnable changed;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Supplier<char[]> password;

    public BackupService(Database database, Runnable changed, Supplier<char[]> password) {
        this.database = database;
        this.dataFolder = database.folder();
        this.changed = changed;
        this.password = password;
    }

    /**
     * Writes a backup to {@code out} and checks it (checksums, and the script loaded into a scratch
     * database gives the same rows). When the data is encrypted, so is the backup, with the same
     * password ({@link Sealed}); nothing unencrypted is written on the way.
     *
     * @throws InvalidInputException {@code backup.error.write} when it cannot be written or does not check out
     */
    public synchronized BackupInfo backup(Path out, LocalDateTime now) {
        char[] key = password.get();
        try {
            Map<String, Long> rows = database.rowCounts();
            SafeFile.write(out, os -> zip(key == null ? os : Sealed.seal(os, key), rows, now));
            BackupInfo info = inspect(out, key);
            if (!info.rows().equals(rows)) throw new IOException("the written backup does not hold the same rows");
            return info;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException i && i.key().equals("backup.error.write")) throw i;
            throw new InvalidInputException("backup.error.write", out, String.valueOf(e.getMessage()));
        }
    }

    // The manifest goes last: it holds the checksums of what streamed before it.
    private void zip(OutputStream os, Map<String, Long> rows, LocalDateTime now) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(os);
        zip.setLevel(6);
        Map<String, String> files = new LinkedHashMap<>();
        zip.putNextEntry(new ZipEntry(SCRIPT));
        MessageDigest sha = digest();
        database.scriptTo(new DigestOutputStream(shield(zip), sha));
        files.put(SCRIPT, HexFormat.of().formatHex(sha.digest()));
        zip.closeEntry();
        Path root = dataFolder.resolve("attachments");
        for (Path a : attachments()) {
            String name = ATTACHMENTS + root.relativize(a).toString().replace('\\', '/');
            zip.putNextEntry(new ZipEntry(name));
            sha = digest();
            Files.copy(a, new DigestOutputStream(shield(zip), sha));
            files.put(name, HexFormat.of().formatHex(sha.digest()));
            zip.closeEntry();
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION,
                AppVersion.version(), database.schemaVersion(), now.withNano(0).toString(), rows, files);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.close();
    }

    /** The stored copies of attachments (content-addressed files), not half-added ones. */
    private List<Path> attachments() throws IOException {
        Path root = dataFolder.resolve("attachments");
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".part"))
                    .sorted().toList();
        }
    }

    /** Checks a backup with the data's own password (see {@link #inspect(Path, char[])}). */
    public BackupInfo inspect(Path file) { return inspect(file, password.get()); }

    /** {@link #check}: a backup checked without changing anything. */
    public BackupInfo inspect(Path file, char[] key) { return check(file, key); }

    /**
     * Reads and checks a backup without changing anything: it must be a zip with our manifest,
     * every entry must match its checksum, and its script must load into a scratch database with
     * the rows the manifest names. An encrypted one is opened with {@code key}. Needs no open data
     * folder (a restore into a folder whose database cannot be read checks the backup first).
     *
     * @throws InvalidInputException {@code backup.error.notBackup}, {@code backup.error.corrupt},
     *         {@code backup.error.newer} or {@code backup.error.password}
     */
    public static BackupInfo check(Path file, char[] key) {
        if (!Files.isRegularFile(file)) throw new InvalidInputException("backup.error.missing", file);
        Map<String, String> sums = new HashMap<>();
        Map<String, Long> loaded = null;
        BackupManifest manifest = null;
        boolean sealed;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            sealed = Sealed.isSealed(raw);
            ZipInputStream zip = new ZipInputStream(open(raw, sealed, key, file));
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.equals(MANIFEST)) {
                    manifest = manifest(zip.readAllBytes(), file);
                } else if (name.equals(SCRIPT)) {
                    MessageDigest sha = digest();
                    DigestInputStream in = new DigestInputStream(shield(zip), sha);
                    try {
                        loaded = Database.rowCounts(new InputStreamReader(in, StandardCharsets.UTF_8));
                    } catch (RuntimeException bad) {
                        // H2 reports a script cut short by an unchecked exception of its own
                        loaded = null;
                    }
                    in.transferTo(OutputStream.nullOutputStream());
                    sums.put(SCRIPT, HexFormat.of().formatHex(sha.digest()));
                } else {
                    sums.put(name, sha256(shield(zip)));
                }
            }
        } catch (Sealed.WrongKeyException e) {
            throw new InvalidInputException("backup.error.password", file);
        } catch (ZipException | java.io.EOFException e) {
            // not a zip, or one cut short
            throw new InvalidInputException("backup.error.notBackup", file);
        } catch (IOException e) {
            throw new InvalidInputException("backup.error.read", file, String.valueOf(e.getMessage()));
        }
        if (manifest == null) throw new InvalidInputException("backup.error.notBackup", file);
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION || manifest.schemaVersion() > Database.SCHEMA_VERSION) {
            throw new InvalidInputException("backup.error.newer", file, manifest.appVersion());
        }
        int attachments = 0;
        for (Map.Entry<String, String> f : manifest.files().entrySet()) {
            String name = f.getKey();
            if (name.contains("..") || name.startsWith("/") || name.contains("\\") || !f.getValue().equals(sums.get(name))) {
                throw new InvalidInputException("backup.error.corrupt", file, name);
            }
            if (name.startsWith(ATTACHMENTS)) attachments++;
        }
        if (loaded == null || !manifest.files().containsKey(SCRIPT)) throw new InvalidInputException("backup.error.corrupt", file, SCRIPT);
        loaded.remove("");
        if (!loaded.equals(manifest.rows())) throw new InvalidInputException("backup.error.corrupt", file, SCRIPT);
        try {
            return new BackupInfo(file, LocalDateTime.parse(manifest.createdAt()), manifest.appVersion(),
                    manifest.schemaVersion(), Map.copyOf(manifest.rows()), attachments, Files.size(file), sealed);
        } catch (IOException | java.time.DateTimeException e) {
            throw new InvalidInputException("backup.error.notBackup", file);
        }
    }

    private static BackupManifest manifest(byte[] bytes, Path file) {
        try {
            BackupManifest m = JSON.readValue(bytes, BackupManifest.class);
            if (BackupManifest.FORMAT.equals(m.format()) && m.files() != null && m.rows() != null && m.createdAt() != null) return m;
        } catch (IOException e) {
            // not ours
        }
        throw new InvalidInputException("backup.error.notBackup", file);
    }

    private static InputStream open(InputStream raw, boolean sealed, char[] key, Path file) throws IOException {
        if (!sealed) return raw;
        if (key == null) throw new InvalidInputException("backup.error.password", file);
        return Sealed.open(raw, key);
    }

    /** What a restore did: the backup it restored, and the safety backup of what was there before. */
    public record Restored(BackupInfo from, BackupInfo safety, Map<String, Long> rows) {}

    /** Restores a backup made with the data's own password (see {@link #restore(Path, char[], Path, LocalDateTime)}). */
    public Restored restore(Path file, Path safetyFolder, LocalDateTime now) {
        return restore(file, password.get(), safetyFolder, now);
    }

    /**
     * Replaces the data with the backup's: checks it completely first (a bad file changes nothing),
     * then backs up the current data into {@code safetyFolder}, then restores database and
     * attachments; a backup of an older schema is migrated. An encrypted backup opens with {@code key}.
     */
    public synchronized Restored restore(Path file, char[] key, Path safetyFolder, LocalDateTime now) {
        BackupInfo info = inspect(file, key);
        BackupInfo safety = backup(safetyFolder.resolve("liaison-desk-before-restore-" + now.format(STAMP) + ".zip"), now);
        Path root = dataFolder.resolve("attachments");
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            ZipInputStream zip = new ZipInputStream(open(raw, info.sealed(), key, file));
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(SCRIPT)) {
                    database.replaceWith(new InputStreamReader(shield(zip), StandardCharsets.UTF_8));
                } else if (e.getName().startsWith(ATTACHMENTS) && !e.isDirectory()) {
                    Path target = root.resolve(e.getName().substring(ATTACHMENTS.length())).normalize();
                    if (!target.startsWith(root) || Files.exists(target)) continue;
                    Files.createDirectories(target.getParent());
                    SafeFile.write(target, os -> shield(zip).transferTo(os));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("backup.error.restore", file, String.valueOf(e.getMessage()), safety.file());
        } finally {
            changed.run();
        }
        return new Restored(info, safety, database.rowCounts());
    }

    /**
     * Rewrites a backup under another key: {@code from} opens it (null: it is not encrypted), {@code to}
     * seals it (null: leave it unencrypted). Through a temporary file, so a failure leaves it as it was.
     *
     * @return false when {@code from} does not open it (it was sealed with another password)
     */
    public static boolean reseal(Path file, char[] from, char[] to) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            boolean sealed = Sealed.isSealed(raw);
            if (sealed && from == null) return false;
            if (!sealed && to == null) return true;
            InputStream in = sealed ? Sealed.open(raw, from) : raw;
            SafeFile.write(file.resolveSibling(file.getFileName() + ".resealed"), os -> {
                try (OutputStream out = to == null ? os : Sealed.seal(os, to)) {
                    in.transferTo(out);
                }
            });
        } catch (Sealed.WrongKeyException e) {
            return false;
        }
        Files.move(file.resolveSibling(file.getFileName() + ".resealed"), file, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** A view of a stream that leaves it open when closed (zip entries are read and written in turn). */
    private static InputStream shield(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override public void close() {}
        };
    }

    private static OutputStream shield(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void close() throws IOException { flush(); }
        };
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest d = digest();
        try (DigestInputStream din = new DigestInputStream(in, d)) {
            din.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
