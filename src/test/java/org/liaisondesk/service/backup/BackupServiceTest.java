package org.liaisondesk.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.OrganisationType;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.Tags;
import org.liaisondesk.persistence.Database;
import org.liaisondesk.service.Services;
import org.liaisondesk.testing.Exports;

class BackupServiceTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 18, 30);
    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() throws Exception {
        s = Services.open(dir.resolve("data"));
        s.sampleData().load(false);
        Path photo = dir.resolve("合影.jpg");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        long first = s.organisations().list(RecordFilter.ALL).get(0).id();
        s.attachments().add(org.liaisondesk.domain.RecordKind.ORGANISATION, first, photo);
    }


    @AfterEach
    void close() { s.close(); }

    @Test
    void backupChangeRestoreGivesIdenticalExportsOfEveryRecordType() throws Exception {
        Map<String, String> before = Exports.of(s, dir, "before");
        Path zip = dir.resolve("backup.zip");
        BackupInfo info = s.backups().backup(zip, NOW);
        assertThat(info.records()).isGreaterThan(90);
        assertThat(info.attachments()).isEqualTo(1);
        assertThat(info.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);

        s.organisations().delete(s.organisations().list(RecordFilter.ALL.withText("香港")).get(0).id());
        s.organisations().create(new Organisation(null, "备份之后新建", null, null, null, OrganisationType.NGO, "LA", null,
                null, null, null, null, null, null, null, null, Tags.NONE, null, null));
        assertThat(Exports.of(s, dir, "changed").get("organizations")).isNotEqualTo(before.get("organizations"));

        BackupService.Restored r = s.backups().restore(zip, dir.resolve("safety"), NOW.plusHours(1));
        assertThat(r.safety().file()).exists().hasFileName("liaison-desk-before-restore-20261127-193000.zip");
        Map<String, String> after = Exports.of(s, dir, "after");
        for (String type : Exports.TYPES) assertThat(after.get(type)).as(type).isEqualTo(before.get(type));
        assertThat(r.rows()).isEqualTo(info.rows());
        // The safety backup holds the changed data and restores it just as well.
        assertThat(s.backups().inspect(r.safety().file()).rows().get("organisation"))
                .isEqualTo(info.rows().get("organisation"));
    }

    @Test
    void aDamagedForeignOrMissingFileIsRefusedAndNothingChanges() throws Exception {
        Path zip = dir.resolve("backup.zip");
        s.backups().backup(zip, NOW);
        Map<String, String> before = Exports.of(s, dir, "before");

        Path damaged = dir.resolve("damaged.zip");
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] b = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(BackupService.SCRIPT)) b[b.length / 2] ^= 0x01; // one bit flipped
                out.write(b);
                out.closeEntry();
            }
        }
        assertRefused(damaged, "backup.error.corrupt");
        Path truncated = dir.resolve("truncated.zip");
        byte[] whole = Files.readAllBytes(zip);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefused(truncated, "backup.error.notBackup");
        Path foreign = dir.resolve("foreign.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(foreign))) {
            out.putNextEntry(new ZipEntry("photos/a.jpg"));
            out.write(1);
        }
        assertRefused(foreign, "backup.error.notBackup");
        Files.writeString(dir.resolve("notes.zip"), "not a zip at all");
        assertRefused(dir.resolve("notes.zip"), "backup.error.notBackup");
        assertRefused(dir.resolve("nowhere.zip"), "backup.error.missing");

        Map<String, String> after = Exports.of(s, dir, "after");
        for (String type : Exports.TYPES) assertThat(after.get(type)).as(type).isEqualTo(before.get(type));
        assertThat(dir.resolve("safety")).doesNotExist();
    }

    private void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> s.backups().restore(file, dir.resolve("safety"), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void aBackupOfAnOlderSchemaIsMigratedOnRestore() throws Exception {
        // A database as version 5 of the schema left it, with one organisation, backed up by hand.
        String url = "jdbc:h2:file:" + dir.resolve("old").toAbsolutePath().resolve("liaison");
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:org/liaisondesk/persistence/db/migration")
                .target("5").load().migrate();
        Path script = dir.resolve(BackupService.SCRIPT);
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.execute("INSERT INTO organisation (name_zh, type, country) VALUES ('旧版单位', 'NGO', 'VN')");
            st.execute("SCRIPT NOPASSWORDS NOSETTINGS TO '" + script.toAbsolutePath() + "' CHARSET 'UTF-8'");
        }
        Map<String, Long> rows = Database.rowCounts(Files.newBufferedReader(script));
        assertThat(rows.get("")).isEqualTo(5L);
        rows.remove("");
        BackupManifest m = new BackupManifest(BackupManifest.FORMAT, 1, "0.0.9", 5, NOW.minusYears(1).toString(), rows,
                Map.of(BackupService.SCRIPT, BackupService.sha256(script)));
        Path zip = dir.resolve("old.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(BackupService.MANIFEST));
            out.write(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(m));
            out.putNextEntry(new ZipEntry(BackupService.SCRIPT));
            out.write(Files.readAllBytes(script));
        }
        assertThat(s.backups().inspect(zip).schemaVersion()).isEqualTo(5);
        s.backups().restore(zip, dir.resolve("safety"), NOW);
        assertThat(s.organisations().list(RecordFilter.ALL)).extracting(Organisation::nameZh).containsExactly("旧版单位");
        assertThat(s.backups().inspect(s.backups().backup(dir.resolve("again.zip"), NOW).file()).schemaVersion())
                .isEqualTo(Database.SCHEMA_VERSION);
    }
}
