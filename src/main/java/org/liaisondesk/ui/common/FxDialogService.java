package org.liaisondesk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.HostServices;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts, buttons labelled in the user's language. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final ResourceBundle bundle;
    private final HostServices host;

    /** @param host opens files in the system's viewers; null where no file is ever opened */
    public FxDialogService(Window owner, ResourceBundle bundle, HostServices host) {
        this.owner = owner;
        this.bundle = bundle;
        this.host = host;
    }

    @Override
    public List<Path> chooseFiles(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        java.io.File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public void open(Path file) {
        if (host != null) host.showDocument(file.toUri().toString());
    }

    @Override
    public Optional<String> ask(String title, String text, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(text);
        d.getDialogPane().setPrefWidth(540);
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.OK)).setText(bundle.getString("dialog.ok"));
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(bundle.getString("editor.cancel"));
        Fonts.apply(d.getDialogPane());
        return d.showAndWait();
    }

    @Override
    public boolean askPasswords(PasswordForm form) {
        javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle(form.title());
        d.setHeaderText(form.header());
        ButtonType ok = new ButtonType(bundle.getString("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(bundle.getString("editor.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(PasswordFields.build(form, bundle));
        d.getDialogPane().setPrefWidth(540);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(form.complete().not());
        Fonts.apply(d.getDialogPane());
        return d.showAndWait().filter(ok::equals).isPresent();
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
