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
            vm.open(vm.related().get(0));
            assertThat(opened).isEmpty();
            vm.open(vm.related().get(1));
            assertThat(opened).singleElement().extracting(RecordEntry::title).isEqualTo("阮氏花");
        }
    }
}
