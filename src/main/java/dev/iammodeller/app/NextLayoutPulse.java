package dev.iammodeller.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once, right after the scene's next layout pulse (what is shown now has been styled and laid out). */
final class NextLayoutPulse {
    private NextLayoutPulse() {
    }

    /** Runs {@code action} once, in the scene's next post-layout step; asks for that pulse if none is coming. */
    static void then(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        });
        Platform.requestNextPulse();
    }
}
