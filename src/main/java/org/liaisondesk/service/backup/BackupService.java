package org.liaisondesk.service.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.zip.ZipFile;
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
    private final ObjectMapper json = new ObjectMapper();

    public BackupService(Database database, Runnable changed) {
        this.database = database;
        this.dataFolder = database.folder();
        this.changed = changed;
    }

    /**
     * Writes a backup to {@code out} and checks it (checksums, and the script loaded into a scratch
     * database gives the same rows).
     *
     * @throws InvalidInputException {@code backup.error.write} when it cannot be written or does not check out
     */
    public synchronized BackupInfo backup(Path out, LocalDateTime now) {
        Path work = null;
        try {
            work = Files.createTempDirectory("liaison-backup-");
            Path script = work.resolve(SCRIPT);
            database.scriptTo(script);
            Map<String, Long> rows = database.rowCounts();
            Map<String, String> files = new LinkedHashMap<>();
            files.put(SCRIPT, sha256(script));
            List<Path> stored = attachments();
            for (Path a : stored) files.put(ATTACHMENTS + dataFolder.resolve("attachments").relativize(a).toString()
                    .replace('\\', '/'), sha256(a));
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION,
                    AppVersion.version(), database.schemaVersion(), now.withNano(0).toString(), rows, files);
            SafeFile.write(out, os -> zip(os, script, stored, manifest));
            BackupInfo info = inspect(out);
            if (!info.rows().equals(rows)) throw new IOException("the written backup does not hold the same rows");
            return info;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException i && i.key().equals("backup.error.write")) throw i;
            throw new InvalidInputException("backup.error.write", out, String.valueOf(e.getMessage()));
        } finally {
            delete(work);
        }
    }

    private void zip(OutputStream os, Path script, List<Path> stored, BackupManifest manifest) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(os);
        zip.setLevel(6);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(SCRIPT));
        Files.copy(script, zip);
        zip.closeEntry();
        Path root = dataFolder.resolve("attachments");
        for (Path a : stored) {
            zip.putNextEntry(new ZipEntry(ATTACHMENTS + root.relativize(a).toString().replace('\\', '/')));
            Files.copy(a, zip);
            zip.closeEntry();
        }
        zip.finish();
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

    /**
     * Reads and checks a backup without changing anything: it must be a zip with our manifest,
     * every entry must match its checksum, and its script must load into a scratch database with
     * the rows the manifest names.
     *
     * @throws InvalidInputException {@code backup.error.notBackup}, {@code backup.error.corrupt} or
     *         {@code backup.error.newer}
     */
    public BackupInfo inspect(Path file) {
        if (!Files.isRegularFile(file)) throw new InvalidInputException("backup.error.missing", file);
        Path work = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry m = zip.getEntry(MANIFEST);
            if (m == null) throw new InvalidInputException("backup.error.notBackup", file);
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(m)) {
                manifest = json.readValue(in, BackupManifest.class);
            } catch (IOException e) {
                throw new InvalidInputException("backup.error.notBackup", file);
            }
            if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.files() == null || manifest.rows() == null) {
                throw new InvalidInputException("backup.error.notBackup", file);
            }
            if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION
                    || manifest.schemaVersion() > Database.SCHEMA_VERSION) {
                throw new InvalidInputException("backup.error.newer", file, manifest.appVersion());
            }
            work = Files.createTempDirectory("liaison-check-");
            int attachments = 0;
            for (Map.Entry<String, String> f : manifest.files().entrySet()) {
                String name = f.getKey();
                if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
                    throw new InvalidInputException("backup.error.corrupt", file, name);
                }
                ZipEntry e = zip.getEntry(name);
                if (e == null) throw new InvalidInputException("backup.error.corrupt", file, name);
                String sum;
                if (name.equals(SCRIPT)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, work.resolve(SCRIPT));
                    }
                    sum = sha256(work.resolve(SCRIPT));
                } else {
                    attachments++;
                    try (InputStream in = zip.getInputStream(e)) {
                        sum = sha256(in);
                    }
                }
                if (!sum.equals(f.getValue())) throw new InvalidInputException("backup.error.corrupt", file, name);
            }
            if (!Files.exists(work.resolve(SCRIPT))) throw new InvalidInputException("backup.error.corrupt", file, SCRIPT);
            Map<String, Long> loaded;
            try {
                loaded = Database.rowCounts(work.resolve(SCRIPT));
            } catch (IllegalStateException e) {
                throw new InvalidInputException("backup.error.corrupt", file, SCRIPT);
            }
            loaded.remove("");
            if (!loaded.equals(manifest.rows())) throw new InvalidInputException("backup.error.corrupt", file, SCRIPT);
            return new BackupInfo(file, LocalDateTime.parse(manifest.createdAt()), manifest.appVersion(),
                    manifest.schemaVersion(), Map.copyOf(manifest.rows()), attachments, Files.size(file));
        } catch (ZipException e) {
            throw new InvalidInputException("backup.error.notBackup", file);
        } catch (IOException e) {
            throw new InvalidInputException("backup.error.read", file, String.valueOf(e.getMessage()));
        } finally {
            delete(work);
        }
    }

    /** What a restore did: the backup it restored, and the safety backup of what was there before. */
    public record Restored(BackupInfo from, BackupInfo safety, Map<String, Long> rows) {}

    /**
     * Replaces the data with the backup's: checks it completely first (a bad file changes nothing),
     * then backs up the current data into {@code safetyFolder}, then restores database and
     * attachments; a backup of an older schema is migrated.
     */
    public synchronized Restored restore(Path file, Path safetyFolder, LocalDateTime now) {
        BackupInfo info = inspect(file);
        BackupInfo safety = backup(safetyFolder.resolve("liaison-desk-before-restore-" + now.format(STAMP) + ".zip"), now);
        Path work = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            work = Files.createTempDirectory("liaison-restore-");
            Path script = work.resolve(SCRIPT);
            try (InputStream in = zip.getInputStream(zip.getEntry(SCRIPT))) {
                Files.copy(in, script);
            }
            Path root = dataFolder.resolve("attachments");
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().startsWith(ATTACHMENTS) || e.isDirectory()) continue;
                Path target = root.resolve(e.getName().substring(ATTACHMENTS.length())).normalize();
                if (!target.startsWith(root) || Files.exists(target)) continue;
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    SafeFile.write(target, os -> in.transferTo(os));
                }
            }
            database.replaceWith(script);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("backup.error.restore", file, String.valueOf(e.getMessage()),
                    safety.file());
        } finally {
            delete(work);
            changed.run();
        }
        return new Restored(info, safety, database.rowCounts());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream din = new DigestInputStream(in, d)) {
                din.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary folder left behind harms nothing
        }
    }
}
