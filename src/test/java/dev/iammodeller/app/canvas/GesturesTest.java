package dev.iammodeller.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Grid;
import dev.iammodeller.diagram.MovePlan;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.ViewTransform;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The gestures driven with synthetic points, as the canvas input feeds them (graph-editor style). */
@ExtendWith(ApplicationExtension.class)
class GesturesTest {
    private EditorState editor;
    private DiagramViews views;

    @Start
    void start(Stage stage) {
        IamModel model = IamModel.EMPTY.with(new Account("acct", "111111111111", "main", null, false))
                .with(new User("alice", "111111111111", "alice", "/", false, false, Map.of()))
                .with(new Group("dev", "111111111111", "dev", "/"));
        editor = new EditorState(model.withLayout(Layout.EMPTY.withNode("alice", new Layout.Point(40, 60))
                .withNode("dev", new Layout.Point(300, 60)).withFrame("acct", new Layout.Bounds(0, 0, 600, 200))));
        views = new DiagramViews();
        views.show(editor.model());
        editor.modelProperty().addListener((o, before, after) -> views.show(after));
    }

    @Test
    void aMovePreviewsLiveAndCommitsOnceOnRelease(FxRobot robot) {
        robot.interact(() -> {
            MoveGesture move = move("alice").pressedAt(new Point(100, 80));
            move.drag(new Point(145, 110), new Point(145, 110));
            assertEquals(80, views.view("alice").node().getLayoutX(), "previewed, snapped");
            assertEquals(40, editor.model().layout().nodes().get("alice").x(), "the model is untouched while dragging");
            move.release(new Point(163, 121), new Point(163, 121));
            assertEquals(new Layout.Point(100, 100), editor.model().layout().nodes().get("alice"));
            assertTrue(editor.canUndoProperty().get());
            editor.undo();
            assertEquals(new Layout.Point(40, 60), editor.model().layout().nodes().get("alice"));
            assertEquals(40, views.view("alice").node().getLayoutX());
        });
    }

    @Test
    void aCancelledMoveLeavesNoTrace(FxRobot robot) {
        robot.interact(() -> {
            GestureRunner runner = new GestureRunner();
            runner.start(move("alice").pressedAt(new Point(100, 80)));
            runner.drag(new Point(300, 300), new Point(300, 300));
            assertTrue(runner.cancel());
            runner.release(new Point(300, 300), new Point(300, 300));
            assertEquals(40, views.view("alice").node().getLayoutX());
            assertFalse(editor.canUndoProperty().get());
            assertFalse(runner.cancel(), "nothing left to cancel");
        });
    }

    @Test
    void aClickIsNotAMove(FxRobot robot) {
        robot.interact(() -> {
            MoveGesture move = move("alice").pressedAt(new Point(100, 80));
            move.release(new Point(101, 81), new Point(101, 81));
            assertFalse(editor.canUndoProperty().get());
        });
    }

    @Test
    void startingAGestureCancelsTheRunningOne(FxRobot robot) {
        robot.interact(() -> {
            List<String> log = new ArrayList<>();
            GestureRunner runner = new GestureRunner();
            runner.start(new Logged("first", log));
            runner.start(new Logged("second", log));
            runner.release(new Point(0, 0), new Point(0, 0));
            assertEquals(List.of("first cancelled", "second released"), log);
            assertFalse(runner.isRunning());
        });
    }

    @Test
    void aRubberBandSelectsAndEscapeRestoresTheSelection(FxRobot robot) {
        robot.interact(() -> {
            editor.select(List.of("dev"));
            BandGesture band = new BandGesture(views, editor, new Point(10, 50), false);
            band.drag(new Point(100, 100), null);
            assertEquals(Set.of("alice"), editor.selection());
            band.cancel();
            assertEquals(Set.of("dev"), editor.selection());
            BandGesture more = new BandGesture(views, editor, new Point(10, 50), true);
            more.release(new Point(100, 100), null);
            assertEquals(Set.of("dev", "alice"), editor.selection());
            assertTrue(views.overlays().getChildren().isEmpty(), "the band is gone");
        });
    }

    @Test
    void aConnectionOffersWhatTheModelAllowsAndMarksTheTarget(FxRobot robot) {
        robot.interact(() -> {
            List<String> asked = new ArrayList<>();
            ConnectionOffers offers = (model, from, to) -> {
                asked.add(from + "->" + to);
                return new ConnectionOffers.Offer(List.of(), Optional.of("no"));
            };
            ConnectionPrompt prompt = new ConnectionPrompt(new javafx.scene.layout.Pane(), editor);
            ConnectGesture connect = new ConnectGesture(views, editor::model, "alice", offers, prompt);
            connect.drag(new Point(390, 88), new Point(390, 88));
            assertTrue(views.view("dev").node().getPseudoClassStates().stream()
                    .anyMatch(p -> p.getPseudoClassName().equals(ConnectGesture.TARGET)));
            connect.release(new Point(390, 88), new Point(390, 88));
            assertEquals(List.of("alice->dev"), asked);
            assertTrue(prompt.refusalLabel().isVisible());
            assertEquals("No", prompt.refusalLabel().getText());
            assertTrue(views.view("dev").node().getPseudoClassStates().isEmpty());
        });
    }

    @Test
    void panningMovesTheViewAndEscapeReturnsIt(FxRobot robot) {
        robot.interact(() -> {
            DiagramCanvas canvas = new DiagramCanvas(new javafx.scene.Group());
            PanGesture pan = new PanGesture(canvas, new Point(10, 10));
            pan.drag(null, new Point(40, 25));
            assertEquals(new ViewTransform(1, 30, 15), canvas.transform());
            pan.cancel();
            assertEquals(ViewTransform.IDENTITY, canvas.transform());
        });
    }

    private MoveGesture move(String id) {
        MovePlan plan = MovePlan.of(views.drawing(), Set.of(id), id);
        return new MoveGesture(views, editor, plan, new Point(100, 80), Grid.DEFAULT, why -> { });
    }

    private record Logged(String name, List<String> log) implements Gesture {
        @Override
        public void drag(Point world, Point screen) {
        }

        @Override
        public void release(Point world, Point screen) {
            log.add(name + " released");
        }

        @Override
        public void cancel() {
            log.add(name + " cancelled");
        }
    }
}
