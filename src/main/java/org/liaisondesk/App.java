package org.liaisondesk;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.PreferencesService;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.ClassWarmer;
import org.liaisondesk.ui.common.FirstFrame;
import org.liaisondesk.ui.common.FxDialogService;
import org.liaisondesk.ui.common.FxTaskRunner;
import org.liaisondesk.ui.shell.MainWindow;
import org.liaisondesk.ui.shell.Section;
import org.liaisondesk.ui.shell.ShellViewModel;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. The window is drawn first; the database opens in the background right
 * after the first frame (opening it alongside cost the first frame about half a second on two
 * cores), and the window fills in when it is ready. If the folder cannot be opened (another
 * program has it), the user is told and the program leaves.
 */
public final class App extends Application {
    private static volatile Path folder;
    private static volatile boolean exitAfterFirstFrame;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private CompletableFuture<Services> opening;
    private org.liaisondesk.service.WakeSignal wake;
    private PreferencesService preferences;
    private Services services;
    private Stage stage;
    private Scene scene;
    private ShellViewModel shell;
    private Locale locale;

    /** Starts the desktop app on a data folder and returns when its window closes. */
    public static void launch(Path dataFolder, boolean exitAfterFirstFrame) {
        useFolder(dataFolder);
        App.exitAfterFirstFrame = exitAfterFirstFrame;
        ClassWarmer.start(Messages.supported(Locale.getDefault()));
        Application.launch(App.class);
    }

    /** Chooses the data folder; tests call this before starting the app through TestFX. */
    public static void useFolder(Path dataFolder) {
        folder = dataFolder == null ? DataFolder.resolve(null) : dataFolder;
    }

    @Override
    public void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        this.stage = primary;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> unexpected(e));
        preferences = new PreferencesService(folder);
        Preferences prefs = preferences.load();
        locale = prefs.language() != null ? Messages.supported(Locale.forLanguageTag(prefs.language()))
                : Messages.supported(Locale.getDefault());
        restoreBounds(prefs);
        scene = new Scene(new javafx.scene.layout.Pane());
        stage.setScene(scene);
        showShell(Section.DASHBOARD);
        FirstFrame.measure(scene, ms -> {
            // Called after the pulse (FirstFrame runs it later), so an encrypted folder's modal password dialog may show.
            openData();
            if (exitAfterFirstFrame) FirstFrame.printAndExit(ms);
        });
        stage.show();
    }

    private void openData() { openData(null); }

    /**
     * Opens the data folder; an encrypted one first asks for its password, and again while the one
     * typed is wrong ({@code problem} says so). Cancelling leaves the program.
     */
    private void openData(String problem) {
        Path f = folder;
        char[] password = null;
        if (org.liaisondesk.service.security.DataEncryption.needsPassword(f)) {
            ResourceBundle bundle = Messages.bundle(locale);
            var form = new org.liaisondesk.ui.common.PasswordForm(locale, bundle.getString("password.title"),
                    Messages.format(locale, "password.prompt", List.of(f)), true, false);
            if (problem != null) form.errorProperty().set(problem);
            if (!new FxDialogService(stage, bundle, null).askPasswords(form)) {
                stage = null;
                Platform.exit();
                return;
            }
            password = form.current();
        }
        char[] p = password;
        open(() -> Services.open(f, p), p, null);
    }

    /**
     * Opens the data in the background and connects the window to it.
     *
     * @param after shown once connected (what an upgrade from a backup did), or null
     */
    private void open(java.util.function.Supplier<Services> how, char[] password, Runnable after) {
        Path f = folder;
        opening = CompletableFuture.supplyAsync(how);
        opening.whenCompleteAsync((s, failure) -> {
            Throwable cause = failure instanceof CompletionException c ? c.getCause() : failure;
            if (cause instanceof org.liaisondesk.domain.WrongPasswordException) {
                openData(Messages.format(locale, "password.wrong", List.of()));
                return;
            }
            if (cause instanceof org.liaisondesk.domain.DataFileFormatException && after == null) {
                offerUpgrade(cause, password);
                return;
            }
            if (cause instanceof org.liaisondesk.domain.InvalidInputException && after != null) {
                // The chosen backup did not check out; nothing was moved: say why and offer again.
                ResourceBundle bundle = Messages.bundle(locale);
                new FxDialogService(stage, bundle, null).error(bundle.getString("upgrade.title"),
                        org.liaisondesk.service.Failures.describe(locale, cause, f));
                offerUpgrade(new org.liaisondesk.domain.DataFileFormatException(f, null), password);
                return;
            }
            if (failure != null) {
                refuseToStart(cause);
                return;
            }
            services = s;
            shell.connect(s);
            try {
                wake = new org.liaisondesk.service.WakeSignal(f, () -> Platform.runLater(this::bringForward));
            } catch (java.io.IOException e) {
                LoggerFactory.getLogger(App.class).warn("no wake signal: {}", e.getMessage());
            }
            if (after != null) after.run();
            else if (!exitAfterFirstFrame) shell.offerSampleIfEmpty();
        }, Platform::runLater);
    }

    /**
     * The database file is of a format this program cannot read (another H2): offer to restore a
     * backup into a new one, keeping the old file beside it.
     */
    private void offerUpgrade(Throwable cause, char[] password) {
        ResourceBundle bundle = Messages.bundle(locale);
        FxDialogService dialogs = new FxDialogService(stage, bundle, null);
        Path f = folder;
        if (!dialogs.confirm(bundle.getString("upgrade.title"), Messages.format(locale, "upgrade.offer",
                List.of(f, f.resolve("backups"))))) {
            refuseToStart(cause);
            return;
        }
        List<Path> chosen = dialogs.chooseFiles(bundle.getString("upgrade.choose"));
        if (chosen.isEmpty()) {
            refuseToStart(cause);
            return;
        }
        Path backup = chosen.get(0);
        String[] outcome = new String[1];
        open(() -> {
            org.liaisondesk.service.backup.BackupService.check(backup, password);
            var now = java.time.LocalDateTime.now();
            Services.SetAside aside = Services.openSetAside(f, password, now);
            try {
                aside.services().backups().restore(backup, password, f.resolve("backups"), now);
                outcome[0] = Messages.format(locale, "upgrade.done", List.of(backup.getFileName(),
                        aside.services().statistics().counts().values().stream().mapToLong(Long::longValue).sum(), aside.oldFile()));
            } catch (RuntimeException e) {
                // The new, empty database stays open: the office can restore another backup from Settings.
                outcome[0] = org.liaisondesk.service.Failures.describe(locale, e, f);
            }
            return aside.services();
        }, password, () -> dialogs.info(bundle.getString("upgrade.title"), outcome[0]));
    }

    /** Another start on this data folder asked for the window: show it, in front. */
    private void bringForward() {
        if (stage == null) return;
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private void showShell(Section section) {
        ResourceBundle bundle = Messages.bundle(locale);
        stage.setTitle(bundle.getString("app.title") + " — " + bundle.getString("app.subtitle"));
        shell = new ShellViewModel(folder, preferences, tasks, new FxDialogService(stage, bundle, getHostServices()), locale,
                this::switchLanguage);
        shell.select(section);
        scene.setRoot(MainWindow.build(shell));
        if (services != null) shell.connect(services);
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

    private void refuseToStart(Throwable failure) {
        ResourceBundle bundle = Messages.bundle(locale);
        boolean inUse = failure instanceof DataFolderInUseException;
        // The program that holds the folder is asked to come forward; this one only says so and leaves.
        if (inUse) org.liaisondesk.service.WakeSignal.poke(folder);
        String text = inUse ? Messages.format(locale, "error.folder.inUse", List.of(folder)) + "\n\n"
                + Messages.format(locale, "startup.inUse.raised", List.of())
                : Messages.format(locale, "error.folder.open", List.of(folder, String.valueOf(failure.getMessage())));
        LoggerFactory.getLogger(App.class).error("cannot open data folder", failure);
        new FxDialogService(stage, bundle, null).error(bundle.getString(inUse ? "startup.inUse.title" : "startup.failed.title"), text);
        stage = null;
        Platform.exit();
    }

    /** The last safety net: log the failure and tell the user in their language, never a stack trace. */
    private void unexpected(Throwable e) {
        Locale l = locale == null ? Locale.getDefault() : locale;
        ResourceBundle bundle = Messages.bundle(l);
        new FxDialogService(stage, bundle, null).error(bundle.getString("dialog.error"), Failures.describe(l, e, folder));
    }

    @Override
    public void stop() {
        if (stage != null && stage.getWidth() > 0) {
            preferences.save(preferences.load()
                    .withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
        if (wake != null) wake.close();
        if (opening == null) return;
        try {
            // Still opening (a quick exit): wait for it, so the database is closed properly.
            Services s = opening.join();
            try {
                // The automatic backup on exit, when anything changed since the last one.
                s.autoBackups().runIfDue(java.time.LocalDateTime.now(), true);
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(App.class).warn("backup on exit failed: {}", e.getMessage());
            }
            s.close();
        } catch (CompletionException e) {
            // never opened: nothing to close
        }
    }
}
