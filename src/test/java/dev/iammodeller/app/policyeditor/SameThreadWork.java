package dev.iammodeller.app.policyeditor;

import dev.iammodeller.app.BackgroundWork;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs background work at once on the calling thread, so a test sees its result straight away. */
public final class SameThreadWork implements BackgroundWork {
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
