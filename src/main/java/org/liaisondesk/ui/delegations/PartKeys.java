package org.liaisondesk.ui.delegations;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;

/**
 * The keys and mouse of a table of a visit's parts: Enter or double-click edits, Delete removes,
 * Insert adds; members also move with Alt+↑/↓ or by dragging a row to its new place.
 */
final class PartKeys {
    private PartKeys() {}

    static <R> void bind(TableView<R> table, Consumer<R> edit, Consumer<R> remove, Runnable add) {
        table.setOnKeyPressed(e -> {
            R row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) edit.accept(row);
            else if (e.getCode() == KeyCode.DELETE && row != null) remove.accept(row);
            else if (e.getCode() == KeyCode.INSERT) add.run();
            else return;
            e.consume();
        });
        table.setOnMouseClicked(e -> {
            R row = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) edit.accept(row);
        });
    }

    static <R> void reorderable(TableView<R> table, BiConsumer<R, Integer> move) {
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            R row = table.getSelectionModel().getSelectedItem();
            if (row == null || !e.isAltDown()) return;
            if (e.getCode() == KeyCode.UP) move.accept(row, -1);
            else if (e.getCode() == KeyCode.DOWN) move.accept(row, 1);
            else return;
            e.consume();
        });
        table.setRowFactory(t -> {
            TableRow<R> r = new TableRow<>();
            r.setOnDragDetected(e -> {
                if (r.isEmpty()) return;
                ClipboardContent c = new ClipboardContent();
                c.putString(Integer.toString(r.getIndex()));
                r.startDragAndDrop(TransferMode.MOVE).setContent(c);
                e.consume();
            });
            r.setOnDragOver(e -> {
                if (e.getGestureSource() instanceof TableRow<?> && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            r.setOnDragDropped(e -> {
                int from = Integer.parseInt(e.getDragboard().getString());
                int to = r.isEmpty() ? table.getItems().size() - 1 : r.getIndex();
                if (from != to && from < table.getItems().size()) move.accept(table.getItems().get(from), to - from);
                e.setDropCompleted(true);
                e.consume();
            });
            return r;
        });
    }
}
