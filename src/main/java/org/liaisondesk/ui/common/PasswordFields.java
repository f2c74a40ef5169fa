package org.liaisondesk.ui.common;

import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The fields of a {@link PasswordForm}, bound to it: labels left, fields right, strength and problems below. */
final class PasswordFields {
    private PasswordFields() {}

    static GridPane build(PasswordForm form, ResourceBundle bundle) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        PasswordField first = null;
        if (form.asksCurrent()) {
            first = field(grid, row++, bundle.getString(form.asksNew() ? "encryption.field.current" : "password.field"),
                    form.currentProperty(), "password-current");
        }
        if (form.asksNew()) {
            PasswordField n = field(grid, row++, bundle.getString("encryption.field.new"), form.nextProperty(), "password-new");
            if (first == null) first = n;
            field(grid, row++, bundle.getString("encryption.field.repeat"), form.repeatProperty(), "password-repeat");
            Label strength = new Label();
            strength.setId("password-strength");
            strength.textProperty().bind(form.strengthText());
            grid.add(strength, 1, row++);
            Label problem = new Label();
            problem.setId("password-problem");
            problem.getStyleClass().add("danger");
            problem.textProperty().bind(form.problemText());
            grid.add(problem, 1, row++);
        }
        Label error = new Label();
        error.setWrapText(true);
        error.setId("password-error");
        error.getStyleClass().add("danger");
        error.textProperty().bind(form.errorProperty());
        error.visibleProperty().bind(form.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        grid.add(error, 0, row, 2, 1);
        PasswordField focus = first;
        Platform.runLater(focus::requestFocus);
        return grid;
    }

    private static PasswordField field(GridPane grid, int row, String label, javafx.beans.property.StringProperty text, String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(text);
        GridPane.setHgrow(f, Priority.ALWAYS);
        Label l = new Label(label);
        l.setLabelFor(f);
        grid.add(l, 0, row);
        grid.add(f, 1, row);
        return f;
    }
}
