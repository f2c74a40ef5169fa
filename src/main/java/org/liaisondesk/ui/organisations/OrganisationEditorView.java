package org.liaisondesk.ui.organisations;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.Focus;

/** Binds the organisation form; fields with a problem are marked and say why. Ctrl+S saves, Esc leaves. */
public final class OrganisationEditorView {
    private static final KeyCodeCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final OrganisationEditorViewModel vm;
    private final Runnable leave;
    @FXML private VBox organisationEditor;
    @FXML private Label titleLabel;
    @FXML private TextField nameZhField;
    @FXML private TextField nameEnField;
    @FXML private TextField nameLocalField;
    @FXML private TextField abbreviationField;
    @FXML private ComboBox<Choice> typeBox;
    @FXML private SearchableComboBox<Choice> countryBox;
    @FXML private TextField provinceField;
    @FXML private TextField cityField;
    @FXML private TextField addressField;
    @FXML private TextField websiteField;
    @FXML private TextField emailField;
    @FXML private TextField phoneField;
    @FXML private TextField partnerSinceField;
    @FXML private ComboBox<Choice> statusBox;
    @FXML private TextField tagsField;
    @FXML private TextArea notesArea;
    @FXML private Label nameProblem;
    @FXML private Label typeProblem;
    @FXML private Label countryProblem;
    @FXML private Label partnerSinceProblem;
    @FXML private Label messageLabel;
    @FXML private Button saveButton;

    /** @param leave asks to close the editor (the shell checks for unsaved changes) */
    public OrganisationEditorView(OrganisationEditorViewModel vm, Runnable leave) {
        this.vm = vm;
        this.leave = leave;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(vm.title());
        nameZhField.textProperty().bindBidirectional(vm.nameZh);
        nameEnField.textProperty().bindBidirectional(vm.nameEn);
        nameLocalField.textProperty().bindBidirectional(vm.nameLocal);
        abbreviationField.textProperty().bindBidirectional(vm.abbreviation);
        choices(typeBox, vm.type, vm.types());
        countryBox.getItems().setAll(vm.countries());
        countryBox.valueProperty().bindBidirectional(vm.country);
        provinceField.textProperty().bindBidirectional(vm.province);
        cityField.textProperty().bindBidirectional(vm.city);
        addressField.textProperty().bindBidirectional(vm.address);
        websiteField.textProperty().bindBidirectional(vm.website);
        emailField.textProperty().bindBidirectional(vm.email);
        phoneField.textProperty().bindBidirectional(vm.phone);
        partnerSinceField.textProperty().bindBidirectional(vm.partnerSince);
        choices(statusBox, vm.status, vm.statuses());
        tagsField.textProperty().bindBidirectional(vm.tags);
        notesArea.textProperty().bindBidirectional(vm.notes);
        saveButton.disableProperty().bind(vm.canSaveProperty().not().or(vm.savingProperty()));
        messageLabel.textProperty().bind(vm.messageProperty());
        vm.problems().addListener((MapChangeListener<String, String>) c -> showProblems());
        showProblems();
        organisationEditor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave.run();
            }
        });
        // Ctrl+S saves wherever the focus is (the sidebar, a menu) while the form is shown.
        organisationEditor.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) old.getAccelerators().remove(SAVE);
            if (scene != null) scene.getAccelerators().put(SAVE, vm::save);
        });
        Focus.whenShown(nameZhField);
    }

    private static <T> void choices(ComboBox<T> box, ObjectProperty<T> value, java.util.List<T> items) {
        box.getItems().setAll(items);
        box.valueProperty().bindBidirectional(value);
    }

    private void showProblems() {
        Map<String, String> p = vm.problems();
        mark(nameProblem, p.get("name"), nameZhField, nameEnField, nameLocalField);
        mark(typeProblem, p.get("type"), typeBox);
        mark(countryProblem, p.get("country"), countryBox);
        mark(partnerSinceProblem, p.get("partnerSince"), partnerSinceField);
    }

    /** Shows the reason under the field and colours the field, or clears both. */
    private static void mark(Label problem, String text, javafx.scene.Node... fields) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
        problem.setManaged(text != null);
        for (javafx.scene.Node f : fields) {
            f.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), text != null);
        }
    }

    @FXML
    private void onSave() { vm.save(); }

    @FXML
    private void onCancel() { leave.run(); }
}
