package org.liaisondesk.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.App;
import org.liaisondesk.domain.Preferences;
import org.liaisondesk.service.Services;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application in a headless window, driven as a person would: what every flow needs. The
 * flows are grouped by what they exercise ({@code DesktopFlowTest}, {@code DelegationFlowTest}, …).
 */
abstract class DesktopFlow extends FxRobot {
    @TempDir Path dir;
    Application app;
    Stage stage;

    /** Set once the toolkit ran: a flow that reaches Quit ends it for good, and every later one would hang. */
    private static boolean toolkitStarted;

    private static boolean toolkitAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("JavaFX Application Thread") && t.isAlive());
    }

    /** Fails at once, instead of hanging the build, when an earlier flow ended the toolkit. */
    static void requireToolkit() {
        if (toolkitStarted && !toolkitAlive()) {
            throw new AssertionError("the JavaFX toolkit was ended by an earlier flow (did it reach Quit?)");
        }
        toolkitStarted = true;
    }

    /** Fills {@code dir} (with the sample or empty, in a language) and starts the program on it. */
    void start(boolean withSample, String language) throws Exception {
        try (Services s = Services.open(dir)) {
            if (withSample) s.sampleData().load(false);
            Preferences p = Preferences.DEFAULTS.withLanguage(language);
            s.preferences().save(withSample ? p.withSampleOffered() : p);
        }
        launch();
        interact(() -> stage.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts the program on {@code dir} as it is (a flow that prepared the folder itself calls this). */
    void launch() throws Exception {
        requireToolkit();
        App.useFolder(dir);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class);
    }

    /**
     * Closes the program and its windows, on a helper thread with a time limit: if the toolkit dies
     * meanwhile, TestFX would wait for it for ever and hang the build; this fails the flow instead.
     */
    @AfterEach
    void stop() throws Exception {
        if (!toolkitAlive()) return;
        var cleanup = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "flow-cleanup");
            t.setDaemon(true);
            return t;
        });
        try {
            cleanup.submit(() -> {
                if (app != null) FxToolkit.cleanupApplication(app);
                FxToolkit.cleanupStages();
                return null;
            }).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("closing the program took over 60 s; JavaFX toolkit alive: " + toolkitAlive()
                    + ", windows: " + javafx.stage.Window.getWindows());
        } finally {
            cleanup.shutdownNow();
        }
    }

    String text(String query) {
        Node n = lookup(query).query();
        return ((Label) n).getText();
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
