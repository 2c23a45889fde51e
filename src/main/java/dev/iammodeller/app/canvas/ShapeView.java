package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.Entity;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The view of one entity on the canvas: a node box or a frame. Made by {@link ShapeViews}, one per entity. */
public interface ShapeView {
    PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** The entity's id. */
    String entityId();

    /** The scene graph node to add to a layer. */
    Node node();

    /** Shows this value of the entity (its name may have changed). */
    void show(Entity entity);

    /** Puts the view at this place of the world. */
    void place(Rect shape);

    /** Shows why the live evaluator highlights this view, in its tooltip; "" for none. */
    void explain(String explanation);

    /** Turns one highlight state on or off: selected, reach-allowed, dimmed, escalation, ... */
    default void setState(String pseudoClass, boolean on) {
        node().pseudoClassStateChanged(PseudoClass.getPseudoClass(pseudoClass), on);
    }
}
