package org.liaisondesk.ui.delegations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.TaskRunner;

class DelegationDetailViewModelTest {
    @TempDir Path dir;

    @Test
    void showsOverviewMembersInPrecedenceMaskedPassportsProgrammeAndGifts() {
        try (Services s = Services.open(dir)) {
            s.sampleData().load(false);
            long id = s.delegations().findByCode("2019-IN-004").orElseThrow().id();
            DelegationDetailViewModel vm = new DelegationDetailViewModel(s, id, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, new org.liaisondesk.ui.ScriptedDialogs(), new org.liaisondesk.ui.RecordingActions());
            vm.load();
            assertThat(vm.titleProperty().get()).startsWith("2019-IN-004");
            assertThat(vm.overview()).extracting(org.liaisondesk.ui.common.Field::label)
                    .contains("方向", "日期", "批件号", "人数");
            assertThat(vm.overview()).contains(new org.liaisondesk.ui.common.Field("人数", "6"),
                    new org.liaisondesk.ui.common.Field("日期", "2019年5月13日 – 2019年5月16日"));
            assertThat(vm.members()).extracting(DelegationDetailViewModel.MemberRow::precedence)
                    .containsExactly("1", "2", "3", "4", "5", "6");
            assertThat(vm.members().get(0).role()).isEqualTo("团长");
            assertThat(vm.members().get(0).passport()).isEqualTo("••••4567").doesNotContain("C123");
            assertThat(vm.members().get(2).otherNames()).isEqualTo("Vũ Thị Mai");
            assertThat(vm.programme()).hasSize(8).first().extracting(DelegationDetailViewModel.ItemRow::kind).isEqualTo("迎接");
            assertThat(vm.gifts()).extracting(DelegationDetailViewModel.GiftRow::value).containsExactly("¥180", "¥600");
            assertThat(vm.loadingProperty().get()).isFalse();
        }
    }

    @Test
    void aDeletedDelegationSaysSoInsteadOfFailing() {
        try (Services s = Services.open(dir)) {
            DelegationDetailViewModel vm = new DelegationDetailViewModel(s, 999, Locale.ENGLISH, TaskRunner.INLINE, new org.liaisondesk.ui.ScriptedDialogs(), new org.liaisondesk.ui.RecordingActions());
            vm.load();
            assertThat(vm.titleProperty().get()).isEqualTo("This delegation (id 999) no longer exists; it may have been deleted.");
        }
    }

    @Test
    void masksAllButTheLastFour() {
        assertThat(org.liaisondesk.domain.Sensitive.mask("E12345678")).isEqualTo("•••••5678");
        assertThat(org.liaisondesk.domain.Sensitive.mask("123")).isEqualTo("123");
        assertThat(org.liaisondesk.domain.Sensitive.mask(null)).isEmpty();
    }
}
