package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The minimap and the legends drawn over the canvas hid what the selection reaches (in a 1280 × 800 window the imported
 * account's AdministratorAccess lay under the minimap): while the selection or something it reaches lies under one of
 * them, it is drawn faint, and whole again when the pointer comes over it or nothing lit is under it.
 */
@ExtendWith(ApplicationExtension.class)
class SeeThroughOverlaysTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
    }

    @Test
    void theMinimapIsFaintWhileTheSelectionIsUnderIt(FxRobot robot) throws Exception {
        CanvasWindowFixture canvas = CanvasWindowFixture.of(window, robot);
        canvas.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"));
        robot.interact(() -> window.canvas().zoomAt(3 / window.canvas().zoomProperty().getValue(), 400, 300));
        WaitForAsyncUtils.waitForFxEvents();
        Node minimap = robot.lookup("#minimap").query();
        assertTrue(minimap.isVisible(), "zoomed in, the drawing does not fit: the minimap shows");
        assertEquals(1, minimap.getOpacity());

        robot.interact(() -> window.editor().select(Set.of("alice")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.panels().live().highlightsProperty().get() != null
                && window.panels().live().highlightsProperty().get().subjectId() != null);
        WaitForAsyncUtils.waitForFxEvents();
        moveUnder(robot, "alice", minimap);
        assertTrue(minimap.getOpacity() < 0.5, "alice under the minimap: " + minimap.getOpacity());

        Bounds map = minimap.localToScreen(minimap.getBoundsInLocal());
        robot.moveTo(new Point2D(map.getCenterX(), map.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, minimap.getOpacity(), "the pointer over the minimap: it is used, drawn whole");

        robot.moveTo(new Point2D(map.getMinX() - 300, map.getMinY() - 300));
        robot.interact(() -> window.canvas().panBy(-20000, -20000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, minimap.getOpacity(), "nothing lit under it (the drawing panned away)");
        robot.interact(() -> window.canvas().panBy(20000, 20000));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(minimap.getOpacity() < 0.5);
        robot.interact(() -> window.editor().select(Set.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, minimap.getOpacity(), "nothing selected");
    }

    /** Pans the canvas so that the view of {@code id} lies under the middle of {@code overlay}. */
    private void moveUnder(FxRobot robot, String id, Node overlay) {
        Node view = CanvasWindowFixture.view(robot, id).orElseThrow();
        Bounds node = view.localToScene(view.getBoundsInLocal());
        Bounds over = overlay.localToScene(overlay.getBoundsInLocal());
        robot.interact(() -> window.canvas().panBy(over.getCenterX() - node.getCenterX(), over.getCenterY() - node.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
