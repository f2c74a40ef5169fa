package org.liaisondesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.TaskRunner;

class BackupsViewModelTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 9, 15);
    @TempDir Path dir;
    Services s;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    int changed;

    @BeforeEach
    void open() {
        s = Services.open(dir.resolve("data"));
        s.sampleData().load(false);
    }

    @AfterEach
    void close() { s.close(); }

    private BackupsViewModel vm() {
        return new BackupsViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs, () -> NOW, () -> changed++);
    }

    @Test
    void backUpNowThenRestoreAfterSayingWhatTheBackupHolds() throws Exception {
        BackupsViewModel vm = vm();
        assertThat(vm.lastProperty().get()).isEqualTo("尚未备份过。");
        assertThat(vm.overdueProperty().get()).isTrue();
        dialogs.saveTo = dir.resolve("周五备份");
        vm.backupNow();
        assertThat(dir.resolve("周五备份.zip")).exists();
        assertThat(vm.statusProperty().get()).startsWith("已备份到").contains("并已核对");
        assertThat(vm.lastProperty().get()).isEqualTo("上次备份：2026-11-27 09:15");
        assertThat(vm.overdueProperty().get()).isFalse();

        s.organisations().delete(s.organisations().list(RecordFilter.ALL.withText("香港")).get(0).id());
        dialogs.files = List.of(dir.resolve("周五备份.zip"));
        dialogs.answer = false;
        vm.restore();
        assertThat(dialogs.shown).last().asString().contains("制作时间：2026-11-27 09:15", "确定恢复吗");
        assertThat(s.organisations().list(RecordFilter.ALL.withText("香港"))).as("declined: nothing restored").isEmpty();
        dialogs.answer = true;
        vm.restore();
        assertThat(s.organisations().list(RecordFilter.ALL.withText("香港"))).hasSize(1);
        assertThat(changed).isEqualTo(1);
        assertThat(dialogs.shown).last().asString().contains("恢复前的数据已备份在");
    }

    @Test
    void aFileThatIsNoBackupIsRefusedWithItsName() throws Exception {
        Files.writeString(dir.resolve("照片.zip"), "not a zip");
        dialogs.files = List.of(dir.resolve("照片.zip"));
        vm().restore();
        assertThat(dialogs.shown).singleElement().asString().startsWith("error: ").contains("照片.zip", "不是外联工作台的备份文件");
    }
}
