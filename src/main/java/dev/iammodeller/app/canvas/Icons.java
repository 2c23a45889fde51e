package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.model.EntityKind;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/** A kind's icon: its SVG path data, drawn as strokes in the family's colour (by the stylesheet), at a size. */
final class Icons {
    private Icons() {
    }

    static Node of(EntityKind kind, double size) {
        SVGPath path = new SVGPath();
        path.setContent(KindLooks.of(kind).icon());
        path.getStyleClass().add("kind-icon");
        double scale = size / NodeFace.ICON_BOX;
        path.getTransforms().add(new Scale(scale, scale, 0, 0));
        return new Group(path);
    }
}
