package org.liaisondesk.ui.deleted;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;

/** Binds the recycle bin: the list, and Restore (button, Enter or double-click) for the selected line. */
public final class DeletedRecordsView {
    private final DeletedRecordsViewModel vm;
    @FXML private TableView<DeletedRecordsViewModel.Row> table;
    @FXML private TableColumn<DeletedRecordsViewModel.Row, String> whenColumn;
    @FXML private TableColumn<DeletedRecordsViewModel.Row, String> kindColumn;
    @FXML private TableColumn<DeletedRecordsViewModel.Row, String> titleColumn;
    @FXML private Button restoreButton;
    @FXML private Label statusLabel;

    public DeletedRecordsView(DeletedRecordsViewModel vm) { this.vm = vm; }

    /** Opens the recycle bin in its own window over the main one; Esc closes it. */
    public static void open(javafx.stage.Window owner, DeletedRecordsViewModel vm, java.util.ResourceBundle bundle,
                            String stylesheet) {
        javafx.scene.Parent root = org.liaisondesk.ui.common.ViewLoader.load(new DeletedRecordsView(vm), bundle);
        root.getStylesheets().add(stylesheet);
        org.liaisondesk.ui.common.Fonts.apply(root);
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(owner);
        stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        stage.setTitle(bundle.getString("deleted.title"));
        stage.setScene(new javafx.scene.Scene(root));
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.close();
        });
        stage.show();
    }

    @FXML
    private void initialize() {
        table.setItems(vm.rows());
        whenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().when()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty()));
        statusLabel.textProperty().bind(vm.statusProperty());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) onRestore();
        });
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<DeletedRecordsViewModel.Row>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) onRestore();
            });
            return row;
        });
        // The newest is chosen at once, so Enter restores it without reaching for the mouse.
        vm.rows().addListener((javafx.collections.ListChangeListener<DeletedRecordsViewModel.Row>) c -> {
            if (table.getSelectionModel().isEmpty() && !vm.rows().isEmpty()) table.getSelectionModel().select(0);
        });
        javafx.application.Platform.runLater(table::requestFocus);
        vm.load();
    }

    @FXML
    private void onRestore() { vm.restore(table.getSelectionModel().getSelectedItem()); }
}
