package org.liaisondesk.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work away from the FX thread and hands the result back on it. View models take one, so
 * tests can run the same work in line without the FX toolkit.
 */
public interface TaskRunner {
    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Like {@link #run}, but starts the work only once what is on screen now has been drawn: for
     * secondary parts of a page (related records, files) that must not compete with showing it.
     */
    default <T> void runAfterShown(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /** Runs everything at once on the calling thread: for tests and for work known to be instant. */
    TaskRunner INLINE = new TaskRunner() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
