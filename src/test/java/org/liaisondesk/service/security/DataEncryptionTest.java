package org.liaisondesk.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.WrongPasswordException;
import org.liaisondesk.service.Services;

class DataEncryptionTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 9, 0);
    static final String PASSPORT = "C1234567";
    static final String NAME = "Nguyen Thi Hoa";
    static final char[] PASSWORD = "红河 Bridge 2026!".toCharArray();
    @TempDir Path dir;

    private Path data() { return dir.resolve("data"); }

    /** Files under the data folder holding the text as UTF-8 or UTF-16 (H2 may use either). */
    private List<Path> filesHolding(String text) throws IOException {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE));
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(f);
                if (needles.stream().anyMatch(n -> indexOf(b, n) >= 0)) found.add(f);
            }
        }
        return found;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    private long delegations(Services s) { return s.delegations().list(RecordFilter.ALL).size(); }

    @Test
    void withEncryptionOnNoPassportOrNameCanBeFoundInTheDatabaseFilesOrTheBackups() throws Exception {
        try (Services s = Services.open(data())) {
            s.sampleData().load(false);
            s.autoBackups().runIfDue(NOW, true);
        }
        // Unencrypted, both can be read straight from the files: the search below would find them.
        assertThat(filesHolding(PASSPORT)).isNotEmpty();
        assertThat(filesHolding(NAME)).isNotEmpty();

        long count;
        try (Services s = Services.open(data())) {
            count = delegations(s);
            assertThat(s.encryption().turnOn(PASSWORD)).isZero();
            assertThat(s.encryption().isOn()).isTrue();
            s.backups().backup(dir.resolve("manual.zip"), NOW);
            s.autoBackups().runIfDue(NOW.plusDays(2), true);
        }
        assertThat(filesHolding(PASSPORT)).isEmpty();
        assertThat(filesHolding(NAME)).isEmpty();
        assertThat(Files.readString(data().resolve(DataKey.FILE))).contains("PBKDF2").doesNotContain("Bridge");

        assertThatThrownBy(() -> Services.open(data()))
                .isInstanceOfSatisfying(WrongPasswordException.class, e -> assertThat(e.given()).isFalse());
        assertThatThrownBy(() -> Services.open(data(), "红河 bridge 2026!".toCharArray()))
                .isInstanceOfSatisfying(WrongPasswordException.class, e -> assertThat(e.given()).isTrue());
        try (Services s = Services.open(data(), PASSWORD)) {
            assertThat(delegations(s)).isEqualTo(count);
            // Every backup in the folder, the one made before encryption too, opens with the password.
            try (Stream<Path> files = Files.list(s.autoBackups().folder())) {
                for (Path f : files.toList()) {
                    assertThat(s.backups().inspect(f).sealed()).as(f.toString()).isTrue();
                    assertThat(s.backups().inspect(f).records()).isGreaterThan(90);
                }
            }
            assertThatThrownBy(() -> s.backups().inspect(dir.resolve("manual.zip"), "guess-guess".toCharArray()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.key()).isEqualTo("backup.error.password"));
        }
    }

    @Test
    void aChangedPasswordOpensTheDataAndTheBackupsAndTheOldOneNoLonger() throws Exception {
        char[] next = "另一个更长的密码-2027".toCharArray();
        try (Services s = Services.open(data())) {
            s.sampleData().load(false);
            s.encryption().turnOn(PASSWORD);
            s.autoBackups().runIfDue(NOW, true);
            s.backups().backup(dir.resolve("elsewhere.zip"), NOW);
            assertThatThrownBy(() -> s.encryption().change("not it at all".toCharArray(), next))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.key()).isEqualTo("encryption.error.current"));
            assertThatThrownBy(() -> s.encryption().change(PASSWORD, "short".toCharArray()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.key()).isEqualTo("encryption.error.weak"));
            assertThat(s.encryption().change(PASSWORD, next)).isZero();
        }
        assertThatThrownBy(() -> Services.open(data(), PASSWORD)).isInstanceOf(WrongPasswordException.class);
        try (Services s = Services.open(data(), next)) {
            assertThat(delegations(s)).isGreaterThan(3);
            try (Stream<Path> files = Files.list(s.autoBackups().folder())) {
                for (Path f : files.toList()) assertThat(s.backups().inspect(f).sealed()).isTrue();
            }
            // A backup kept elsewhere keeps the old password: it restores when that is given.
            assertThatThrownBy(() -> s.backups().inspect(dir.resolve("elsewhere.zip")))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.key()).isEqualTo("backup.error.password"));
            s.backups().restore(dir.resolve("elsewhere.zip"), PASSWORD, dir.resolve("safety"), NOW);
            assertThat(delegations(s)).isGreaterThan(3);
        }
    }

    @Test
    void turnedOffTheDataAndItsBackupsArePlainAgain() throws Exception {
        try (Services s = Services.open(data())) {
            s.sampleData().load(false);
            s.encryption().turnOn(PASSWORD);
            s.autoBackups().runIfDue(NOW, true);
            assertThatThrownBy(() -> s.encryption().turnOff("wrong password".toCharArray()))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(s.encryption().turnOff(PASSWORD)).isZero();
            assertThat(s.encryption().isOn()).isFalse();
        }
        assertThat(data().resolve(DataKey.FILE)).doesNotExist();
        try (Services s = Services.open(data())) {
            assertThat(delegations(s)).isGreaterThan(3);
            try (Stream<Path> files = Files.list(s.autoBackups().folder())) {
                for (Path f : files.toList()) {
                    try (ZipFile z = new ZipFile(f.toFile())) {
                        assertThat(z.getEntry("manifest.json")).isNotNull();
                    }
                }
            }
        }
    }

    @Test
    void aPasswordChangeStoppedHalfWayStillOpensWithTheNewPassword() throws Exception {
        char[] next = "the-new-password-9".toCharArray();
        try (Services s = Services.open(data())) {
            s.sampleData().load(false);
            s.encryption().turnOn(PASSWORD);
            // What change() does, stopped after the file is converted and before the key file moves.
            DataKey.Params pending = DataKey.prepare(data());
            s.encryption().database().rekey(pending.filePassword(next));
        }
        assertThat(data().resolve(DataKey.NEXT)).exists();
        try (Services s = Services.open(data(), next)) {
            assertThat(delegations(s)).isGreaterThan(3);
        }
        assertThat(data().resolve(DataKey.NEXT)).doesNotExist();
        try (Services s = Services.open(data(), next)) {
            assertThat(s.encryption().isOn()).isTrue();
        }
    }
}
