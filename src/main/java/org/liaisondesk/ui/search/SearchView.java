package org.liaisondesk.ui.search;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.RecordEntryCell;

/** The search box and its grouped results; arrows move, Enter opens, Esc closes. */
public final class SearchView {
    private final SearchViewModel vm;
    private final Runnable close;
    @FXML private TextField searchField;
    @FXML private ListView<RecordEntry> results;
    @FXML private Label statusLabel;

    public SearchView(SearchViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(vm.queryProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        results.setItems(vm.entries());
        results.setCellFactory(RecordEntryCell::new);
        vm.entries().addListener((javafx.collections.ListChangeListener<RecordEntry>) c -> selectNext(0, 1));
        searchField.setOnKeyPressed(e -> {
            int at = results.getSelectionModel().getSelectedIndex();
            switch (e.getCode()) {
                case DOWN -> { selectNext(at + 1, 1); e.consume(); }
                case UP -> { selectNext(at - 1, -1); e.consume(); }
                case ENTER -> { vm.open(results.getSelectionModel().getSelectedItem()); e.consume(); }
                case ESCAPE -> { close.run(); e.consume(); }
                default -> { }
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) vm.open(results.getSelectionModel().getSelectedItem());
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) vm.open(results.getSelectionModel().getSelectedItem());
            if (e.getCode() == KeyCode.ESCAPE) close.run();
        });
    }

    /** Selects the nearest record line from {@code from} in {@code step}'s direction, skipping group headers. */
    private void selectNext(int from, int step) {
        for (int i = from; i >= 0 && i < vm.entries().size(); i += step) {
            if (!vm.entries().get(i).header()) {
                results.getSelectionModel().select(i);
                results.scrollTo(Math.max(0, i - 1));
                return;
            }
        }
    }

    public void focus() { searchField.requestFocus(); }
}
