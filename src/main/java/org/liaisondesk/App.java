package org.liaisondesk;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.liaisondesk.domain.DataFolderInUseException;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.Preferences;
import org.liaisondesk.service.DataFolder;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.FxDialogService;
import org.liaisondesk.ui.common.FirstFrame;
import org.liaisondesk.ui.common.FxTaskRunner;
import org.liaisondesk.ui.shell.MainWindow;
import org.liaisondesk.ui.shell.Section;
import org.liaisondesk.ui.shell.ShellViewModel;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: opens the data folder before the first frame (in {@link #init()},
 * off the FX thread), builds the main window, and keeps the window's bounds and language.
 */
public final class App extends Application {
    private static volatile Path folder;
    private static volatile boolean exitAfterFirstFrame;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private Services services;
    private RuntimeException openFailure;
    private Stage stage;
    private Scene scene;
    private ShellViewModel shell;
    private Locale locale;

    /** Starts the desktop app on a data folder and returns when its window closes. */
    public static void launch(Path dataFolder, boolean exitAfterFirstFrame) {
        folder = dataFolder;
        App.exitAfterFirstFrame = exitAfterFirstFrame;
        Application.launch(App.class);
    }

    /** For tests that start the app through TestFX rather than {@link #launch(Path)}. */
    public static void useFolder(Path dataFolder) { folder = dataFolder; }

    @Override
    public void init() {
        try {
            services = Services.open(folder == null ? DataFolder.resolve(null) : folder);
        } catch (RuntimeException e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = primary;
        if (openFailure != null) {
            refuseToStart(Messages.supported(Locale.getDefault()));
            return;
        }
        Preferences prefs = services.preferences().load();
        locale = prefs.language() != null ? Messages.supported(Locale.forLanguageTag(prefs.language()))
                : Messages.supported(Locale.getDefault());
        restoreBounds(prefs);
        scene = new Scene(new javafx.scene.layout.Pane());
        stage.setScene(scene);
        showShell(Section.DASHBOARD);
        if (exitAfterFirstFrame) {
            FirstFrame.measure(scene, FirstFrame::printAndExit);
            stage.show();
            return;
        }
        stage.show();
        shell.offerSampleIfEmpty();
    }

    private void showShell(Section section) {
        ResourceBundle bundle = Messages.bundle(locale);
        stage.setTitle(bundle.getString("app.title") + " — " + bundle.getString("app.subtitle"));
        shell = new ShellViewModel(services, tasks, new FxDialogService(stage, bundle), locale, this::switchLanguage);
        shell.select(section);
        scene.setRoot(MainWindow.build(shell));
        shell.refreshCounts();
    }

    private void switchLanguage(Locale l) {
        locale = l;
        Section current = shell.selectedProperty().get();
        // Rebuild after the current event: the language box that fired it is part of the old window.
        Platform.runLater(() -> showShell(current));
    }

    private void restoreBounds(Preferences p) {
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (p.windowWidth() == null || p.windowHeight() == null) {
            stage.setWidth(1280);
            stage.setHeight(800);
            return;
        }
        boolean visible = p.windowX() != null && !Screen.getScreensForRectangle(
                new Rectangle2D(p.windowX(), p.windowY(), p.windowWidth(), p.windowHeight())).isEmpty();
        stage.setWidth(p.windowWidth());
        stage.setHeight(p.windowHeight());
        if (visible) {
            stage.setX(p.windowX());
            stage.setY(p.windowY());
        }
        stage.setMaximized(p.maximized());
    }

    private void refuseToStart(Locale l) {
        ResourceBundle bundle = Messages.bundle(l);
        String text = openFailure instanceof DataFolderInUseException e
                ? Messages.format(l, "error.folder.inUse", List.of(e.dataFolder()))
                : Messages.format(l, "error.folder.open", List.of(folder, String.valueOf(openFailure.getMessage())));
        LoggerFactory.getLogger(App.class).error("cannot open data folder", openFailure);
        String title = bundle.getString(openFailure instanceof DataFolderInUseException
                ? "startup.inUse.title" : "startup.failed.title");
        new FxDialogService(null, bundle).error(title, text);
        Platform.exit();
    }

    @Override
    public void stop() {
        if (services == null) return;
        if (stage != null && stage.getWidth() > 0) {
            services.preferences().save(services.preferences().load()
                    .withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
        services.close();
    }
}
