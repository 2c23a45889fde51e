package dev.iammodeller.app.document;

import java.time.Instant;
import java.util.List;

/** The questions and reports of the File menu. {@link FxDocumentDialogs} asks them in dialogs. */
public interface DocumentDialogs {
    /** The answers to "Save changes?". */
    enum Answer { SAVE, DONT_SAVE, CANCEL }

    /** Asks whether to save the unsaved changes of the model called {@code name} before going on. */
    Answer askToSave(String name);

    /** Offers back the model {@code name} that a crash left unsaved; true to restore it, false to discard it. */
    boolean offerRecovery(String name, Instant written);

    /** Reports that something could not be done, with each problem and where it is. */
    void showProblems(String title, String summary, List<String> problems);
}
