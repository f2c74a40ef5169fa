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

class OrganisationDetailViewModelTest {
    @TempDir Path dir;

    @Test
    void showsTheOrganisationAndEverythingThatRefersToIt() {
        try (Services s = Services.open(dir)) {
            s.sampleData().load(false);
            long laoCai = s.organisations().list(RecordFilter.ALL.withText("老街省妇女联合会")).get(0).id();
            List<RecordEntry> opened = new ArrayList<>();
            OrganisationDetailViewModel vm = new OrganisationDetailViewModel(s, laoCai, Locale.SIMPLIFIED_CHINESE,
                    TaskRunner.INLINE, opened::add, id -> { });
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
        }
    }

    @Test
    void deletingSaysWhatRefersToItAndUnlinksOrRefusesForAFunder() {
        try (Services s = Services.open(dir)) {
            s.sampleData().load(false);
            long laoCai = s.organisations().list(RecordFilter.ALL.withText("老街省妇女联合会")).get(0).id();
            org.liaisondesk.ui.ScriptedDialogs dialogs = new org.liaisondesk.ui.ScriptedDialogs();
            List<String> deleted = new ArrayList<>();
            OrganisationDetailViewModel vm = new OrganisationDetailViewModel(s, laoCai, Locale.SIMPLIFIED_CHINESE,
                    TaskRunner.INLINE, e -> { }, id -> { });
            vm.allowDelete(dialogs, gone -> deleted.add("done"));
            vm.load();
            dialogs.answer = false;
            vm.delete();
            assertThat(s.organisations().find(laoCai)).as("kept when the user says no").isPresent();
            dialogs.answer = true;
            vm.delete();
            assertThat(deleted).containsExactly("done");
            assertThat(s.organisations().find(laoCai)).isEmpty();
            assertThat(s.contacts().list(RecordFilter.ALL.withText("阮氏花")).get(0).organisationId()).isNull();

            long ilo = s.organisations().list(RecordFilter.ALL.withText("International Labour")).get(0).id();
            OrganisationDetailViewModel funder = new OrganisationDetailViewModel(s, ilo, Locale.SIMPLIFIED_CHINESE,
                    TaskRunner.INLINE, e -> { }, id -> { });
            funder.allowDelete(dialogs, gone -> deleted.add("wrong"));
            funder.load();
            funder.delete();
            assertThat(deleted).containsExactly("done");
            assertThat(dialogs.shown).anySatisfy(x -> assertThat(x).startsWith("error: ").contains("资助方"));
            assertThat(s.organisations().find(ilo)).isPresent();
        }
    }
}
