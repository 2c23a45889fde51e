package dev.iammodeller.app.work;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** {@link BackgroundWork} on a small pool of daemon threads, with results delivered through the FX thread. */
public final class FxBackgroundWork implements BackgroundWork {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "iam-modeller-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void report(Runnable onFxThread) {
        Platform.runLater(onFxThread);
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onResult.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }
}
