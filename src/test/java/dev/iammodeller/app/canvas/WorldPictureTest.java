package dev.iammodeller.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.MoveNodes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Zoomed out the views are shown as one picture that keeps up with highlights, edits and the pointer. */
@ExtendWith(ApplicationExtension.class)
class WorldPictureTest {
    private static final String USER = "u-1-5";
    private EditorState editor;
    private CanvasEditor canvas;
    private Scene scene;

    @Start
    void start(Stage stage) {
        IamModel model = CanvasFrameMeasurement.generated(2, 20, 4, 4);
        editor = new EditorState(IamModel.EMPTY);
        canvas = new CanvasEditor(editor, (m, a, b) -> new ConnectionOffers.Offer(List.of(), Optional.of("none")));
        scene = new Scene(new StackPane(canvas.node()), 900, 600);
        scene.getStylesheets().add(getClass().getResource("/app/iam-modeller.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        editor.open(model, null);
    }

    @Test
    void zoomedOutThePictureStandsInForTheViewsAndZoomedInTheyAreLive(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.scale() < DiagramViews.DETAIL_SCALE, "the whole model fits: " + canvas.scale());
        assertTrue(canvas.picture().isShown());
        assertTrue(robot.lookup("#world-picture").query().isVisible());
        assertEquals(0, content().getOpacity(), "the live views are not drawn");
        robot.interact(() -> canvas.zoomAt(1 / canvas.scale(), 450, 300));
        assertFalse(canvas.picture().isShown());
        assertFalse(robot.lookup("#world-picture").query().isVisible());
        assertEquals(1, content().getOpacity());
    }

    @Test
    void aHighlightShowsInThePicture(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Color before = colourAt(centre(USER), robot);
        assertTrue(Math.abs(before.getRed() - before.getGreen()) < 0.05, "a white node: " + before);
        robot.interact(() -> canvas.view(USER).setState("reach-denied", true));
        WaitForAsyncUtils.waitForFxEvents();
        Color after = colourAt(centre(USER), robot);
        assertTrue(after.getRed() - after.getGreen() > 0.05, "the denied fill: " + after);
    }

    @Test
    void aClickSelectsAndAnEditRetakesOnlyItsPart(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int takes = canvas.picture().takes();
        Point2D at = robot.lookup("#canvas").query().localToScreen(centre(USER).x(), centre(USER).y());
        robot.clickOn(at);
        assertEquals(java.util.Set.of(USER), editor.selection());
        Layout.Point was = editor.model().layout().nodes().get(USER);
        robot.interact(() -> editor.submit(new MoveNodes(Map.of(USER, new Layout.Point(was.x() + 400, was.y())))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.picture().takes() > takes, "retaken after the selection and the move");
        assertTrue(canvas.picture().isShown());
        Color moved = colourAt(centre(USER), robot);
        assertTrue(moved.getBrightness() > 0.9, "a node at the new place: " + moved);
    }

    private Node content() {
        return canvas.view(USER).node().getParent().getParent();
    }

    /** The centre of an entity's shape, in the canvas's coordinates. */
    private Point centre(String id) {
        Rect r = canvas.drawing().shape(id);
        return robotCanvas().transform().toScreen(r.centre());
    }

    private DiagramCanvas robotCanvas() {
        return (DiagramCanvas) scene.lookup("#canvas");
    }

    private Color colourAt(Point canvasPoint, FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Point2D p = robotCanvas().localToScene(canvasPoint.x(), canvasPoint.y());
        return image[0].getPixelReader().getColor((int) p.getX(), (int) p.getY());
    }
}
