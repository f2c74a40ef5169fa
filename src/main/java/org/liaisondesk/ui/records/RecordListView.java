package org.liaisondesk.ui.records;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.SearchableComboBox;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.domain.ListColumn;
import org.liaisondesk.domain.ListRow;

/** Binds a record list: the filter bar, the table (sorted by the view model) and the count. */
public final class RecordListView {
    private final RecordListViewModel vm;
    @FXML private TextField filterField;
    @FXML private SearchableComboBox<Choice> countryBox;
    @FXML private ComboBox<Choice> statusBox;
    @FXML private ComboBox<Choice> kindBox;
    @FXML private TextField fromYearField;
    @FXML private TextField toYearField;
    @FXML private TableView<ListRow> table;
    @FXML private Label countLabel;
    @FXML private Label hintLabel;
    @FXML private javafx.scene.control.Button newButton;
    @FXML private javafx.scene.control.Button exportButton;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label emptyLabel;

    public RecordListView(RecordListViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() {
        List<ListColumn> columns = vm.columns();
        for (int i = 0; i < columns.size(); i++) {
            ListColumn c = columns.get(i);
            int index = i;
            TableColumn<ListRow, String> col = new TableColumn<>(vm.header(c));
            col.setId("col-" + c.key());
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(vm.display(c, f.getValue().cell(index))));
            col.setPrefWidth(switch (c.key()) {
                case "name", "title" -> 300;
                case "otherNames", "organisation", "partners", "funder" -> 200;
                default -> 120;
            });
            table.getColumns().add(col);
        }
        // The view model sorts (in memory, off the FX thread); the table only reports the wish.
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<ListRow, ?> c = t.getSortOrder().get(0);
                vm.sortBy(t.getColumns().indexOf(c), c.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        table.setItems(vm.rows());
        table.setFixedCellSize(34); // one height for all rows: no per-row measuring while 100,000 rows scroll
        table.setRowFactory(tv -> {
            TableRow<ListRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) vm.open(row.getItem());
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) vm.open(table.getSelectionModel().getSelectedItem());
        });
        hintLabel.setText(vm.openHint());
        exportButton.setVisible(vm.canExport());
        exportButton.setManaged(vm.canExport());
        newButton.setVisible(vm.canCreate());
        newButton.setManaged(vm.canCreate());
        // Down from the filter goes to the rows, so a record is reached without the mouse.
        filterField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) table.getSelectionModel().select(0);
                e.consume();
            }
        });
        filterField.textProperty().bindBidirectional(vm.filterTextProperty());
        countryBox.setItems(vm.countries());
        countryBox.valueProperty().bindBidirectional(vm.countryProperty());
        List<Choice> kinds = vm.kinds();
        kindBox.getItems().setAll(kinds);
        kindBox.setVisible(!kinds.isEmpty());
        kindBox.setManaged(!kinds.isEmpty());
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        List<Choice> statuses = vm.statuses();
        statusBox.getItems().setAll(statuses);
        if (!statuses.isEmpty()) statusBox.setPromptText(statuses.get(0).label());
        statusBox.setVisible(!statuses.isEmpty());
        statusBox.setManaged(!statuses.isEmpty());
        statusBox.valueProperty().bindBidirectional(vm.statusProperty());
        year(fromYearField, vm.fromYearProperty());
        year(toYearField, vm.toYearProperty());
        countLabel.textProperty().bind(vm.countTextProperty());
        loadingIndicator.visibleProperty().bind(vm.loadingProperty());
        // While 100,000 rows are read, the empty table must not claim that nothing matches.
        emptyLabel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then(vm.readingText()).otherwise(vm.emptyText()));
        filterField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        filterField::requestFocus);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), vm::create);
            }
        });
        vm.load();
    }

    /** A four-digit year box; anything else is not typed at all. */
    private static void year(TextField field, javafx.beans.property.ObjectProperty<Integer> year) {
        field.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,4}") ? change : null));
        // A year set from elsewhere (a dashboard bar) shows in the box; typing sets the year.
        if (year.get() != null) field.setText(String.valueOf(year.get()));
        field.textProperty().addListener((o, a, text) -> year.set(text.length() == 4 ? Integer.valueOf(text) : null));
    }

    @FXML
    private void onNew() { vm.create(); }

    @FXML
    private void onExport() { vm.exportShown(); }

    @FXML
    private void onClear() {
        vm.clearFilters();
        fromYearField.clear();
        toYearField.clear();
    }
}
