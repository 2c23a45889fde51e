package dev.iammodeller.app.canvas;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Point;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Acts on an offer of connections: applies a single choice, lets the user pick among several in a small
 * menu, or shows why none is allowed next to the pointer for a few seconds (label {@code #connect-refusal}).
 */
final class ConnectionPrompt {
    private final Region owner;
    private final EditorState editor;
    private final Label refusal = new Label();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(5));
    private ContextMenu menu;

    ConnectionPrompt(Region owner, EditorState editor) {
        this.owner = owner;
        this.editor = editor;
        refusal.setId("connect-refusal");
        refusal.getStyleClass().add("connect-refusal");
        refusal.setWrapText(true);
        refusal.setMaxWidth(340);
        refusal.setManaged(false);
        refusal.setVisible(false);
        refusal.setMouseTransparent(true);
        fade.setOnFinished(e -> refusal.setVisible(false));
    }

    /** The refusal label, to put in the overlay above the canvas. */
    Label refusalLabel() {
        return refusal;
    }

    ContextMenu menu() {
        return menu;
    }

    void offer(ConnectionOffers.Offer offer, Point screen) {
        if (offer.choices().size() == 1) {
            apply(offer.choices().get(0), screen);
        } else if (offer.choices().isEmpty()) {
            refuse(offer.refusal().orElse("IAM has no relation between these two."), screen);
        } else {
            menu = new ContextMenu();
            menu.setId("connect-choices");
            for (ConnectionOffers.Choice choice : offer.choices()) {
                MenuItem item = new MenuItem(choice.label());
                item.setOnAction(e -> apply(choice, screen));
                menu.getItems().add(item);
            }
            Point2D at = owner.localToScreen(screen.x(), screen.y());
            menu.show(owner, at.getX(), at.getY());
        }
    }

    /** Shows why a connection would be refused while the pointer is over its target (until {@link #clearHint}). */
    void hint(String why, Point screen) {
        fade.stop();
        place(why, screen);
    }

    void clearHint() {
        if (fade.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            refusal.setVisible(false);
        }
    }

    /** Shows a sentence next to the pointer for a few seconds. */
    void refuse(String why, Point screen) {
        place(why, screen);
        fade.playFromStart();
    }

    private void place(String why, Point screen) {
        String text = why.isEmpty() ? why : Character.toUpperCase(why.charAt(0)) + why.substring(1);
        if (!text.equals(refusal.getText())) {
            refusal.setText(text);
            refusal.resize(340, refusal.prefHeight(340));
        }
        refusal.relocate(Math.min(screen.x() + 14, Math.max(0, owner.getWidth() - 350)), screen.y() + 14);
        refusal.setVisible(true);
        refusal.toFront();
    }

    private void apply(ConnectionOffers.Choice choice, Point screen) {
        editor.submit(choice.command()).ifPresent(why -> refuse(why, screen));
    }
}
