package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.comments.CommentAsker;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Review mode in the real window on example 01: nothing moves or changes; selecting, highlights and comments still work. */
@ExtendWith(ApplicationExtension.class)
class ReviewModeWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
        window.panels().commenting().setAsker((title, text, author) ->
                Optional.of(new CommentAsker.Written("Looks right to me", "sam")));
    }

    @Test
    void inReviewModeDragsPanDeleteIsRefusedAndCommentsStillWork(FxRobot robot) throws Exception {
        CanvasWindowFixture fixture = CanvasWindowFixture.of(window, robot);
        fixture.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"));
        assertFalse(robot.lookup("#review-indicator").query().isVisible());
        fixture.shortcut(KeyCode.ALT, KeyCode.R);
        assertTrue(fx(() -> window.editor().reviewModeProperty().get()), "Ctrl+Alt+R turns it on");
        assertTrue(robot.lookup("#review-indicator").query().isVisible(), "the status bar says so");
        assertTrue(robot.lookup("#review-banner").query().isVisible(), "and a banner over the canvas");
        assertTrue(robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-review-mode".equals(i.getId()))
                .map(i -> ((CheckMenuItem) i).isSelected()).findFirst().orElseThrow(), "the View menu's item is ticked");

        IamModel before = fx(() -> window.editor().model());
        Point2D alice = fixture.centreOf("alice");
        fixture.drag(alice, alice.add(160, 90));
        assertEquals(before, fx(() -> window.editor().model()), "a drag on a node moves nothing");
        assertEquals(Set.of("alice"), fx(() -> Set.copyOf(window.editor().selection())), "but selects it");
        robot.clickOn(fixture.centreOf("alice"));
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.editor().model().entities().containsKey("alice")), "Delete deletes nothing");
        assertEquals(EditorState.IN_REVIEW, fx(() -> robot.lookup("#status-message").queryAs(Label.class).getText()));
        assertTrue(robot.lookup("#palette").query().isDisabled(), "nothing can be dropped");
        assertTrue(robot.lookup("#inspector-sheet").query().isDisabled(), "the inspector's fields are read, not typed in");

        fixture.shortcut(KeyCode.ALT, KeyCode.M);
        assertEquals("Looks right to me", fx(() -> window.editor().model().comment(1).orElseThrow().text()),
                "a comment can be added while presenting");

        fixture.shortcut(KeyCode.ALT, KeyCode.R);
        assertFalse(robot.lookup("#review-indicator").query().isVisible());
        assertFalse(robot.lookup("#inspector-sheet").query().isDisabled(), "out of it, the inspector edits again");
        Layout.Point was = fx(() -> window.editor().model().layout().nodes().get("alice"));
        Point2D from = fixture.centreOf("alice");
        fixture.drag(from, from.add(160, 90));
        assertNotEquals(was, fx(() -> window.editor().model().layout().nodes().get("alice")), "out of it, drags move");
        robot.interact(() -> window.editor().undo());
        robot.interact(() -> window.editor().undo());
        assertEquals(List.of(), fx(() -> window.editor().model().comments()), "undo takes the comment back too");
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
