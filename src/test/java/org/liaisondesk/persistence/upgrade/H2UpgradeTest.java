package org.liaisondesk.persistence.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.DataFileFormatException;
import org.liaisondesk.service.Services;
import org.liaisondesk.testing.Exports;

/**
 * How a database moves from one H2 version to another (see ARCHITECTURE.md, "Upgrading H2"):
 * a file written by an older H2 opens directly while the file format is unchanged; when it is not,
 * the program says so and the backup (a plain SQL script) carries the data across.
 */
class H2UpgradeTest {
    @TempDir Path dir;

    private static Path oldH2() throws Exception {
        try (Stream<Path> jars = Files.list(Path.of("target", "old-h2"))) {
            return jars.filter(p -> p.getFileName().toString().startsWith("h2-2.3")).findFirst().orElseThrow();
        }
    }

    /** Runs {@link OldEngineProgram} with the older H2 in place of ours. */
    private String runOnOldEngine(Path data, Path backup) throws Exception {
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).getFileName().toString().startsWith("h2-") ? oldH2().toAbsolutePath().toString() : entry);
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                String.join(File.pathSeparator, classPath), OldEngineProgram.class.getName(), data.toString(), backup.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void aDatabaseWrittenByAnOlderH2OpensDirectlyAndItsBackupRestoresIdentically() throws Exception {
        Path old = dir.resolve("old");
        Path backup = dir.resolve("made-by-old.zip");
        assertThat(runOnOldEngine(old, backup)).contains("h2=2.3.232");
        Map<String, String> direct;
        try (Services s = Services.open(old)) {
            direct = Exports.of(s, dir, "direct");
        }
        assertThat(direct.get("organizations")).contains("云南省妇女联合会");
        try (Services s = Services.open(dir.resolve("fresh"))) {
            s.backups().restore(backup, dir.resolve("safety"), LocalDateTime.now());
            assertThat(Exports.of(s, dir, "restored")).isEqualTo(direct);
        }
    }

    @Test
    void aFileOfAFormatWeCannotReadIsRefusedUntouchedAndTheBackupCarriesItsDataAcross() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("last.zip");
        Map<String, String> before;
        try (Services s = Services.open(data)) {
            s.sampleData().load(false);
            before = Exports.of(s, dir, "before");
            s.backups().backup(backup, LocalDateTime.now());
        }
        // As a newer H2 with a new file format would leave it.
        Path file = data.resolve("liaison.mv.db");
        FutureFormat.mark(file);
        byte[] unreadable = Files.readAllBytes(file);
        assertThatThrownBy(() -> Services.open(data)).isInstanceOf(DataFileFormatException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(unreadable);

        Services.SetAside aside = Services.openSetAside(data, null, LocalDateTime.of(2026, 11, 28, 9, 30));
        try (Services s = aside.services()) {
            assertThat(aside.oldFile()).hasFileName("liaison-20261128-093000.mv.db.set-aside");
            assertThat(Files.readAllBytes(aside.oldFile())).isEqualTo(unreadable);
            s.backups().restore(backup, dir.resolve("safety"), LocalDateTime.now());
            assertThat(Exports.of(s, dir, "after")).isEqualTo(before);
        }
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                    .contains("liaison.mv.db", "liaison-20261128-093000.mv.db.set-aside");
        }
    }
}
