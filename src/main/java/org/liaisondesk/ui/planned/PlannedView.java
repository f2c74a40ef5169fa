package org.liaisondesk.ui.planned;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Binds the empty state of a section still to be built. */
public final class PlannedView {
    private final PlannedViewModel vm;
    @FXML private Label description;

    public PlannedView(PlannedViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() { description.setText(vm.description()); }
}
