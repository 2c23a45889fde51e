package dev.iammodeller.app.canvas;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Clip;
import dev.iammodeller.diagram.Copies;
import dev.iammodeller.diagram.Deletion;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.model.AddEntity;
import dev.iammodeller.model.CompoundCommand;
import dev.iammodeller.model.ModelCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Edit menu's work on the selection: delete, copy, paste, duplicate, select all. Each change is one
 * command; pasted copies become the selection. Plain Java over the editor state.
 */
public final class EditActions {
    private final EditorState editor;
    private final Supplier<Drawing> drawing;
    private final Supplier<java.util.Set<String>> drawn;
    private Clip clip = new Clip(List.of(), List.of(), java.util.Map.of());
    private int pastes;

    /** Actions on a canvas that draws the whole model. */
    EditActions(EditorState editor, Supplier<Drawing> drawing) {
        this(editor, drawing, () -> editor.model().entities().keySet());
    }

    /**
     * {@code drawing} places the whole model (hidden parts too: deleting a frame deletes all it holds);
     * {@code drawn} names what is drawn (a focus view hides the rest), what Select All selects.
     */
    EditActions(EditorState editor, Supplier<Drawing> drawing, Supplier<java.util.Set<String>> drawn) {
        this.editor = editor;
        this.drawing = drawing;
        this.drawn = drawn;
    }

    /** Deletes the selection (frames with what they hold); returns the refusal, if any. */
    public Optional<String> delete() {
        ModelCommand command = Deletion.of(editor.model(), drawing.get().containment(), editor.selection());
        return command == null ? Optional.empty() : editor.submit(command);
    }

    /** Keeps copies of the selected nodes; returns how many were copied. */
    public int copy() {
        clip = Copies.copy(editor.model(), drawing.get(), editor.selection());
        pastes = 0;
        return clip.entities().size();
    }

    public Optional<String> paste() {
        ModelCommand command = Copies.paste(editor.model(), clip, ++pastes);
        return command == null ? Optional.empty() : submitAndSelect(command);
    }

    /** Copy and paste in one: the copies land beside the originals. */
    public Optional<String> duplicate() {
        Clip kept = clip;
        int keptPastes = pastes;
        copy();
        Optional<String> result = paste();
        clip = kept;
        pastes = keptPastes;
        return result;
    }

    public void selectAll() {
        editor.select(drawn.get());
    }

    public boolean hasClip() {
        return !clip.isEmpty();
    }

    private Optional<String> submitAndSelect(ModelCommand command) {
        Optional<String> refused = editor.submit(command);
        if (refused.isEmpty() && command instanceof CompoundCommand compound) {
            List<String> added = new ArrayList<>();
            for (ModelCommand part : compound.commands()) {
                if (part instanceof AddEntity add) {
                    added.add(add.entity().id());
                }
            }
            editor.select(added);
        }
        return refused;
    }
}
