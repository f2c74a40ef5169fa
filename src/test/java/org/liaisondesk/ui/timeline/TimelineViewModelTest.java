package org.liaisondesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.timeline.TimelineItem;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.RecordingActions;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.SharedSelection;
import org.liaisondesk.ui.common.TaskRunner;

/** The timeline's data and filters on the sample data, without the FX toolkit. */
class TimelineViewModelTest {
    @TempDir Path dir;

    static int items(LaneLayout l) { return l.lanes().stream().mapToInt(LaneLayout.Lane::itemCount).sum(); }

    static List<String> lanes(LaneLayout l) { return l.lanes().stream().map(LaneLayout.Lane::label).toList(); }

    @Test
    void everyDatedRecordIsThereAndTheFiltersNarrowIt() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            SharedSelection shared = new SharedSelection();
            RecordingActions actions = new RecordingActions();
            ScriptedDialogs dialogs = new ScriptedDialogs();
            TimelineViewModel vm = new TimelineViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs, actions, shared);
            vm.load();
            LaneLayout all = vm.layoutProperty().get();
            assertThat(items(all)).isEqualTo(5 + 14 + 3 + 6 + 2);
            assertThat(vm.countTextProperty().get()).isEqualTo("显示 30 条，共 30 条有日期的记录。");
            assertThat(lanes(all)).containsExactly("来访团组", "出访团组", "活动", "协议", "项目", "境外办事机构");
            assertThat(vm.takeFit()).isTrue();

            vm.shownProperty(RecordKind.EVENT).set(false);
            assertThat(items(vm.layoutProperty().get())).isEqualTo(16);
            vm.shownProperty(RecordKind.EVENT).set(true);

            shared.countryProperty().set("VN"); // the map chose Viet Nam
            assertThat(vm.countryProperty().get().label()).isEqualTo("越南");
            assertThat(vm.layoutProperty().get().lanes()).allSatisfy(l -> l.rows().forEach(r ->
                    assertThat(r.items()).allSatisfy(i -> assertThat(i.countries()).contains("VN"))));
            vm.countryProperty().set(null);
            assertThat(shared.countryProperty().get()).as("and the timeline tells the map").isNull();

            vm.fromYearProperty().set(2019);
            vm.toYearProperty().set(2019);
            LaneLayout y2019 = vm.layoutProperty().get();
            assertThat(y2019.lanes()).allSatisfy(l -> l.rows().forEach(r -> assertThat(r.items()).allSatisfy(i ->
                    assertThat(i.end()).isGreaterThanOrEqualTo(java.time.LocalDate.of(2019, 1, 1).toEpochDay()))));
            assertThat(items(y2019)).isLessThan(30);
            vm.clearFilters();
            assertThat(items(vm.layoutProperty().get())).isEqualTo(30);

            vm.textProperty().set("老街");
            assertThat(items(vm.layoutProperty().get())).isGreaterThanOrEqualTo(2);
            vm.textProperty().set("");

            vm.modeProperty().set(LaneLayout.Mode.COUNTRY);
            assertThat(lanes(vm.layoutProperty().get())).contains("越南", "老挝", "缅甸", "中国");
            vm.modeProperty().set(LaneLayout.Mode.ORGANISATION);
            assertThat(lanes(vm.layoutProperty().get()).get(0)).as("the busiest partner first").isNotBlank();

            TimelineItem lc = vm.layoutProperty().get().lanes().stream().flatMap(l -> l.rows().stream())
                    .flatMap(r -> r.items().stream()).filter(i -> i.title().startsWith("中国云南省妇女联合会—越南老街"))
                    .findFirst().orElseThrow();
            assertThat(lc.when()).isEqualTo("2015年11月起");
            assertThat(lc.fuzzyStart()).isTrue();
            vm.selectedProperty().set(lc);
            assertThat(vm.details()).extracting(f -> f.value()).contains("协议", "2015年11月起", "越南");
            assertThat(vm.describe(lc)).contains("越南老街省妇女联合会");
            vm.open(lc);
            assertThat(actions.asked).containsExactly("edit AGREEMENT " + lc.id());

            dialogs.saveTo = dir.resolve("view");
            vm.exportPng(2, 1, new int[]{0xFFFF0000, 0x800000FF});
            byte[] png = Files.readAllBytes(dir.resolve("view.png"));
            assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
            assertThat(png.length).isGreaterThan(50);
        }
    }

    @Test
    void aClosedTimelineIsNotKeptAliveByTheSharedSelection() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            SharedSelection shared = new SharedSelection();
            TimelineViewModel vm = new TimelineViewModel(s, Locale.ENGLISH, TaskRunner.INLINE, new ScriptedDialogs(),
                    new RecordingActions(), shared);
            java.lang.ref.WeakReference<TimelineViewModel> ref = new java.lang.ref.WeakReference<>(vm);
            vm = null;
            for (int i = 0; i < 20 && ref.get() != null; i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertThat(ref.get()).as("collected once its page is gone").isNull();
            shared.countryProperty().set("LA"); // and the selection still works for whoever listens
        }
    }
}
