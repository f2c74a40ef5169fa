package org.liaisondesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.records.ListPreset;

class DashboardViewModelTest {
    @TempDir Path dir;
    Services s;
    final List<String> went = new ArrayList<>();
    final SimpleObjectProperty<Map<RecordKind, Long>> counts = new SimpleObjectProperty<>(Map.of());

    @BeforeEach
    void open() {
        s = Services.open(dir);
        s.sampleData().load(false);
    }

    @AfterEach
    void close() { s.close(); }

    private DashboardViewModel vm(Locale locale) {
        return new DashboardViewModel(counts, new SimpleLongProperty(), locale, () -> { }, s, TaskRunner.INLINE,
                () -> LocalDate.of(2026, 11, 27), new DashboardViewModel.Navigator() {
                    @Override
                    public void open(RecordKind kind, long id) { went.add(kind + " " + id); }

                    @Override
                    public void openList(RecordKind kind, ListPreset p) { went.add(kind + " " + p); }
                });
    }

    @Test
    void tellsWhatIsComingAndDueInChineseAndOpensTheRecordBehindALine() {
        DashboardViewModel vm = vm(Locale.SIMPLIFIED_CHINESE);
        vm.load();
        ReminderLine muse = vm.coming().get(0);
        assertThat(muse.when()).isEqualTo("2026年12月8日");
        assertThat(muse.relative()).isEqualTo("11 天后");
        assertThat(muse.title()).startsWith("2026-IN-011  缅甸木姐");
        assertThat(muse.detail()).isEqualTo("来访 · 已批准 · 准备事项齐全");
        assertThat(vm.due()).extracting(ReminderLine::detail)
                .contains("收受礼品未登记：紫荆花摆件 · 260 CNY", "60 天内到期");
        assertThat(vm.due()).filteredOn(l -> l.relative().startsWith("逾期")).allMatch(ReminderLine::urgent);
        assertThat(vm.summaryProperty().get()).isEqualTo("未来 30 天有 1 项团组和活动；1 项即将到期，2 项已逾期。");
        assertThat(vm.quiet()).isNotEmpty();
        assertThat(vm.years()).hasSize(DashboardViewModel.YEARS_SHOWN);

        vm.open(muse);
        long id = s.delegations().findByCode("2026-IN-011").orElseThrow().id();
        assertThat(went).containsExactly("DELEGATION " + id);
    }

    @Test
    void barsOpenTheMatchingListAndEnglishReadsWell() {
        DashboardViewModel vm = vm(Locale.ENGLISH);
        vm.load();
        assertThat(vm.summaryProperty().get()).isEqualTo("Next 30 days: one visit or event; one item due soon, 2 overdue.");
        assertThat(vm.coming().get(0).relative()).isEqualTo("in 11 days");
        vm.openYear(2018, DashboardViewModel.EVENTS);
        vm.openYear(2019, DashboardViewModel.RECEIVED);
        vm.openCountry("LA", false);
        assertThat(went).containsExactly("EVENT " + ListPreset.year(null, null, 2018),
                "DELEGATION " + ListPreset.year("INCOMING", null, 2019), "DELEGATION " + ListPreset.country("LA"));
    }

    @Test
    void changedCountsReadTheRemindersAgain() {
        DashboardViewModel vm = vm(Locale.SIMPLIFIED_CHINESE);
        vm.load();
        s.delegations().delete(s.delegations().findByCode("2026-IN-011").orElseThrow().id());
        counts.set(Map.of(RecordKind.DELEGATION, 4L));
        assertThat(vm.coming()).isEmpty();
    }
}
