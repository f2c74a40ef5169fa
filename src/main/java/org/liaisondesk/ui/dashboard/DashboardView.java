package org.liaisondesk.ui.dashboard;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.liaisondesk.domain.RecordKind;

/** Binds the dashboard tiles to their counts. */
public final class DashboardView {
    private final DashboardViewModel vm;
    @FXML private FlowPane tiles;
    @FXML private Button loadSampleButton;
    @FXML private Label sampleNotice;

    public DashboardView(DashboardViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() {
        for (RecordKind kind : DashboardViewModel.TILES) {
            Label count = new Label();
            count.textProperty().bind(vm.countText(kind));
            count.getStyleClass().addAll("title-1", "tile-count");
            Label name = new Label(vm.label(kind));
            name.getStyleClass().add("text-muted");
            VBox tile = new VBox(4, count, name);
            tile.getStyleClass().add("tile");
            tile.setId("tile-" + kind.name());
            tiles.getChildren().add(tile);
        }
        sampleNotice.textProperty().bind(vm.sampleNotice());
        sampleNotice.visibleProperty().bind(sampleNotice.textProperty().isNotEmpty());
        sampleNotice.managedProperty().bind(sampleNotice.visibleProperty());
        loadSampleButton.visibleProperty().bind(vm.emptyProperty());
        loadSampleButton.managedProperty().bind(loadSampleButton.visibleProperty());
    }

    @FXML
    private void onLoadSample() { vm.loadSample(); }
}
