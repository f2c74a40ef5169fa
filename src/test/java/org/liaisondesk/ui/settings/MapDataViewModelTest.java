package org.liaisondesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.ScriptedDialogs;
import org.liaisondesk.ui.common.TaskRunner;

class MapDataViewModelTest {
    @TempDir Path dir;

    @Test
    void aReplacementIsPreviewedThenUsedAndABadOneLeavesTheMapAsItWas() throws Exception {
        Path approved = Files.writeString(dir.resolve("approved.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"ISO\":\"LA\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[100,14],[108,14],[108,23],[100,23],[100,14]]]}}]}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"type\":\"FeatureCollection\",\"features\":[");
        try (Services s = Services.open(dir.resolve("data"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            MapDataViewModel vm = new MapDataViewModel(s, Locale.SIMPLIFIED_CHINESE, TaskRunner.INLINE, dialogs);
            vm.load();
            assertThat(vm.sourceProperty().get()).startsWith("地图数据：@surbowl");

            dialogs.files = List.of(broken);
            dialogs.reply = "ISO";
            vm.replace();
            assertThat(dialogs.shown).last().asString().startsWith("error: ").contains("broken.json");
            assertThat(s.map().currentMap().source()).startsWith("@surbowl");

            dialogs.files = List.of(approved);
            dialogs.answer = false; // seen the preview, keeps the standard map
            vm.replace();
            assertThat(dialogs.shown).last().asString().contains("approved.geojson：共 1 个国家/地区", "CN, MM, VN, TH");
            assertThat(s.map().currentMap().source()).startsWith("@surbowl");

            dialogs.answer = true;
            vm.replace();
            assertThat(vm.sourceProperty().get()).isEqualTo("地图数据：approved.geojson");
            Files.delete(approved); // the copy in the data folder is what counts now
            assertThat(s.map().currentMap().atLonLat(104, 18)).isEqualTo("LA");

            vm.useStandard();
            assertThat(s.map().currentMap().source()).startsWith("@surbowl");
        }
        try (Services s = Services.open(dir.resolve("data"))) {
            assertThat(s.map().currentMap().source()).as("after a restart too").startsWith("@surbowl");
        }
    }
}
