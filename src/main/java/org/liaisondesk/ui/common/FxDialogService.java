package org.liaisondesk.ui.common;

import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts, buttons labelled in the user's language. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final ResourceBundle bundle;

    public FxDialogService(Window owner, ResourceBundle bundle) {
        this.owner = owner;
        this.bundle = bundle;
    }

    @Override
    public boolean confirm(String title, String text) {
        ButtonType yes = new ButtonType(bundle.getString("dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(bundle.getString("dialog.no"), ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, text, yes, no);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void info(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text, ok()).showAndWait();
    }

    @Override
    public void error(String title, String text) {
        alert(Alert.AlertType.ERROR, title, text, ok()).showAndWait();
    }

    private ButtonType ok() { return new ButtonType(bundle.getString("dialog.ok"), ButtonBar.ButtonData.OK_DONE); }

    private Alert alert(Alert.AlertType type, String title, String text, ButtonType... buttons) {
        Alert a = new Alert(type, "", buttons);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        // A wrapping label, so long Chinese sentences are never cut off.
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(480);
        a.getDialogPane().setContent(body);
        // A known width before showing, so the dialog is centred on its owner rather than placed half off-screen.
        a.getDialogPane().setPrefWidth(540);
        Fonts.apply(a.getDialogPane());
        return a;
    }
}
