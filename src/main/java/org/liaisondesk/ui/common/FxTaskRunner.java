package org.liaisondesk.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * Runs work in a {@link Task} on background threads; callbacks arrive on the FX thread. Two
 * threads, so opening a record never waits behind a list being refreshed; view models that
 * fire repeatedly (filters) drop results that a newer request has overtaken.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "liaison-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() { return work.get(); }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
    }

    /** Waits two frames (the page laid out and drawn), then starts the work as {@link #run} does. */
    @Override
    public <T> void runAfterShown(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) return;
                stop();
                run(work, onSuccess, onFailure);
            }
        }.start();
    }
}
