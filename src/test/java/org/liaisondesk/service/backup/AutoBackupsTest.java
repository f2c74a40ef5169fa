package org.liaisondesk.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.OrganisationType;
import org.liaisondesk.domain.Tags;
import org.liaisondesk.service.Services;

class AutoBackupsTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 17, 0);
    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() { s = Services.open(dir.resolve("data")); }

    @AfterEach
    void close() { s.close(); }

    private long files() throws Exception {
        Path f = s.autoBackups().folder();
        if (!Files.exists(f)) return 0;
        try (Stream<Path> list = Files.list(f)) {
            return list.count();
        }
    }

    private void addOrganisation(String name) {
        s.organisations().create(new Organisation(null, name, null, null, null, OrganisationType.NGO, "LA", null, null,
                null, null, null, null, null, null, null, Tags.NONE, null, null));
    }

    @Test
    void backsUpDailyAndOnExitWhenSomethingChangedButNeverAnEmptyDatabase() throws Exception {
        AutoBackups auto = s.autoBackups();
        assertThat(auto.runIfDue(NOW, true)).as("nothing to lose yet").isEmpty();
        assertThat(auto.overdue(NOW)).isFalse();
        addOrganisation("第一个");
        assertThat(auto.overdue(NOW)).as("data and no backup").isTrue();
        assertThat(auto.runIfDue(NOW, false)).isPresent();
        assertThat(auto.folder()).isEqualTo(s.dataFolder().resolve("backups"));
        assertThat(auto.lastBackup()).contains(NOW);
        assertThat(auto.runIfDue(NOW.plusHours(2), false)).as("one a day while running").isEmpty();
        assertThat(auto.runIfDue(NOW.plusHours(3), true)).as("exit without changes").isEmpty();
        addOrganisation("第二个");
        assertThat(auto.runIfDue(NOW.plusHours(4), true)).as("exit after a change").isPresent();
        assertThat(auto.runIfDue(NOW.plusDays(1).plusHours(5), false)).as("a day later").isPresent();
        assertThat(files()).as("the newest of each day is kept").isEqualTo(2);
        assertThat(auto.overdue(NOW.plusDays(1 + 7).plusHours(5))).isFalse();
        assertThat(auto.overdue(NOW.plusDays(1 + 7).plusHours(6))).as("a week without a backup").isTrue();

        Path usb = dir.resolve("U盘");
        auto.chooseFolder(usb);
        addOrganisation("第三个");
        assertThat(auto.runIfDue(NOW.plusDays(2), true)).isPresent();
        try (Stream<Path> list = Files.list(usb)) {
            assertThat(list.toList()).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                    .isEqualTo("liaison-desk-auto-20261129-170000.zip"));
        }
    }

    @Test
    void keepsTheNewestOfEachOfFourteenDaysAndOfEachMonthForTwoYears() throws Exception {
        Path folder = s.autoBackups().folder();
        Files.createDirectories(folder);
        LocalDate today = NOW.toLocalDate();
        for (LocalDate d = LocalDate.of(2024, 9, 1); !d.isAfter(today); d = d.plusDays(1)) {
            Files.writeString(folder.resolve(AutoBackups.PREFIX + d.toString().replace("-", "") + "-090000.zip"), "x");
            Files.writeString(folder.resolve(AutoBackups.PREFIX + d.toString().replace("-", "") + "-180000.zip"), "x");
        }
        Files.writeString(folder.resolve("liaison-desk-before-restore-20240901-090000.zip"), "kept: not automatic");
        s.autoBackups().prune(today);
        try (Stream<Path> list = Files.list(folder)) {
            var names = list.map(p -> p.getFileName().toString()).sorted().toList();
            // 14 days (14–27 Nov 2026), plus the last day of each month from December 2024 to October 2026.
            assertThat(names).hasSize(14 + 23 + 1).contains("liaison-desk-auto-20261127-180000.zip",
                    "liaison-desk-auto-20261114-180000.zip", "liaison-desk-auto-20261031-180000.zip",
                    "liaison-desk-auto-20241231-180000.zip", "liaison-desk-before-restore-20240901-090000.zip")
                    .doesNotContain("liaison-desk-auto-20261113-180000.zip", "liaison-desk-auto-20261127-090000.zip",
                            "liaison-desk-auto-20241130-180000.zip");
        }
    }
}
