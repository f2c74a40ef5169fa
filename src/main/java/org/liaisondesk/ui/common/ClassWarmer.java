package org.liaisondesk.ui.common;

import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Messages;

/**
 * Loads, on a spare core while the toolkit starts, the classes and bundles that building the
 * first window needs, so the FX thread finds them ready. Loading only: nothing is initialised
 * that needs the toolkit, and a class that cannot be found is simply skipped.
 */
public final class ClassWarmer {
    private static final List<String> CLASSES = List.of(
            "javafx.fxml.FXMLLoader", "javafx.fxml.FXMLLoader$Element", "javafx.fxml.FXMLLoader$InstanceDeclarationElement",
            "javafx.fxml.FXMLLoader$ValueElement", "javafx.fxml.FXMLLoader$PropertyElement", "com.sun.javafx.fxml.BeanAdapter",
            "com.sun.javafx.fxml.builder.JavaFXSceneBuilder", "javafx.fxml.JavaFXBuilderFactory",
            "javafx.scene.control.MenuBar", "javafx.scene.control.Menu", "javafx.scene.control.MenuItem",
            "javafx.scene.control.ToggleButton", "javafx.scene.control.ScrollPane", "javafx.scene.control.ProgressBar",
            "javafx.scene.control.Label", "javafx.scene.layout.BorderPane", "javafx.scene.layout.FlowPane",
            "javafx.scene.control.skin.MenuBarSkin", "javafx.scene.control.skin.ToggleButtonSkin",
            "javafx.scene.control.skin.ScrollPaneSkin", "javafx.scene.control.skin.ProgressBarSkin",
            "javafx.scene.control.skin.LabelSkin", "javafx.scene.control.skin.ButtonSkin",
            "org.kordamp.ikonli.javafx.FontIcon", "org.kordamp.ikonli.feather.Feather",
            "org.kordamp.ikonli.feather.FeatherIkonHandler", "atlantafx.base.theme.PrimerLight",
            "org.liaisondesk.ui.shell.ShellView", "org.liaisondesk.ui.shell.ShellViewModel",
            "org.liaisondesk.ui.dashboard.DashboardView", "org.liaisondesk.ui.dashboard.DashboardViewModel");

    private ClassWarmer() {}

    public static void start(Locale locale) {
        Thread t = new Thread(() -> {
            ClassLoader loader = ClassWarmer.class.getClassLoader();
            Messages.bundle(locale);
            for (String name : CLASSES) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // a renamed class only loses its head start
                }
            }
        }, "liaison-class-warmer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
