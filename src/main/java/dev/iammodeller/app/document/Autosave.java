package dev.iammodeller.app.document;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Every interval, while the model has unsaved changes, writes it to its recovery copy: from the
 * immutable model value, off the FX thread. The copy goes as soon as nothing is unsaved any more (a
 * save, an open, New, undoing back to the saved model) and when the window closes.
 */
public final class Autosave {
    private final EditorState state;
    private final BackgroundWork work;
    private final Recovery recovery;
    private final Timeline timer;
    /** Grows whenever the copy written so far must go: a write started before then is dropped. */
    private final AtomicLong generation = new AtomicLong();
    private Path written;
    private long writtenRevision = -1;

    public Autosave(EditorState state, BackgroundWork work, Recovery recovery, Duration interval) {
        this.state = state;
        this.work = work;
        this.recovery = recovery;
        this.timer = new Timeline(new KeyFrame(interval, event -> runNow()));
        timer.setCycleCount(Animation.INDEFINITE);
        state.unsavedProperty().addListener((property, was, unsaved) -> {
            if (!unsaved) {
                removeCopy();
            }
        });
    }

    public void start() {
        timer.play();
    }

    /** Stops the timer and removes the copy: the window is closing and the user has decided. */
    public void stop() {
        timer.stop();
        removeCopy();
    }

    /** Writes the copy now if there is something unsaved not yet written. */
    public void runNow() {
        if (!state.unsavedProperty().get() || state.revisionProperty().get() == writtenRevision) {
            return;
        }
        IamModel model = state.model();
        Path file = state.fileProperty().get();
        Path copy = recovery.copyFor(file);
        if (written != null && !written.equals(copy)) {
            removeCopy();
        }
        long mine = generation.get();
        written = copy;
        writtenRevision = state.revisionProperty().get();
        work.run(() -> {
            try {
                recovery.write(model, file, () -> generation.get() == mine);
                return copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done -> { }, failure -> writtenRevision = -1);
    }

    private void removeCopy() {
        generation.incrementAndGet();
        if (written != null) {
            recovery.removeCopy(written);
            written = null;
        }
        writtenRevision = -1;
    }
}
