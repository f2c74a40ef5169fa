package org.liaisondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisondesk.ui.form.Fill.choose;
import static org.liaisondesk.ui.form.Fill.type;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.organisations.OrganisationFormViewModel;

/** A disk that fills up while the office types: a clear message, the edit kept, nothing half-written. */
class DiskFullTest {
    @TempDir Path dir;

    @AfterEach
    void putBack() { FullDisk.remove(); }

    @Test
    void aSaveOnAFullDiskSaysSoKeepsTheEditAndSavesOnceThereIsRoom() {
        FullDisk.install();
        Path data = dir.resolve("data");
        List<Long> saved = new ArrayList<>();
        long before;
        try (Services s = Services.open(data)) {
            s.sampleData().load(false);
            before = s.organisations().count(RecordFilter.ALL);
            OrganisationFormViewModel form = new OrganisationFormViewModel(s, null, false, Locale.SIMPLIFIED_CHINESE,
                    TaskRunner.INLINE, saved::add);
            type(form, "name", "磁盘满时新建的单位");
            choose(form, "type", "NGO");
            choose(form, "country", "LA");

            FullDisk.full = true;
            form.save();
            assertThat(saved).isEmpty();
            assertThat(form.messageProperty().get()).startsWith("无法写入数据文件夹").contains("No space left on device",
                    "没有保存", "仍在屏幕上");
            assertThat(form.dirtyProperty().get()).as("the edit is still there").isTrue();
            assertThat(form.canSaveProperty().get()).isTrue();

            FullDisk.full = false;
            form.save(); // H2 closed the database after the failed write; it opens again by itself
            assertThat(saved).hasSize(1);
            assertThat(s.organisations().count(RecordFilter.ALL)).isEqualTo(before + 1);
        }
        try (Services s = Services.open(data)) {
            assertThat(s.organisations().list(RecordFilter.ALL.withText("磁盘满时"))).hasSize(1);
            assertThat(s.organisations().count(RecordFilter.ALL)).isEqualTo(before + 1);
        }
    }

    @Test
    void aWriteThatFailsMidImportLeavesNoPartOfIt() throws Exception {
        FullDisk.install();
        Path data = dir.resolve("data");
        Path csv = dir.resolve("orgs.csv");
        StringBuilder rows = new StringBuilder("name_zh,type,country\n");
        for (int i = 0; i < 2000; i++) rows.append("导入单位").append(i).append(",NGO,LA\n");
        java.nio.file.Files.writeString(csv, rows);
        long before;
        try (Services s = Services.open(data)) {
            s.sampleData().load(false);
            before = s.organisations().count(RecordFilter.ALL);
            FullDisk.full = true;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.importCsv("organizations", csv,
                    java.nio.charset.StandardCharsets.UTF_8, ',', org.liaisondesk.service.csv.RecordCsv.OnDuplicate.SKIP,
                    false, false, fraction -> true, java.util.Map.of()))
                    .satisfies(t -> assertThat(org.liaisondesk.service.Failures.describe(Locale.ENGLISH, t, data))
                            .startsWith("The data folder").contains("could not be written"));
            FullDisk.full = false;
        }
        try (Services s = Services.open(data)) {
            assertThat(s.organisations().count(RecordFilter.ALL)).isEqualTo(before);
        }
    }

    @Test
    void aFailedWriteIsRecognisedWhetherH2KeepsItsCauseOrOnlyItsMessage() {
        var withCause = new java.sql.SQLException("General error", "HY000", 50000,
                new IllegalStateException("Writing failed", new java.io.IOException("No space left on device")));
        var messageOnly = new java.sql.SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to"
                + " /data/liaison.mv.db failed; length 229376 at 151552 [2.5.252/2]\" [50000-252]", "HY000", 50000);
        var corrupt = new java.sql.SQLException("General error: \"File corrupted in chunk 5 [2.5.252/6]\"", "HY000", 50000);
        assertThat(Database.isStorageFailure(withCause)).isTrue();
        assertThat(Database.storageReason(withCause)).isEqualTo("No space left on device");
        assertThat(Database.isStorageFailure(messageOnly)).isTrue();
        assertThat(Database.storageReason(messageOnly)).isEqualTo("Writing to /data/liaison.mv.db failed");
        assertThat(Database.isStorageFailure(corrupt)).isFalse();
        assertThat(Database.isStorageFailure(new java.sql.SQLException("Value too long", "22001", 22001))).isFalse();
    }
}
