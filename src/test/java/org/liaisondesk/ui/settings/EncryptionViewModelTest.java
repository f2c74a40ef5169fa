package org.liaisondesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.PasswordStrength;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.PasswordForm;
import org.liaisondesk.ui.common.TaskRunner;

class EncryptionViewModelTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 10, 0);
    @TempDir Path dir;
    Services s;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        s = Services.open(dir.resolve("data"));
        s.sampleData().load(false);
    }

    @AfterEach
    void close() { s.close(); }

    private EncryptionViewModel vm() { return new EncryptionViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs); }

    @Test
    void theFormShowsStrengthAsTypedAndNeedsTheSamePasswordTwice() {
        PasswordForm f = new PasswordForm(Locale.SIMPLIFIED_CHINESE, "t", "h", false, true);
        assertThat(f.complete().get()).isFalse();
        f.nextProperty().set("abc");
        assertThat(f.strengthText().get()).isEqualTo("强度：太短（至少 8 个字符）");
        f.nextProperty().set("abcdefgh");
        assertThat(f.strengthText().get()).isEqualTo("强度：弱");
        f.nextProperty().set("Kunming-2026!");
        assertThat(f.strengthText().get()).isEqualTo("强度：强");
        f.repeatProperty().set("Kunming-2026");
        assertThat(f.problemText().get()).isEqualTo("两次输入的新密码不一致。");
        assertThat(f.complete().get()).isFalse();
        f.repeatProperty().set("Kunming-2026!");
        assertThat(f.problemText().get()).isEmpty();
        assertThat(f.complete().get()).isTrue();
        assertThat(PasswordStrength.of("aaaaaaaaaaaa".toCharArray())).isEqualTo(PasswordStrength.WEAK);
        assertThat(PasswordStrength.of("澜沧江湄公河友谊之桥".toCharArray())).isNotEqualTo(PasswordStrength.WEAK);
    }

    @Test
    void turnOnChangeAndOffFromSettingsWithTheirMessages() {
        EncryptionViewModel vm = vm();
        assertThat(vm.stateProperty().get()).startsWith("未开启");
        dialogs.passwords.add(new String[] {"", "Kunming-2026!", "Kunming-2026!"});
        vm.turnOn();
        assertThat(vm.onProperty().get()).isTrue();
        assertThat(vm.stateProperty().get()).startsWith("已开启");
        assertThat(dialogs.shown).last().asString().contains("加密已开启");

        dialogs.passwords.add(new String[] {"wrong-one", "Dali-2027-spring", "Dali-2027-spring"});
        vm.change();
        assertThat(dialogs.shown).last().asString().startsWith("error: ").contains("当前密码不正确");
        dialogs.passwords.add(new String[] {"Kunming-2026!", "Dali-2027-spring", "Dali-2027-spring"});
        vm.change();
        assertThat(dialogs.shown).last().asString().contains("密码已更改");

        vm.turnOff(); // cancelled: no password typed
        assertThat(vm.onProperty().get()).isTrue();
        dialogs.passwords.add(new String[] {"Dali-2027-spring", "", ""});
        vm.turnOff();
        assertThat(vm.onProperty().get()).isFalse();
        assertThat(s.organisations().list(RecordFilter.ALL)).isNotEmpty();
    }

    @Test
    void aBackupUnderAnotherPasswordAsksForItAndAgainWhenWrong() throws Exception {
        dialogs.passwords.add(new String[] {"", "Kunming-2026!", "Kunming-2026!"});
        vm().turnOn();
        Path zip = dir.resolve("old.zip");
        s.backups().backup(zip, NOW);
        s.encryption().change("Kunming-2026!".toCharArray(), "Dali-2027-spring".toCharArray());
        s.organisations().delete(s.organisations().list(RecordFilter.ALL.withText("香港")).get(0).id());

        BackupsViewModel backups = new BackupsViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs,
                () -> NOW, () -> {});
        dialogs.files = List.of(zip);
        dialogs.passwords.add(new String[] {"guess", "", ""});
        dialogs.passwords.add(new String[] {"Kunming-2026!", "", ""});
        dialogs.answer = true;
        backups.restore();
        assertThat(dialogs.forms).hasSize(3);
        assertThat(dialogs.forms.get(1).header()).contains("old.zip", "另一个密码");
        assertThat(dialogs.forms.get(2).errorProperty().get()).startsWith("密码不正确");
        assertThat(s.organisations().list(RecordFilter.ALL.withText("香港"))).hasSize(1);
    }
}
