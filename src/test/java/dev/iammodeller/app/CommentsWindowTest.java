package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.comments.CommentAsker;
import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentPin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Comments in the real window on example 01: add from the keyboard, a marker, the panel's filters, resolve, frame. */
@ExtendWith(ApplicationExtension.class)
class CommentsWindowTest {
    private MainWindow window;
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
        CommentAsker answers = (title, text, author) -> {
            asked.add(title + " | " + text + " | " + author);
            return Optional.of(new CommentAsker.Written("Why does alice need the group?", "dana"));
        };
        window.panels().commenting().setAsker(answers);
    }

    @Test
    void aCommentAddedOnTheSelectionIsNumberedListedResolvedAndFramed(FxRobot robot) throws Exception {
        CanvasWindowFixture fixture = CanvasWindowFixture.of(window, robot);
        fixture.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"));
        robot.interact(() -> window.editor().select(List.of("alice")));
        fixture.shortcut(KeyCode.ALT, KeyCode.M);
        assertEquals(List.of("Comment on alice |  | " + System.getProperty("user.name")), asked,
                "asked with the system user as author");
        Comment added = fx(() -> window.editor().model().comment(1).orElseThrow());
        assertEquals(CommentPin.node("alice"), added.pin());
        assertEquals("dana", added.author());
        assertTrue(added.at().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), added.at());
        assertEquals("Add comment 1", fx(() -> window.editor().undoLabelProperty().get()));
        Label marker = robot.lookup("#comment-marker-1").queryAs(Label.class);
        assertEquals("1", marker.getText());
        assertTrue(fx(marker::isVisible));
        assertEquals("tab-comments", fx(() -> robot.lookup("#side-panels").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getId()), "the Comments tab comes to the front");
        @SuppressWarnings("unchecked")
        ListView<Comment> list = robot.lookup("#comments-list").queryAs(ListView.class);
        assertEquals(List.of(added), fx(() -> List.copyOf(list.getItems())));

        robot.clickOn("#comment-resolve");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.editor().model().comment(1).orElseThrow().resolved()));
        assertTrue(robot.lookup("#comment-marker-1").query().getStyleClass().contains("resolved"), "the marker greys");
        @SuppressWarnings("unchecked")
        ComboBox<Object> status = robot.lookup("#comments-status").queryAs(ComboBox.class);
        robot.interact(() -> status.getSelectionModel().select(1));
        assertEquals(0, fx(() -> list.getItems().size()), "Open hides the resolved comment");
        robot.interact(() -> status.getSelectionModel().select(2));
        assertEquals(1, fx(() -> list.getItems().size()));
        robot.interact(() -> window.editor().undo());
        assertFalse(fx(() -> window.editor().model().comment(1).orElseThrow().resolved()), "undo reopens it");

        robot.interact(() -> {
            status.getSelectionModel().select(0);
            window.editor().select(List.of("dev"));
            list.getSelectionModel().clearSelection();
        });
        robot.clickOn(robot.lookup("#comments-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("alice"), fx(() -> Set.copyOf(window.editor().selection())), "picking it frames alice");
    }

    @Test
    void clickingAMarkerPicksItsComment(FxRobot robot) throws Exception {
        CanvasWindowFixture fixture = CanvasWindowFixture.of(window, robot);
        fixture.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"));
        robot.interact(() -> window.editor().select(List.of()));
        fixture.shortcut(KeyCode.ALT, KeyCode.M);
        Comment added = fx(() -> window.editor().model().comment(1).orElseThrow());
        assertTrue(added.pin().spot() != null, "nothing selected: a spot at the middle of the view");
        robot.interact(() -> robot.lookup("#side-panels").queryAs(TabPane.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#comment-marker-1").tryQuery().isPresent());
        robot.clickOn("#comment-marker-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-comments", fx(() -> robot.lookup("#side-panels").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getId()));
        @SuppressWarnings("unchecked")
        ListView<Comment> list = robot.lookup("#comments-list").queryAs(ListView.class);
        assertEquals(added, fx(() -> list.getSelectionModel().getSelectedItem()));
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
