package org.liaisondesk.ui.importexport;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.liaisondesk.ui.common.Choice;

/** Binds the import/export page; the problems table lists every row that cannot be imported and why. */
public final class ImportExportView {
    private final ImportExportViewModel vm;
    private final ResourceBundle bundle;
    @FXML private ComboBox<Choice> typeBox;
    @FXML private ComboBox<Choice> encodingBox;
    @FXML private ComboBox<Choice> delimiterBox;
    @FXML private ComboBox<Choice> duplicateBox;
    @FXML private CheckBox validOnlyBox;
    @FXML private CheckBox withPassportsBox;
    @FXML private Label fileLabel;
    @FXML private Label summaryLabel;
    @FXML private Button checkButton;
    @FXML private Button importButton;
    @FXML private javafx.scene.control.ProgressBar progressBar;
    @FXML private Button cancelButton;
    /** Moves the bar once a frame while a check or import runs. */
    private final javafx.animation.AnimationTimer ticker = new javafx.animation.AnimationTimer() {
        @Override
        public void handle(long now) { vm.tick(); }
    };
    @FXML private TableView<ImportExportViewModel.ProblemRow> problemsTable;
    @FXML private TableView<java.util.List<String>> previewTable;
    @FXML private Label readingLabel;
    @FXML private TableView<ImportExportViewModel.MappingRow> mappingTable;
    @FXML private Button problemsButton;
    @FXML private Button undoButton;

    public ImportExportView(ImportExportViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        choices(typeBox, vm.types(), vm.typeProperty());
        withPassportsBox.selectedProperty().bindBidirectional(vm.withPassportsProperty());
        choices(encodingBox, vm.encodings(), vm.encodingProperty());
        choices(delimiterBox, vm.delimiters(), vm.delimiterProperty());
        choices(duplicateBox, vm.duplicates(), vm.onDuplicateProperty());
        validOnlyBox.selectedProperty().bindBidirectional(vm.validOnlyProperty());
        vm.fileProperty().addListener((o, a, f) -> fileLabel.setText(f == null ? bundle.getString("csv.noFile") : f.toString()));
        summaryLabel.textProperty().bind(vm.summaryProperty());
        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.busyProperty());
        cancelButton.visibleProperty().bind(vm.busyProperty());
        vm.busyProperty().addListener((o, was, busy) -> {
            if (busy) ticker.start();
            else ticker.stop();
        });
        checkButton.disableProperty().bind(vm.fileProperty().isNull().or(vm.busyProperty()));
        importButton.disableProperty().bind(vm.checkedProperty().not().or(vm.busyProperty()));
        column("csv.col.line", ImportExportViewModel.ProblemRow::line, 60);
        column("csv.col.column", ImportExportViewModel.ProblemRow::column, 120);
        column("csv.col.value", ImportExportViewModel.ProblemRow::value, 180);
        column("csv.col.reason", ImportExportViewModel.ProblemRow::reason, 520);
        problemsTable.setItems(vm.problems());
        problemsButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.problems()));
        readingLabel.textProperty().bind(vm.readingProperty());
        undoButton.disableProperty().bind(vm.undoableProperty().not().or(vm.busyProperty()));
        previewTable.setItems(vm.preview());
        TableColumn<ImportExportViewModel.MappingRow, String> header = new TableColumn<>(bundle.getString("csv.mapping.header"));
        header.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().header()));
        header.setPrefWidth(130);
        TableColumn<ImportExportViewModel.MappingRow, Choice> readAs = new TableColumn<>(bundle.getString("csv.mapping.readAs"));
        readAs.setCellValueFactory(f -> f.getValue().column());
        readAs.setCellFactory(c -> new javafx.scene.control.cell.ComboBoxTableCell<>(
                javafx.collections.FXCollections.observableArrayList(vm.columnChoices())));
        readAs.setEditable(true);
        readAs.setPrefWidth(170);
        mappingTable.getColumns().setAll(java.util.List.of(header, readAs));
        mappingTable.setItems(vm.mapping());
        // Another file type offers other columns: the cells are made anew with its choices.
        vm.mapping().addListener((javafx.collections.ListChangeListener<ImportExportViewModel.MappingRow>) ch ->
                readAs.setCellFactory(c -> new javafx.scene.control.cell.ComboBoxTableCell<>(
                        javafx.collections.FXCollections.observableArrayList(vm.columnChoices()))));
        mappingTable.setPlaceholder(new Label(bundle.getString("csv.mapping.none")));
        vm.preview().addListener((javafx.collections.ListChangeListener<java.util.List<String>>) c -> previewColumns());
        problemsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static void choices(ComboBox<Choice> box, java.util.List<Choice> items,
                                javafx.beans.property.ObjectProperty<Choice> value) {
        box.getItems().setAll(items);
        box.valueProperty().bindBidirectional(value);
    }

    private void column(String key, Function<ImportExportViewModel.ProblemRow, String> cell, double width) {
        TableColumn<ImportExportViewModel.ProblemRow, String> c = new TableColumn<>(bundle.getString(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(cell.apply(f.getValue())));
        c.setPrefWidth(width);
        problemsTable.getColumns().add(c);
    }

    /** One column per cell of the widest row; the header row shows first, as in the file. */
    private void previewColumns() {
        int width = vm.preview().stream().mapToInt(java.util.List::size).max().orElse(0);
        previewTable.getColumns().clear();
        for (int i = 0; i < width; i++) {
            int at = i;
            TableColumn<java.util.List<String>, String> c = new TableColumn<>(Integer.toString(i + 1));
            c.setCellValueFactory(f -> new ReadOnlyStringWrapper(at < f.getValue().size() ? f.getValue().get(at) : ""));
            c.setSortable(false);
            c.setPrefWidth(130);
            previewTable.getColumns().add(c);
        }
    }

    @FXML private void onSaveProblems() { vm.saveProblems(); }
    @FXML private void onUndo() { vm.undoImport(); }
    @FXML private void onCancel() { vm.cancel(); }
    @FXML private void onChoose() { vm.chooseFile(); }
    @FXML private void onCheck() { vm.check(); }
    @FXML private void onImport() { vm.importFile(); }
    @FXML private void onExport() { vm.export(); }
}
