package org.liaisondesk.ui.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.TaskRunner;

class OrganisationPageViewModelTest {
    @TempDir Path dir;

    @Test
    void showsTheOrganisationAndEverythingThatRefersToIt() {
        try (Services s = Services.open(dir)) {
            s.sampleData().load(false);
            long laoCai = s.organisations().list(RecordFilter.ALL.withText("老街省妇女联合会")).get(0).id();
            org.liaisondesk.ui.RecordingActions actions = new org.liaisondesk.ui.RecordingActions();
            List<RecordEntry> opened = actions.opened;
            OrganisationPageViewModel vm = new OrganisationPageViewModel(s, laoCai, Locale.SIMPLIFIED_CHINESE,
                    TaskRunner.INLINE, new org.liaisondesk.ui.ScriptedDialogs(), actions);
            vm.load();
            assertThat(vm.titleProperty().get()).isEqualTo("越南老街省妇女联合会");
            assertThat(vm.overview()).contains(new org.liaisondesk.ui.common.Field("国家/地区", "越南"),
                    new org.liaisondesk.ui.common.Field("合作起始", "2015年11月"));
            assertThat(vm.related()).filteredOn(RecordEntry::header).extracting(RecordEntry::kind)
                    .containsExactly(RecordKind.CONTACT, RecordKind.DELEGATION, RecordKind.AGREEMENT, RecordKind.EVENT);
            assertThat(vm.related()).filteredOn(e -> !e.header()).extracting(RecordEntry::title)
                    .contains("阮氏花", "2019-IN-004", "YN-LC-2015");
            assertThat(vm.related()).isNotEmpty();
            vm.open(vm.related().get(0));
            assertThat(opened).isEmpty();
            vm.open(vm.related().get(1));
            assertThat(opened).singleElement().extracting(RecordEntry::title).isEqualTo("阮氏花");
            assertThat(vm.countries()).extracting(org.liaisondesk.ui.common.Choice::label).containsExactly("越南");
            vm.openCountry(vm.countries().get(0));
            vm.duplicate();
            assertThat(actions.asked).containsExactly("country VN", "copy ORGANISATION " + laoCai);
            assertThat(vm.overview()).extracting(org.liaisondesk.ui.common.Field::label).contains("最近联系");
        }
    }

    @Test
    void deletingSaysWhatRefersToItAndUnlinksOrRefusesForAFunder() {
        try (Services s = Services.open(dir)) {
            s.sampleData().load(false);
            long laoCai = s.organisations().list(RecordFilter.ALL.withText("老街省妇女联合会")).get(0).id();
            org.liaisondesk.ui.ScriptedDialogs dialogs = new org.liaisondesk.ui.ScriptedDialogs();
            org.liaisondesk.ui.RecordingActions actions = new org.liaisondesk.ui.RecordingActions();
            OrganisationPageViewModel vm = new OrganisationPageViewModel(s, laoCai, Locale.SIMPLIFIED_CHINESE,
                    TaskRunner.INLINE, dialogs, actions);
            vm.load();
            dialogs.answer = false;
            vm.delete();
            assertThat(s.organisations().find(laoCai)).as("kept when the user says no").isPresent();
            assertThat(dialogs.shown).singleElement().asString().contains("联系人", "团组", "协议", "不再与它关联");
            dialogs.answer = true;
            vm.delete();
            assertThat(actions.deleted).singleElement().extracting(d -> d.id()).isEqualTo(laoCai);
            assertThat(s.organisations().find(laoCai)).isEmpty();
            assertThat(s.contacts().list(RecordFilter.ALL.withText("阮氏花")).get(0).organisationId()).isNull();

            long ilo = s.organisations().list(RecordFilter.ALL.withText("International Labour")).get(0).id();
            OrganisationPageViewModel funder = new OrganisationPageViewModel(s, ilo, Locale.SIMPLIFIED_CHINESE,
                    TaskRunner.INLINE, dialogs, actions);
            funder.load();
            funder.delete();
            assertThat(actions.deleted).hasSize(1);
            assertThat(dialogs.shown).anySatisfy(x -> assertThat(x).startsWith("error: ").contains("资助方"));
            assertThat(s.organisations().find(ilo)).isPresent();
        }
    }
}
