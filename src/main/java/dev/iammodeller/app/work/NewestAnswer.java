package dev.iammodeller.app.work;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "The newest request wins": runs work in the background and hands over its answer (or failure) only when no
 * newer run was started, and nothing was forgotten, since. For view models that ask again on every change (the
 * policy checker, the policy editor, the simulator). FX thread only.
 */
public final class NewestAnswer {
    private final BackgroundWork background;
    private long started;

    public NewestAnswer(BackgroundWork background) {
        this.background = background;
    }

    public <T> void run(Supplier<T> work, Consumer<T> onAnswer, Consumer<Throwable> onFailure) {
        long mine = ++started;
        background.run(work, answer -> {
            if (mine == started) {
                onAnswer.accept(answer);
            }
        }, failure -> {
            if (mine == started) {
                onFailure.accept(failure);
            }
        });
    }

    /** Drops the answers of the runs started so far: they will not be handed over. */
    public void forget() {
        started++;
    }
}
