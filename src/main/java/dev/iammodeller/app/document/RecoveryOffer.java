package dev.iammodeller.app.document;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * At start-up, offers back each model a crash left unsaved, newest first: Restore opens it as unsaved,
 * over the file it belongs to (so Undo shows the file as it is on disk, and Save writes there);
 * Discard removes the copy. After one restore the rest wait for the next start.
 */
final class RecoveryOffer {
    /** The model on disk (or an empty one) and the recovered one. */
    private record Restored(IamModel onDisk, IamModel recovered) {
    }

    private final EditorState state;
    private final BackgroundWork work;
    private final Recovery recovery;
    private final DocumentDialogs dialogs;
    private final Activity activity;

    RecoveryOffer(EditorState state, BackgroundWork work, Recovery recovery, DocumentDialogs dialogs, Activity activity) {
        this.state = state;
        this.work = work;
        this.recovery = recovery;
        this.dialogs = dialogs;
        this.activity = activity;
    }

    /** Offers the leftovers, then runs {@code then}; {@code restored} runs after a restore (to write a new copy). */
    void run(Runnable then, Runnable restored) {
        List<Recovery.Leftover> leftovers = recovery.leftovers();
        for (Recovery.Leftover leftover : leftovers) {
            if (dialogs.offerRecovery(leftover.name(), leftover.written())) {
                restore(leftover, () -> {
                    restored.run();
                    then.run();
                });
                return;
            }
            recovery.removeCopy(leftover.copy());
        }
        then.run();
    }

    private void restore(Recovery.Leftover leftover, Runnable then) {
        activity.begin("Restoring " + leftover.name() + "…");
        work.run(() -> read(leftover), restored -> {
            state.open(restored.onDisk(), leftover.file());
            state.submit(ReplaceModel.restore(restored.recovered()));
            recovery.removeCopy(leftover.copy());
            activity.end("Restored the unsaved changes of " + leftover.name());
            then.run();
        }, failure -> {
            activity.end(leftover.name() + " cannot be restored.");
            dialogs.showProblems("Restore Unsaved Changes", leftover.name() + " cannot be restored.",
                    List.of(String.valueOf(failure.getMessage())));
            then.run();
        });
    }

    private Restored read(Recovery.Leftover leftover) {
        try {
            IamModel recovered = recovery.read(leftover);
            IamModel onDisk = IamModel.EMPTY;
            if (leftover.file() != null && Files.isRegularFile(leftover.file())) {
                ModelReading reading = ModelReading.of(leftover.file());
                onDisk = reading.loaded() ? reading.model() : IamModel.EMPTY;
            }
            return new Restored(onDisk, recovered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ModelFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
