package dev.iammodeller.app.document;

import java.util.Objects;
import javafx.application.Platform;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * What the File menu works with beyond the editor: its dialogs and file choosers, the user's folder,
 * how often the autosave runs, the id recovery copies are written under, and how the application ends.
 * Tests replace any of them.
 *
 * @param processId the process recovery copies are marked with: a copy of a process no longer
 *                  running is offered back at start-up
 */
public record DocumentSetup(DocumentDialogs dialogs, FileChoice files, UserFolder folder, Duration autosaveEvery,
                            long processId, Runnable exit) {
    public static final Duration AUTOSAVE_EVERY = Duration.minutes(1);

    public DocumentSetup {
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(autosaveEvery, "autosaveEvery");
        Objects.requireNonNull(exit, "exit");
    }

    /** The system's dialogs and choosers owned by {@code owner}, ~/.iam-modeller, a minute, Platform.exit. */
    public static DocumentSetup standard(Window owner) {
        return standard(owner, UserFolder.standard(), Preferences.notKept());
    }

    /** As {@link #standard(Window)}, in {@code folder}, the file choosers starting in the preferences' last folder. */
    public static DocumentSetup standard(Window owner, UserFolder folder, Preferences preferences) {
        return new DocumentSetup(new FxDocumentDialogs(owner), new FxFileChoice(owner, preferences), folder,
                AUTOSAVE_EVERY, ProcessHandle.current().pid(), Platform::exit);
    }

    public DocumentSetup withFiles(FileChoice other) {
        return new DocumentSetup(dialogs, other, folder, autosaveEvery, processId, exit);
    }

    public DocumentSetup withDialogs(DocumentDialogs other) {
        return new DocumentSetup(other, files, folder, autosaveEvery, processId, exit);
    }

    public DocumentSetup withFolder(UserFolder other) {
        return new DocumentSetup(dialogs, files, other, autosaveEvery, processId, exit);
    }

    public DocumentSetup withAutosaveEvery(Duration other) {
        return new DocumentSetup(dialogs, files, folder, other, processId, exit);
    }

    public DocumentSetup withProcessId(long other) {
        return new DocumentSetup(dialogs, files, folder, autosaveEvery, other, exit);
    }

    public DocumentSetup withExit(Runnable other) {
        return new DocumentSetup(dialogs, files, folder, autosaveEvery, processId, other);
    }
}
