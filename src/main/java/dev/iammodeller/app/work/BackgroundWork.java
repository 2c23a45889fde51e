package dev.iammodeller.app.work;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the FX thread and hands its result back on the FX thread, in one place. Views and view
 * models take this interface, so tests can run the work at once on their own thread.
 */
public interface BackgroundWork {
    /** Runs {@code work} in the background; {@code onResult} or {@code onFailure} then runs on the FX thread. */
    <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure);

    /**
     * Runs {@code onFxThread} on the FX thread, from work running in the background (how far it has come); by
     * default at once, where the work runs on the caller's thread (tests).
     */
    default void report(Runnable onFxThread) {
        onFxThread.run();
    }
}
