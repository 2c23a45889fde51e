package dev.iammodeller.app;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * The status bar's message: what the window said last (a refusal, a file saved, an export done), cleared after a
 * while so that it never shows news that is old; not while a job that reports there (an open, an import, an
 * export) still runs.
 */
final class StatusMessage {
    /** How long a message stays once nothing newer is said. */
    static final Duration LASTS = Duration.seconds(10);
    private final Label label;
    private final PauseTransition expiry;

    StatusMessage(Label label, Duration lasts, ObservableBooleanValue jobRuns) {
        this.label = label;
        this.expiry = new PauseTransition(lasts);
        expiry.setOnFinished(event -> {
            if (jobRuns.get()) {
                expiry.playFromStart();
            } else {
                label.setText("");
            }
        });
    }

    /** Shows {@code text} until something newer is said or it has lasted its while (FX thread). */
    void say(String text) {
        label.setText(text);
        expiry.playFromStart();
    }
}
