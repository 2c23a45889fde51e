package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.ShownPart;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The bar over the canvas while part of the model is hidden: what is shown ("What alice reaches: 12 of 240
 * drawn · 30 policies collapsed into 12 holders"), a way back to everything, a way to expand the policies and one to
 * draw every connection when only the selection's are.
 */
final class FocusBar extends HBox {
    private final Label caption = new Label();
    private final Label note = new Label();
    private final Button everything;
    private final Button expand;
    private final Button connections;

    FocusBar(Runnable showEverything, Runnable expandAll, Runnable everyConnection) {
        super(8);
        setId("focus-bar");
        getStyleClass().addAll("canvas-overlay", "focus-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        managedProperty().bind(visibleProperty());
        caption.setMinWidth(0);
        caption.setWrapText(true); // on a narrow canvas in lines rather than cut, as the note
        caption.setMinHeight(USE_PREF_SIZE);
        caption.setId("focus-caption");
        caption.getStyleClass().add("focus-caption");
        note.setId("focus-note");
        note.getStyleClass().add("focus-note");
        note.setMinWidth(0);
        note.setWrapText(true); // why the view is as it is, whole, under the caption: on a narrow canvas in lines rather than cut
        note.setMinHeight(USE_PREF_SIZE);
        note.managedProperty().bind(note.visibleProperty());
        everything = button("Show Everything", "focus-everything", "Draw the whole model again (Ctrl+Alt+A)", showEverything);
        expand = button("Expand Policies", "focus-expand", "Draw every collapsed policy again (Ctrl+Alt+X)", expandAll);
        connections = button("Draw Every Connection", "focus-connections",
                "Draw every membership, attachment and trust, not only the selection's (Ctrl+Alt+L)", everyConnection);
        javafx.scene.layout.VBox texts = new javafx.scene.layout.VBox(2, caption, note); // the note under the caption
        texts.setMinWidth(0);
        getChildren().addAll(texts, everything, expand, connections);
        show(null, false, false, false, "");
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = ZoomControls.button(text, id, tip, action);
        b.managedProperty().bind(b.visibleProperty());
        return b;
    }

    /**
     * Shows what is drawn; hidden when everything is. {@code selectionOnly}: only the selection's connections are drawn.
     * {@code why} says why the view is as it is ("" for nothing).
     */
    void show(ShownPart part, boolean focused, boolean collapsed, boolean selectionOnly, String why) {
        String text = part == null ? "" : part.caption();
        caption.setText(text);
        note.setText(why);
        note.setVisible(!why.isEmpty());
        everything.setVisible(focused);
        expand.setVisible(collapsed);
        connections.setVisible(selectionOnly);
        setVisible(!text.isEmpty() || focused || collapsed || selectionOnly || !why.isEmpty());
    }

    /**
     * Keeps the bar within {@code width}: the caption and the note wrap rather than run under what is beside the bar
     * (each also whole in a tooltip).
     */
    void fitCaption(javafx.beans.value.ObservableNumberValue width) {
        javafx.beans.binding.DoubleBinding room = javafx.beans.binding.Bindings.createDoubleBinding(() -> width.doubleValue()
                - shown(everything) - shown(expand) - shown(connections) - 40, width,
                everything.visibleProperty(), expand.visibleProperty(), connections.visibleProperty());
        caption.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(80, room.get()), room));
        note.maxWidthProperty().bind(caption.maxWidthProperty());
        for (Label label : new Label[] {caption, note}) {
            label.setTooltip(new Tooltip());
            label.getTooltip().textProperty().bind(label.textProperty());
        }
    }

    /** The width a button of the bar takes: none while it is hidden. */
    private static double shown(Button button) {
        return button.isVisible() ? button.prefWidth(-1) + 8 : 0;
    }

    String caption() {
        return caption.getText();
    }
}
