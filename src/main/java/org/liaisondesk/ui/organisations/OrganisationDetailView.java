package org.liaisondesk.ui.organisations;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.Focus;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.RecordEntryCell;

/** Binds an organisation's detail: its fields, and the related records that open with a double-click or Enter. */
public final class OrganisationDetailView {
    private final OrganisationDetailViewModel vm;
    private final Runnable back;
    @FXML private VBox organisationDetail;
    @FXML private Label titleLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private GridPane overviewGrid;
    @FXML private ListView<RecordEntry> relatedList;

    public OrganisationDetailView(OrganisationDetailViewModel vm, Runnable back) {
        this.vm = vm;
        this.back = back;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(vm.titleProperty());
        loadingIndicator.visibleProperty().bind(vm.loadingProperty());
        vm.overview().addListener((ListChangeListener<Field>) c -> Field.fill(overviewGrid, vm.overview()));
        relatedList.setCellFactory(RecordEntryCell::new);
        relatedList.setItems(vm.related());
        relatedList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) vm.open(relatedList.getSelectionModel().getSelectedItem());
        });
        organisationDetail.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                back.run();
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                vm.delete();
            } else if (e.getCode() == KeyCode.ENTER && relatedList.isFocused()) {
                vm.open(relatedList.getSelectionModel().getSelectedItem());
            }
        });
        Focus.whenShown(relatedList);
        vm.load();
    }

    @FXML
    private void onBack() { back.run(); }

    @FXML
    private void onEdit() { vm.edit(); }

    @FXML
    private void onDelete() { vm.delete(); }
}
