package org.liaisondesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline and the partner map, and how they follow each other. */
class TimelineAndMapFlowTest extends DesktopFlow {
    @Test
    void theTimelineZoomsPansSelectsAndOpensARecord() throws Exception {
        start(true, "zh-CN");
        clickOn("#nav-TIMELINE");
        org.liaisondesk.ui.timeline.TimelineCanvas canvas = lookup("#timelineCanvas").queryAs(org.liaisondesk.ui.timeline.TimelineCanvas.class);
        waitUntil(() -> canvas.scale() != null && !canvas.layoutModel().isEmpty());
        assertThat(text("#countLabel")).isEqualTo("显示 30 条，共 30 条有日期的记录。");
        double before = canvas.scale().daysPerPixel();
        clickOn(canvas);
        type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.scale().daysPerPixel()).isLessThan(before);
        double start = canvas.scale().startDay();
        type(KeyCode.RIGHT);
        assertThat(canvas.scale().startDay()).isGreaterThan(start);
        type(KeyCode.HOME);
        assertThat(canvas.scale().daysPerPixel()).isEqualTo(before);

        // The agreement lane's first row: point at its first item, as drawn.
        org.liaisondesk.ui.timeline.LaneLayout.Lane agreements = canvas.layoutModel().lanes().stream()
                .filter(l -> l.label().equals("协议")).findFirst().orElseThrow();
        org.liaisondesk.domain.timeline.TimelineItem item = agreements.rows().get(0).items().get(0);
        double x = org.liaisondesk.ui.timeline.TimelineCanvas.HEADER + canvas.scale().x(item.start()) + 6;
        double y = org.liaisondesk.ui.timeline.TimelineCanvas.AXIS + agreements.top() + 10;
        javafx.geometry.Point2D onScreen = canvas.localToScreen(x, y);
        assertThat(canvas.itemAt(x, y)).isEqualTo(item);
        clickOn(onScreen);
        waitUntil(() -> item.equals(canvas.selectedProperty().get()));
        assertThat(lookup("#detailsGrid").queryAs(javafx.scene.layout.GridPane.class).getChildren()).isNotEmpty();
        doubleClickOn(onScreen);
        waitUntil(() -> lookup("#agreementForm").tryQuery().isPresent());
        assertThat(lookup("#nav-AGREEMENTS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void clickingLaosOnTheMapSelectsItAndTheTimelineFollows() throws Exception {
        start(true, "zh-CN");
        clickOn("#nav-MAP");
        org.liaisondesk.ui.map.MapCanvas map = lookup("#mapCanvas").queryAs(org.liaisondesk.ui.map.MapCanvas.class);
        waitUntil(() -> text("#sourceLabel").startsWith("地图数据："));
        // Find a point drawn as Laos, as a person would look for it.
        javafx.geometry.Point2D laos = null;
        for (double y = 0; y < map.getHeight() && laos == null; y += 4) {
            for (double x = 0; x < map.getWidth(); x += 4) {
                if ("LA".equals(map.countryAt(x, y)) && "LA".equals(map.countryAt(x + 3, y + 3))
                        && "LA".equals(map.countryAt(x - 3, y - 3))) {
                    laos = new javafx.geometry.Point2D(x, y);
                    break;
                }
            }
        }
        assertThat(laos).as("Laos is in the first view").isNotNull();
        clickOn(map.localToScreen(laos));
        waitUntil(() -> text("#panelTitle").equals("老挝"));
        clickOn("#nav-TIMELINE");
        waitUntil(() -> lookup("#countryBox").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> country = lookup("#timeline #countryBox").queryAs(javafx.scene.control.ComboBox.class);
        waitUntil(() -> country.getValue() != null && country.getValue().toString().equals("老挝"));
        clickOn("#nav-MAP");
        waitUntil(() -> text("#panelTitle").equals("老挝"));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> text("#panelTitle").isEmpty());
    }
}
