package org.liaisondesk.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.RecordingActions;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.SharedSelection;
import org.liaisondesk.ui.common.TaskRunner;

class MapViewModelTest {
    @TempDir Path dir;

    @Test
    void classesSplitTheNonZeroValuesEvenly() {
        assertThat(MapViewModel.breaks(Map.of())).isEmpty();
        assertThat(MapViewModel.breaks(Map.of("LA", 3))).isEmpty();
        assertThat(MapViewModel.breaks(Map.of("A", 1, "B", 2, "C", 3, "D", 4, "E", 5, "F", 0))).containsExactly(1, 2, 3, 4);
        assertThat(MapViewModel.breaks(Map.of("A", 1, "B", 1, "C", 1, "D", 9))).containsExactly(1);
    }

    @Test
    void theMapColoursByTheMeasureAndAChosenCountryFillsThePanelAndTheSharedSelection() {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            SharedSelection shared = new SharedSelection();
            RecordingActions actions = new RecordingActions();
            MapViewModel vm = new MapViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, new ScriptedDialogs(),
                    actions, shared);
            vm.load();
            assertThat(vm.sourceProperty().get()).startsWith("地图数据：@surbowl/world-geo-json-zh");
            assertThat(vm.legendTitle()).isEqualTo("全部交流");
            assertThat(vm.valuesProperty().get()).containsKeys("CN", "LA", "VN", "MM", "TH");
            assertThat(vm.markersProperty().get()).anySatisfy(m -> assertThat(m.city().nameZh()).isEqualTo("昆明"));
            vm.measureProperty().set(new Choice("PARTNERS", "合作单位"));
            assertThat(vm.valuesProperty().get().get("LA")).isGreaterThanOrEqualTo(2);
            vm.fromYearProperty().set(1990);
            vm.toYearProperty().set(1991);
            vm.measureProperty().set(new Choice("EVENTS", "活动"));
            assertThat(vm.valuesProperty().get()).isEmpty();
            vm.fromYearProperty().set(null);
            vm.toYearProperty().set(null);

            vm.select("LA");
            assertThat(shared.countryProperty().get()).as("the timeline and lists follow").isEqualTo("LA");
            assertThat(vm.panelTitleProperty().get()).isEqualTo("老挝");
            assertThat(vm.panelFacts()).extracting(f -> f.label()).contains("最近联系", "单位");
            assertThat(vm.panelItems()).filteredOn(RecordEntry::header).extracting(RecordEntry::title)
                    .containsExactly("合作单位", "最新记录");
            RecordEntry first = vm.panelItems().stream().filter(e -> !e.header()).findFirst().orElseThrow();
            vm.open(first);
            assertThat(actions.opened).containsExactly(first);
            vm.openCountry();
            assertThat(actions.asked).containsExactly("country LA");
            assertThat(vm.describe("LA")).startsWith("老挝\n活动：");

            shared.countryProperty().set("VN"); // chosen on the timeline
            assertThat(vm.panelTitleProperty().get()).isEqualTo("越南");
            vm.select(null);
            assertThat(vm.panelItems()).isEmpty();
            assertThat(shared.countryProperty().get()).isNull();
        }
    }
}
