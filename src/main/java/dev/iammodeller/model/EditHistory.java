package dev.iammodeller.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The history of a model as a list of values: applying a command pushes the model before it, undo and
 * redo move between values. It knows whether the current value is the one last saved.
 */
public final class EditHistory {
    private static final int LIMIT = 1000;

    private record Step(String label, IamModel model) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private IamModel current;
    private IamModel saved;

    public EditHistory(IamModel start) {
        this.current = start;
        this.saved = start;
    }

    public IamModel current() {
        return current;
    }

    /** Applies the command; on {@link EditRefused} nothing changes and the refusal propagates. */
    public IamModel apply(ModelCommand command) {
        IamModel next = command.apply(current);
        undo.push(new Step(command.label(), current));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        current = next;
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label of the command Undo would take back, or null. */
    public String undoLabel() {
        return undo.isEmpty() ? null : undo.peek().label();
    }

    public String redoLabel() {
        return redo.isEmpty() ? null : redo.peek().label();
    }

    public IamModel undo() {
        Step step = undo.pop();
        redo.push(new Step(step.label(), current));
        current = step.model();
        return current;
    }

    public IamModel redo() {
        Step step = redo.pop();
        undo.push(new Step(step.label(), current));
        current = step.model();
        return current;
    }

    /** Records that the current model was saved. */
    public void markSaved() {
        saved = current;
    }

    /** True when the current model is the one last saved (or opened): nothing would be lost. */
    public boolean isSaved() {
        return current == saved || current.equals(saved);
    }
}
