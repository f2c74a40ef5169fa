package org.liaisondesk.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Shows a {@link RecordEntry}: a bold group header, or a title over a muted detail line. */
public final class RecordEntryCell extends ListCell<RecordEntry> {
    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox lines = new VBox(1, title, detail);

    public RecordEntryCell(ListView<RecordEntry> list) {
        detail.getStyleClass().add("text-muted");
        // As wide as the list, so long lines end in "…" instead of scrolling sideways.
        lines.prefWidthProperty().bind(list.widthProperty().subtract(36));
        lines.setMaxWidth(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(RecordEntry e, boolean empty) {
        super.updateItem(e, empty);
        getStyleClass().remove("search-group");
        if (empty || e == null) {
            setText(null);
            setGraphic(null);
        } else if (e.header()) {
            setText(e.title());
            setGraphic(null);
            getStyleClass().add("search-group");
        } else {
            title.setText(e.title());
            detail.setText(e.detail());
            setText(null);
            setGraphic(lines);
        }
    }
}
