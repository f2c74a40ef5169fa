package org.liaisondesk.ui.common;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures start-up as a user feels it: from JVM start to the pulse that first lays out and
 * renders the window. Used by the app's {@code --exit-after-first-frame} and by the bare-stage
 * baseline, so both are timed the same way.
 */
public final class FirstFrame {
    private FirstFrame() {}

    /** Calls {@code then} with the milliseconds since JVM start, once, after the scene's first pulse. */
    public static void measure(Scene scene, java.util.function.LongConsumer then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The frame is rendered at the end of this pulse; runLater lands after it.
            Platform.runLater(() -> then.accept(System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Prints {@code first_frame_ms=N} for the benchmark and leaves. */
    public static void printAndExit(long ms) {
        System.out.println("first_frame_ms=" + ms);
        System.out.flush();
        Platform.exit();
    }
}
