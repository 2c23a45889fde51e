package dev.iammodeller.app.editor;

import dev.iammodeller.model.CommentCommand;
import dev.iammodeller.model.EditHistory;
import dev.iammodeller.model.EditRefused;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelCommand;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What the editor is working on: the current model value, its edit history, the selection and the file
 * it came from. Views read it and submit commands; nothing else changes the model. Lives on the FX
 * thread.
 */
public final class EditorState {
    private EditHistory history;
    private final ReadOnlyObjectWrapper<IamModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyLongWrapper openings = new ReadOnlyLongWrapper(this, "openings");
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(this, "reviewMode");
    /** What a refused edit says in review mode. */
    public static final String IN_REVIEW = "Review mode is on: the model stays as it is until you turn it off"
            + " (View › Review Mode); comments can still be added";

    public EditorState(IamModel start) {
        open(start, null);
        reviewMode.addListener((o, before, on) -> refresh());
    }

    /** Starts over on another model (New, Open, an example): a fresh history, nothing selected. */
    public void open(IamModel start, Path from) {
        history = new EditHistory(start);
        selection.clear();
        file.set(from);
        refresh();
        openings.set(openings.get() + 1);
    }

    /**
     * Applies the command as one undoable step. Returns the one-sentence explanation when the model
     * refuses it (and then nothing changes).
     */
    public Optional<String> submit(ModelCommand command) {
        if (reviewMode.get() && !(command instanceof CommentCommand)) {
            return Optional.of(IN_REVIEW);
        }
        try {
            history.apply(command);
        } catch (EditRefused refused) {
            return Optional.of(refused.getMessage());
        }
        selection.removeIf(id -> history.current().entity(id).isEmpty());
        refresh();
        return Optional.empty();
    }

    public void undo() {
        if (history.canUndo() && !reviewMode.get()) {
            IamModel before = history.current();
            history.undo();
            selectBroughtBack(before);
            refresh();
        }
    }

    public void redo() {
        if (history.canRedo() && !reviewMode.get()) {
            IamModel before = history.current();
            history.redo();
            selectBroughtBack(before);
            refresh();
        }
    }

    /**
     * After an undo or a redo: what it brought back (a deletion undone, an addition redone) becomes the selection, as
     * it was when it went; else the selection keeps what is still there.
     */
    private void selectBroughtBack(IamModel before) {
        IamModel now = history.current();
        List<String> back = now.entities().keySet().stream().filter(id -> !before.entities().containsKey(id)).toList();
        if (back.isEmpty()) {
            selection.removeIf(id -> now.entity(id).isEmpty());
        } else {
            select(back);
        }
    }

    /** Records that the current model now lives in {@code to} on disk. */
    public void saved(Path to) {
        history.markSaved();
        file.set(to);
        refresh();
    }

    /** Replaces the selection with these ids. */
    public void select(Collection<String> ids) {
        selection.retainAll(ids);
        selection.addAll(ids);
    }

    private void refresh() {
        model.set(history.current());
        revision.set(revision.get() + 1);
        canUndo.set(history.canUndo() && !reviewMode.get());
        canRedo.set(history.canRedo() && !reviewMode.get());
        undoLabel.set(history.canUndo() ? history.undoLabel() : "");
        redoLabel.set(history.canRedo() ? history.redoLabel() : "");
        unsaved.set(!history.isSaved());
    }

    public IamModel model() {
        return model.get();
    }

    public ReadOnlyObjectProperty<IamModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** Grows by one with every change of the model value (edit, undo, redo, open): stale work compares it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The label of the step Undo takes back ("Add user alice"), or "". */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** True when the model differs from the one last opened or saved. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** The file the model was opened from or last saved to, or null for a new model. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Grows by one each time another model is opened (New, Open, an example, an import): views fit to it. */
    public ReadOnlyLongProperty openingsProperty() {
        return openings.getReadOnlyProperty();
    }

    /**
     * Review mode: while on, the model is read-only for presenting (every edit but a comment's is refused with
     * {@link #IN_REVIEW}, undo and redo wait); selection, highlights and comments work as ever.
     */
    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    /** The ids of the selected entities, in the order they were selected. */
    public ObservableSet<String> selection() {
        return selection;
    }

    /**
     * The one selected entity, or empty when none or several are selected: what the inspector shows, the live
     * evaluator answers for and the simulator takes (with several selected, which one is meant is nobody's choice).
     */
    public Optional<String> onlySelected() {
        return selection.size() == 1 ? Optional.of(selection.iterator().next()) : Optional.empty();
    }
}
