package org.liaisondesk.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.ListRow;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.TaskRunner;

/** Record lists without the FX toolkit, on the sample data. */
class RecordListViewModelTest {
    @TempDir Path dir;
    Services s;
    final List<Long> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        s = Services.open(dir);
        s.sampleData().load(false);
    }

    @AfterEach
    void close() { s.close(); }

    RecordListViewModel list(RecordKind kind, Locale locale) {
        RecordListViewModel vm = new RecordListViewModel(s, kind, locale, TaskRunner.INLINE,
                kind == RecordKind.DELEGATION ? opened::add : null);
        vm.load();
        return vm;
    }

    @Test
    void typingFiltersAndTheCountSaysHowMany() {
        RecordListViewModel vm = list(RecordKind.CONTACT, Locale.SIMPLIFIED_CHINESE);
        assertThat(vm.countTextProperty().get()).isEqualTo("显示 10 条，共 10 条");
        vm.filterTextProperty().set("Daw");
        assertThat(vm.rows()).extracting(r -> r.cell(0)).containsExactly("宾玛");
        assertThat(vm.countTextProperty().get()).isEqualTo("显示 1 条，共 10 条");
        vm.filterTextProperty().set("");
        vm.countryProperty().set(new org.liaisondesk.ui.common.Choice("HK", "中国香港"));
        assertThat(vm.rows()).extracting(r -> r.cell(0)).containsExactly("陈美玲");
        vm.clearFilters();
        assertThat(vm.rows()).hasSize(10);
        assertThat(vm.countries().get(0).code()).isNull();
        assertThat(vm.countries()).extracting(org.liaisondesk.ui.common.Choice::label).contains("中国台湾", "老挝");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void statusYearsAndSortingWorkTogether() {
        RecordListViewModel vm = list(RecordKind.DELEGATION, Locale.ENGLISH);
        assertThat(vm.statuses()).extracting(org.liaisondesk.ui.common.Choice::label).startsWith("All statuses", "Planned");
        vm.statusProperty().set(new org.liaisondesk.ui.common.Choice("COMPLETED", "Completed"));
        vm.fromYearProperty().set(2019);
        vm.toYearProperty().set(2024);
        vm.sortBy(0, true);
        assertThat(vm.rows()).extracting(r -> r.cell(0)).containsExactly("2019-IN-004", "2023-OUT-002", "2024-IN-006");
        vm.sortBy(4, false);
        assertThat(vm.rows()).extracting(r -> r.cell(0)).containsExactly("2024-IN-006", "2023-OUT-002", "2019-IN-004");
        assertThat(vm.display(vm.columns().get(4), vm.rows().get(0).cell(4))).isEqualTo("20 Aug 2024");
        assertThat(vm.kinds()).extracting(org.liaisondesk.ui.common.Choice::label).startsWith("All kinds");
        vm.kindProperty().set(new org.liaisondesk.ui.common.Choice("OUTGOING", "Outgoing"));
        assertThat(vm.rows()).extracting(r -> r.cell(0)).containsExactly("2023-OUT-002");
    }

    @Test
    void organisationsFilterByTypeAndSortByLastContact() {
        RecordListViewModel vm = list(RecordKind.ORGANISATION, Locale.SIMPLIFIED_CHINESE);
        vm.kindProperty().set(new org.liaisondesk.ui.common.Choice("UN_AGENCY", "联合国机构"));
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.cell(2)).isEqualTo("联合国机构"));
        vm.clearFilters();
        int last = vm.columns().size() - 1;
        assertThat(vm.columns().get(last).key()).isEqualTo("lastContact");
        vm.sortBy(last, false);
        List<String> dates = vm.rows().stream().map(r -> r.cell(last)).filter(java.util.Objects::nonNull).toList();
        assertThat(dates).hasSizeGreaterThan(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        ListRow laoCai = vm.rows().stream().filter(r -> r.cell(0).equals("越南老街省妇女联合会")).findFirst().orElseThrow();
        assertThat(vm.display(vm.columns().get(last), laoCai.cell(last))).isEqualTo("2019年5月13日");
    }

    @Test
    void delegationsAndOrganisationsOpenOtherKindsSayNothingTheyCannotDo() {
        RecordListViewModel delegations = list(RecordKind.DELEGATION, Locale.ENGLISH);
        ListRow first = delegations.rows().get(0);
        delegations.open(first);
        assertThat(opened).containsExactly(first.id());
        assertThat(delegations.openHint()).isNotEmpty();
        RecordListViewModel events = list(RecordKind.EVENT, Locale.ENGLISH);
        assertThat(events.canOpen()).isFalse();
        assertThat(events.openHint()).isEmpty();
        events.open(events.rows().get(0));
        assertThat(opened).hasSize(1);
    }

    @Test
    void theRowsShownAreExportedAsTheirCsvFile() throws Exception {
        RecordListViewModel vm = list(RecordKind.ORGANISATION, Locale.SIMPLIFIED_CHINESE);
        org.liaisondesk.ui.ScriptedDialogs dialogs = new org.liaisondesk.ui.ScriptedDialogs();
        assertThat(vm.canExport()).isFalse();
        vm.allowExport(dialogs);
        assertThat(vm.canExport()).isTrue();
        vm.countryProperty().set(new org.liaisondesk.ui.common.Choice("LA", "老挝"));
        int shown = vm.rows().size();
        assertThat(shown).isBetween(1, 22);
        dialogs.saveTo = dir.resolve("laos.csv");
        vm.exportShown();
        List<String> lines = java.nio.file.Files.readAllLines(dir.resolve("laos.csv"));
        assertThat(lines).hasSize(shown + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(",LA,"));
        assertThat(dialogs.shown).last().asString().contains("已将 " + shown + " 条记录写入");
    }
}
