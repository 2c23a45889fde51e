package dev.iammodeller.app.work;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs background work at once on the calling thread: for tests, which then see its result straight away. */
public final class CurrentThreadWork implements BackgroundWork {
    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        onResult.accept(result);
    }
}
