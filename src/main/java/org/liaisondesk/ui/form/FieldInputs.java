package org.liaisondesk.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.liaisondesk.ui.common.Choice;

/** The input control for each kind of form field, bound both ways to the field's value. */
final class FieldInputs {
    /** Chosen to clear an optional choice. */
    private static final Choice NONE = new Choice(null, "—");

    private FieldInputs() {}

    static Control create(FormField f, ResourceBundle bundle) {
        Control c = switch (f.input()) {
            case TEXT, NUMBER, WHOLE -> text(new TextField(), f);
            case DATE -> {
                TextField t = text(new TextField(), f);
                t.setPromptText(bundle.getString("editor.datePrompt"));
                yield t;
            }
            case AREA -> {
                TextArea a = text(new TextArea(), f);
                a.setPrefRowCount(f.name().equals("notes") ? 3 : 2);
                a.setWrapText(true);
                yield a;
            }
            case CHECK -> {
                CheckBox b = new CheckBox();
                b.selectedProperty().bindBidirectional(f.flag);
                yield b;
            }
            case CHOICE -> one(new ComboBox<>(), f);
            case PICK -> one(new SearchableComboBox<>(), f);
            case PICK_MANY -> {
                SearchableComboBox<Choice> add = new SearchableComboBox<>();
                add.getItems().setAll(f.options());
                add.setPromptText(bundle.getString("form.add"));
                add.valueProperty().addListener((o, old, picked) -> {
                    if (picked == null) return;
                    if (!f.chosen.contains(picked)) f.chosen.add(picked);
                    Platform.runLater(() -> add.setValue(null));
                });
                yield add;
            }
        };
        if (f.hintKey() != null && c instanceof TextInputControl t) t.setPromptText(bundle.getString(f.hintKey()));
        c.setId(f.name() + "Input");
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    /** What is laid out for the field: the control, or for several choices the chosen ones above it. */
    static Node wrap(FormField f, Control input, ResourceBundle bundle) {
        if (f.input() != FormField.Input.PICK_MANY) return input;
        FlowPane chosen = new FlowPane(6, 4);
        chosen.setId(f.name() + "Chosen");
        Runnable show = () -> {
            List<Node> chips = new ArrayList<>();
            for (Choice c : f.chosen) chips.add(chip(c, f, bundle));
            chosen.getChildren().setAll(chips);
        };
        f.chosen.addListener((ListChangeListener<Choice>) x -> show.run());
        show.run();
        return new VBox(4, chosen, input);
    }

    private static Node chip(Choice c, FormField f, ResourceBundle bundle) {
        Label name = new Label(c.label());
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("flat", "small");
        remove.setAccessibleText(bundle.getString("form.remove") + " " + c.label());
        remove.setOnAction(e -> f.chosen.remove(c));
        HBox chip = new HBox(2, name, remove);
        chip.getStyleClass().add("chip");
        chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return chip;
    }

    private static <T extends TextInputControl> T text(T control, FormField f) {
        control.textProperty().bindBidirectional(f.text);
        return control;
    }

    private static ComboBox<Choice> one(ComboBox<Choice> box, FormField f) {
        if (!f.required()) box.getItems().add(NONE);
        box.getItems().addAll(f.options());
        box.valueProperty().bindBidirectional(f.choice);
        return box;
    }
}
