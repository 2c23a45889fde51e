package dev.iammodeller.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large model keeps only the views in and around the view in the scene (styling thousands of views took seconds
 * at open): the others are created but out of the scene until the view reaches them.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasCullingTest {
    private static final String NEAR = "u-0-0";
    private static final String FAR = "u-9-0";
    private EditorState editor;
    private CanvasEditor canvas;

    @Start
    void start(Stage stage) {
        editor = new EditorState(IamModel.EMPTY);
        canvas = new CanvasEditor(editor, (m, a, b) -> new ConnectionOffers.Offer(List.of(), Optional.of("none")));
        Scene scene = new Scene(new StackPane(canvas.node()), 900, 600);
        scene.getStylesheets().add(getClass().getResource("/app/iam-modeller.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        canvas.setFitReadableAtOpen(true);
        editor.open(CanvasFrameMeasurement.generated(10, 40, 4, 4), null);
    }

    @Test
    void viewsFarOutOfViewAreOutOfTheSceneUntilTheViewReachesThem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> canvas.goTo(NEAR));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.scale() >= 0.6, "opened readable: " + canvas.scale());
        assertNotNull(canvas.view(FAR), "every view is made");
        assertNull(canvas.view(FAR).node().getScene(), "ten accounts away, not in the scene");
        assertFalse(canvas.view(FAR).node().isVisible());
        assertTrue(((javafx.scene.Group) canvas.view(FAR).node()).getChildren().isEmpty(),
                "nor does it make what it draws (its shapes and texts) until it enters the scene");
        assertEquals(1, robot.from(canvas.view(NEAR).node()).lookup(".node-name").queryAll().size(), "one in view has them");
        assertNotNull(canvas.view(NEAR).node().getScene());
        assertTrue(canvas.view(NEAR).node().isVisible());
        long inScene = canvas.drawing().nodes().keySet().stream()
                .filter(id -> canvas.view(id) != null && canvas.view(id).node().getScene() != null).count();
        assertTrue(inScene < canvas.drawing().nodes().size() / 2, inScene + " of " + canvas.drawing().nodes().size());

        robot.interact(() -> canvas.goTo(FAR));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(canvas.view(FAR).node().getScene(), "the view reached it");
        assertTrue(canvas.view(FAR).node().isVisible());
        javafx.scene.text.Text name = robot.from(canvas.view(FAR).node()).lookup(".node-name").queryAs(javafx.scene.text.Text.class);
        assertEquals(editor.model().entities().get(FAR).name(), name.getText(), "made on entering the scene, with its name");
        assertEquals(1, robot.from(canvas.view(FAR).node()).lookup(".node-body").queryAll().size());
        assertNotNull(canvas.view(FAR).node().getProperties().get("javafx.scene.control.Tooltip"), "and the kind's tooltip");
        assertNull(canvas.view(NEAR).node().getScene());
        assertEquals(List.of(FAR), List.copyOf(editor.selection()));
    }

    @Test
    void aPictureOfWhatTheViewNeverReachedDrawsItsNodes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> canvas.goTo(NEAR));
        WaitForAsyncUtils.waitForFxEvents();
        String far = "u-9-3";
        assertTrue(((javafx.scene.Group) canvas.view(far).node()).getChildren().isEmpty(), "never in view: nothing made");
        dev.iammodeller.diagram.Rect region = canvas.drawing().shape(far).grow(10);
        javafx.scene.image.Image picture = WaitForAsyncUtils.asyncFx(() -> canvas.picture(region, 1)).get();
        int dark = PicturePixels.count(picture, colour -> colour.getBrightness() < 0.35);
        assertTrue(dark > 30, "its name is drawn, dark on its light box (Copy as Image, Print): " + dark + " dark pixels");
        assertFalse(((javafx.scene.Group) canvas.view(far).node()).getChildren().isEmpty(), "made for the picture");
    }
}
