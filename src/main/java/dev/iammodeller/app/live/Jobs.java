package dev.iammodeller.app.live;

import dev.iammodeller.app.work.BackgroundWork;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One kind of background job where only the newest request matters: at most one runs at a time; a request
 * made meanwhile waits (replacing any other waiting one) and starts when the running one ends; a result is
 * shown only if its request is still the newest. {@code busy} is true while a job runs. FX thread only.
 */
final class Jobs<R, T> {
    private final BackgroundWork background;
    private final Function<R, T> work;
    private final Consumer<T> show;
    private final Consumer<Throwable> fail;
    private final ReadOnlyBooleanWrapper busy;
    private R newest;
    private R waiting;
    private boolean running;

    Jobs(BackgroundWork background, Function<R, T> work, Consumer<T> show, Consumer<Throwable> fail,
         ReadOnlyBooleanWrapper busy) {
        this.background = background;
        this.work = work;
        this.show = show;
        this.fail = fail;
        this.busy = busy;
    }

    void request(R request) {
        if (Objects.equals(request, newest) && (running || waiting != null)) {
            return;
        }
        newest = request;
        if (running) {
            waiting = request;
        } else {
            start(request);
        }
    }

    /** Forgets the newest request: whatever is running or waiting will not be shown. */
    void cancel() {
        newest = null;
        waiting = null;
    }

    private void start(R request) {
        running = true;
        busy.set(true);
        background.run(() -> work.apply(request), result -> ended(request, result, null), failure -> ended(request, null, failure));
    }

    private void ended(R request, T result, Throwable failure) {
        running = false;
        boolean current = Objects.equals(request, newest);
        if (current) {
            if (failure != null) {
                fail.accept(failure);
            } else {
                show.accept(result);
            }
        }
        R next = waiting;
        waiting = null;
        if (next != null && !Objects.equals(next, request)) {
            start(next);
        } else {
            busy.set(false);
        }
    }
}
