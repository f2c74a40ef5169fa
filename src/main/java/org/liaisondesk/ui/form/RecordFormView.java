package org.liaisondesk.ui.form;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.liaisondesk.ui.common.Focus;

/**
 * Lays out a record form from its fields, group by group, and binds each input. A field with a
 * problem is decorated (ControlsFX) and says why underneath. Ctrl+S saves, Esc leaves.
 */
public final class RecordFormView {
    private static final KeyCodeCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final RecordFormViewModel<?> vm;
    private final ResourceBundle bundle;
    private final Runnable leave;
    private final Map<String, Label> problemLabels = new HashMap<>();
    private final ValidationSupport validation = new ValidationSupport();
    private final javafx.beans.value.ChangeListener<Node> followFocus = (x, was, now) -> keepInView(now);
    @FXML private VBox recordForm;
    @FXML private Label titleLabel;
    @FXML private VBox groupsBox;
    @FXML private javafx.scene.control.ScrollPane scroller;
    @FXML private Label messageLabel;
    @FXML private Button saveButton;

    /** @param leave asks to close the form (the shell checks for unsaved changes) */
    public RecordFormView(RecordFormViewModel<?> vm, ResourceBundle bundle, Runnable leave) {
        this.vm = vm;
        this.bundle = bundle;
        this.leave = leave;
    }

    /** The record's change history, under the fields, folded; shown once there is any. */
    private void showHistory() {
        VBox lines = new VBox(4);
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(bundle.getString("history.title"), lines);
        pane.setExpanded(false);
        pane.setId("historyPane");
        pane.setVisible(false);
        pane.setManaged(false);
        vm.history().addListener((javafx.collections.ListChangeListener<String>) c -> {
            lines.getChildren().setAll(vm.history().stream().map(t -> {
                Label l = new Label(t);
                l.setWrapText(true);
                return l;
            }).toList());
            pane.setText(bundle.getString("history.title") + "（" + vm.history().size() + "）");
            pane.setVisible(!vm.history().isEmpty());
            pane.setManaged(!vm.history().isEmpty());
        });
        groupsBox.getChildren().add(pane);
    }

    @FXML
    private void initialize() {
        titleLabel.setText(vm.title());
        recordForm.setId(vm.kind().name().toLowerCase(java.util.Locale.ROOT) + "Form");
        Map<String, GridPane> groups = new LinkedHashMap<>();
        Control first = null;
        for (FormField f : vm.fields()) {
            GridPane grid = groups.computeIfAbsent(f.groupKey(), this::group);
            Control input = FieldInputs.create(f, bundle);
            Node shown = FieldInputs.wrap(f, input, bundle);
            Label name = new Label(bundle.getString(f.labelKey()) + (f.required() ? " *" : ""));
            name.setLabelFor(input);
            name.setWrapText(true);
            Label problem = new Label();
            problem.getStyleClass().add("problem");
            problem.setWrapText(true);
            problem.setId(f.name() + "Problem");
            problemLabels.put(f.name(), problem);
            VBox cell = new VBox(2, shown, problem);
            int row = grid.getRowCount();
            grid.addRow(row, name, cell);
            GridPane.setHgrow(cell, Priority.ALWAYS);
            String fieldName = f.name();
            validation.registerValidator(input, false, (Control c, Object value) -> {
                String why = vm.problems().get(fieldName);
                return ValidationResult.fromErrorIf(c, why, why != null);
            });
            if (first == null) first = input;
        }
        showHistory();
        saveButton.disableProperty().bind(vm.canSaveProperty().not().or(vm.savingProperty()));
        messageLabel.textProperty().bind(vm.messageProperty());
        vm.problems().addListener((MapChangeListener<String, String>) c -> Platform.runLater(this::showProblems));
        showProblems();
        recordForm.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave.run();
            }
        });
        // Ctrl+S saves wherever the focus is while the form is shown.
        recordForm.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(SAVE);
                old.focusOwnerProperty().removeListener(followFocus);
            }
            if (scene != null) {
                scene.getAccelerators().put(SAVE, vm::save);
                scene.focusOwnerProperty().addListener(followFocus);
            }
        });
        if (first != null) Focus.onceShown(first);
    }

    /** Tabbing through a long form scrolls it, so the field being typed in is always in sight. */
    private void keepInView(Node focused) {
        if (focused == null || recordForm.getScene() == null) return;
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n != groupsBox) continue;
            double contentHeight = groupsBox.getBoundsInLocal().getHeight();
            double viewport = scroller.getViewportBounds().getHeight();
            if (contentHeight <= viewport) return;
            javafx.geometry.Bounds b = groupsBox.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
            double top = scroller.getVvalue() * (contentHeight - viewport);
            if (b.getMinY() < top) scroller.setVvalue(Math.max(0, b.getMinY() - 30) / (contentHeight - viewport));
            else if (b.getMaxY() > top + viewport) {
                scroller.setVvalue(Math.min(1, (b.getMaxY() + 30 - viewport) / (contentHeight - viewport)));
            }
            return;
        }
    }

    private GridPane group(String key) {
        Label title = new Label(bundle.getString(key));
        title.getStyleClass().add("title-4");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(150);
        names.setPrefWidth(150);
        names.setMaxWidth(150);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMaxWidth(620);
        grid.getColumnConstraints().setAll(names, inputs);
        groupsBox.getChildren().addAll(title, grid);
        return grid;
    }

    private void showProblems() {
        problemLabels.forEach((name, label) -> {
            String why = vm.problems().get(name);
            label.setText(why == null ? "" : why);
            label.setVisible(why != null);
            label.setManaged(why != null);
        });
        validation.revalidate();
    }

    @FXML
    private void onSave() { vm.save(); }

    @FXML
    private void onCancel() { leave.run(); }
}
