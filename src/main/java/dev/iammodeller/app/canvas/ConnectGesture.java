package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.IamModel;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.shape.Line;

/**
 * Dragging from a node's handle to another shape: a line follows the pointer, the shape under it is marked
 * as the target (in red, with IAM's reason beside the pointer, while IAM allows nothing between the two),
 * and release asks what IAM allows between the two (one choice applies, several open a menu, none shows the
 * refusal next to the pointer for a few seconds).
 */
final class ConnectGesture implements Gesture {
    static final String TARGET = "connect-target";
    /** A target IAM allows no relation to: marked, and the reason shown beside the pointer while over it. */
    static final String REFUSED = "connect-refused";
    private final DiagramViews views;
    private final Supplier<IamModel> model;
    private final String from;
    private final ConnectionOffers offers;
    private final ConnectionPrompt prompt;
    private final Line line = new Line();
    private String target;
    /** What IAM allows to the shape under the pointer (asked once per shape), and why nothing, or null. */
    private ConnectionOffers.Offer offerHere;
    private String refusedHere;

    ConnectGesture(DiagramViews views, Supplier<IamModel> model, String from, ConnectionOffers offers,
                   ConnectionPrompt prompt) {
        this.views = views;
        this.model = model;
        this.from = from;
        this.offers = offers;
        this.prompt = prompt;
        Rect source = views.drawing().shape(from);
        line.setStartX(source.maxX());
        line.setStartY(source.centre().y());
        line.setEndX(source.maxX());
        line.setEndY(source.centre().y());
        line.setId("connect-line");
        line.getStyleClass().add("connect-line");
        line.setMouseTransparent(true);
        views.overlays().getChildren().add(line);
    }

    @Override
    public void drag(Point world, Point screen) {
        line.setEndX(world.x());
        line.setEndY(world.y());
        String over = views.drawing().shapeAt(world);
        String next = from.equals(over) ? null : over;
        if (!java.util.Objects.equals(next, target)) {
            mark(next);
            offerHere = next == null ? null : offers.between(model.get(), from, next);
            refusedHere = offerHere == null || !offerHere.choices().isEmpty() ? null
                    : offerHere.refusal().orElse("IAM has no relation between these two.");
            if (next != null && views.view(next) != null) {
                views.view(next).setState(REFUSED, refusedHere != null);
            }
        }
        if (refusedHere != null) {
            prompt.hint(refusedHere, screen);
        } else {
            prompt.clearHint();
        }
    }

    @Override
    public void release(Point world, Point screen) {
        drag(world, screen);
        ConnectionOffers.Offer offer = offerHere;
        finish();
        if (offer != null) {
            prompt.offer(offer, screen);
        }
    }

    @Override
    public void cancel() {
        finish();
    }

    private void mark(String over) {
        if (target != null && views.view(target) != null) {
            views.view(target).setState(TARGET, false);
            views.view(target).setState(REFUSED, false);
        }
        target = over;
        if (target != null && views.view(target) != null) {
            views.view(target).setState(TARGET, true);
        }
    }

    private void finish() {
        mark(null);
        prompt.clearHint();
        if (line.getParent() instanceof Group layer) {
            layer.getChildren().remove(line);
        }
    }
}
