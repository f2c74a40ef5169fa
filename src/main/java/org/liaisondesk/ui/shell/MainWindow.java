package org.liaisondesk.ui.shell;

import java.util.ResourceBundle;
import javafx.scene.Parent;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.ui.common.Fonts;
import org.liaisondesk.ui.common.ViewLoader;

/** Builds the main window's content for a view model; the caller owns the stage. */
public final class MainWindow {
    public static final String STYLESHEET = MainWindow.class.getResource("shell.css").toExternalForm();

    private MainWindow() {}

    public static Parent build(ShellViewModel vm) {
        ResourceBundle bundle = Messages.bundle(vm.locale());
        Parent root = ViewLoader.load(new ShellView(vm, bundle), bundle);
        root.getStylesheets().add(STYLESHEET);
        Fonts.apply(root);
        return root;
    }
}
