package dev.iammodeller.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.canvas.CanvasFrameMeasurement;
import dev.iammodeller.app.canvas.ConnectionOffers;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
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
 * On a large model the escalation badges follow their views into and out of the scene, as the canvas culls them: a
 * thousand badges, each a label to style, are not all in the scene at once.
 */
@ExtendWith(ApplicationExtension.class)
class EscalationBadgesCullingTest {
    private static final String NEAR = "u-0-0";
    private static final String FAR = "u-9-0";
    private EditorState editor;
    private CanvasEditor canvas;
    private EscalationBadges badges;

    @Start
    void start(Stage stage) {
        editor = new EditorState(IamModel.EMPTY);
        canvas = new CanvasEditor(editor, (m, a, b) -> new ConnectionOffers.Offer(List.of(), Optional.of("none")));
        badges = new EscalationBadges(canvas, (id, badge) -> { }, () -> "");
        canvas.addUnderTitles(badges.node());
        canvas.cullsProperty().addListener((o, was, now) -> badges.cull());
        Scene scene = new Scene(new StackPane(canvas.node()), 900, 600);
        scene.getStylesheets().add(getClass().getResource("/app/iam-modeller.css").toExternalForm());
        scene.getStylesheets().add(getClass().getResource(ReachStyling.STYLESHEET).toExternalForm()); // the badges' red
        stage.setScene(scene);
        stage.show();
        canvas.setFitReadableAtOpen(true);
        editor.open(CanvasFrameMeasurement.generated(10, 40, 4, 4), null);
    }

    @Test
    void aBadgeIsInTheSceneWhileItsViewIs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            canvas.goTo(NEAR);
            badges.show(editor.model(), Escalations.NONE, Set.of(NEAR, FAR));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node near = robot.lookup("#badge-" + NEAR).query();
        assertNotNull(near.getScene(), "its view is in view");
        assertNull(robot.lookup("#badge-" + FAR).tryQuery().orElse(null), "ten accounts away: not in the scene");

        robot.interact(() -> canvas.goTo(FAR));
        WaitForAsyncUtils.waitForFxEvents();
        Node far = robot.lookup("#badge-" + FAR).query();
        assertNotNull(far.getScene(), "the view reached it");
        assertTrue(far.isVisible());
        assertNull(near.getScene(), "and left the other");

        robot.interact(() -> canvas.goTo(NEAR));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(near == robot.lookup("#badge-" + NEAR).query(), "the same badge back, not made again");
        assertEquals(1, robot.lookup(".escalation-badge").queryAll().size());
    }

    @Test
    void aPictureOfAPartOutOfViewHasItsBadges(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            canvas.goTo(NEAR);
            badges.show(editor.model(), Escalations.NONE, Set.of(NEAR, FAR));
        });
        WaitForAsyncUtils.waitForFxEvents();
        dev.iammodeller.diagram.Rect region = canvas.drawing().shape(FAR).grow(16);
        javafx.scene.image.Image picture = WaitForAsyncUtils.asyncFx(() -> canvas.picture(region, 1)).get();
        // the badge's red leans to pink (more blue than green); the attachments' orange leans the other way
        int red = dev.iammodeller.app.canvas.PicturePixels.count(picture, colour -> colour.getRed() > 0.75
                && colour.getGreen() < 0.3 && colour.getBlue() > colour.getGreen() + 0.05);
        assertTrue(red > 20, "the red badge of the principal out of view is in the picture (Copy as Image, Print): " + red);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(robot.lookup("#badge-" + FAR).tryQuery().orElse(null), "and out of the scene again with its view");
    }
}
