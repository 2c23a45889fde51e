package dev.iammodeller.app.export;

import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.io.export.HeldPolicies;
import dev.iammodeller.model.Words;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * What the canvas puts on the system clipboard: the policies that nodes hold as text, laid out as AWS prints
 * them ({@link HeldPolicies}), for right-click › Copy Policy JSON and for Ctrl+C beside the canvas's own copy of
 * the nodes (when they hold no policy the clipboard keeps what it had, text copied in another application); and
 * Edit › Copy as Image, a picture of the selection, or of the whole diagram when nothing is selected.
 */
public final class CanvasClipboard {
    /** Twice the canvas's size at 100 %, so that the picture stays sharp on a slide or a high-density screen. */
    public static final double IMAGE_SCALE = 2;
    private final EditorState editor;
    private final CanvasEditor canvas;

    public CanvasClipboard(EditorState editor, CanvasEditor canvas) {
        this.editor = editor;
        this.canvas = canvas;
    }

    /** Ctrl+C on the canvas: the selected nodes are kept for Paste, and their policies go on the system clipboard. */
    public void copySelection() {
        canvas.actions().copy();
        say(copy(List.copyOf(editor.selection())));
    }

    /** Copy Policy JSON: the policy this node holds goes on the system clipboard. */
    public void copyPolicyOf(String id) {
        say(copy(List.of(id)));
    }

    /** Copy as Image: the selection, or the whole diagram, as drawn at {@link #IMAGE_SCALE} times 100 %. */
    public void copyImage() {
        if (editor.model().entities().isEmpty()) {
            say("There is nothing to copy: the canvas is empty");
            return;
        }
        Rect region = PictureRegion.of(canvas.drawing(), editor.selection());
        double scale = PictureRegion.scaleWithin(region, IMAGE_SCALE);
        Image image = canvas.picture(region, scale);
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.IMAGE, image));
        say("Copied " + (editor.selection().isEmpty() ? "the diagram" : "the selection") + " as an image of "
                + (int) image.getWidth() + " × " + (int) image.getHeight() + " pixels");
    }

    private void say(String message) {
        if (!message.isEmpty()) {
            canvas.message(message);
        }
    }

    /** Copies the policies of these nodes; returns the status message, or empty text when none holds one. */
    String copy(Collection<String> ids) {
        List<HeldPolicies.Held> held = HeldPolicies.of(editor.model(), ids);
        if (held.isEmpty()) {
            return "";
        }
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, HeldPolicies.json(held)));
        return held.size() == 1 ? "Copied the " + held.get(0).title() + " as JSON"
                : "Copied " + Words.count(held.size(), "policy", "policies") + " as one JSON object keyed by what each is";
    }
}
