package org.liaisondesk.ui.common;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** A labelled line of a record's details, and how a list of them fills a two-column grid. */
public record Field(String label, String value) {
    public static void fill(GridPane grid, List<Field> fields) {
        grid.getChildren().clear();
        int row = 0;
        for (Field f : fields) {
            Label name = new Label(f.label());
            name.getStyleClass().add("text-muted");
            Label value = new Label(f.value());
            value.setWrapText(true);
            grid.addRow(row++, name, value);
        }
    }
}
