package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing example 1 on the canvas: move, undo and redo, delete, copy and paste, select, search. */
@ExtendWith(ApplicationExtension.class)
class CanvasEditingTest {
    private MainWindow window;
    private CanvasWindowFixture ui;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
    }

    @BeforeEach
    void openExample(FxRobot robot) {
        ui = CanvasWindowFixture.of(window, robot);
        ui.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"));
    }

    @Test
    void oneDragIsOneUndoStep(FxRobot robot) {
        Layout.Point before = ui.model().layout().nodes().get("alice");
        Point2D from = ui.centreOf("alice");
        ui.drag(from, from.add(120, 80));
        Layout.Point after = ui.model().layout().nodes().get("alice");
        assertNotEquals(before, after);
        assertEquals(0, after.x() % 20, "snapped to the grid");
        assertEquals("Undo Move alice", undoItem(robot).getText());
        ui.shortcut(KeyCode.Z);
        assertEquals(before, ui.model().layout().nodes().get("alice"));
        ui.shortcut(KeyCode.SHIFT, KeyCode.Z);
        assertEquals(after, ui.model().layout().nodes().get("alice"));
        ui.shortcut(KeyCode.Z);
        ui.shortcut(KeyCode.Y);
        assertEquals(after, ui.model().layout().nodes().get("alice"), "Ctrl+Y redoes too");
    }

    @Test
    void theArrowKeysNudgeTheSelectionAGridStepAtATimeOrPanTheView(FxRobot robot) {
        Layout.Point before = ui.model().layout().nodes().get("alice");
        robot.clickOn(ui.centreOf("alice"));
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Layout.Point(before.x() + 20, before.y()), ui.model().layout().nodes().get("alice"),
                "one grid step (snapping is on)");
        assertEquals("Undo Move alice", undoItem(robot).getText());
        robot.press(KeyCode.SHIFT).push(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Layout.Point(before.x() + 20, before.y() + 100), ui.model().layout().nodes().get("alice"),
                "Shift: five steps");
        ui.shortcut(KeyCode.Z);
        ui.shortcut(KeyCode.Z);
        assertEquals(before, ui.model().layout().nodes().get("alice"), "each press one undo step");

        robot.push(KeyCode.ESCAPE);
        IamModel unchanged = ui.model();
        Point2D seen = ui.centreOf("alice");
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(unchanged, ui.model(), "nothing selected: nothing moves");
        assertTrue(ui.centreOf("alice").getX() < seen.getX() - 10, "the view pans to the right instead");
        assertEquals(seen.getY(), ui.centreOf("alice").getY(), 0.5);
    }

    @Test
    void escapeDuringADragPutsTheNodeBack(FxRobot robot) {
        IamModel before = ui.model();
        Point2D from = ui.centreOf("dev");
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(60, 60)).moveTo(from.add(150, 90));
        assertNotEquals(from, ui.centreOf("dev"), "the view follows the pointer");
        robot.push(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, ui.model());
        assertEquals(from.getX(), ui.centreOf("dev").getX(), 0.5);
        assertFalse(window.editor().canUndoProperty().get());
    }

    @Test
    void deleteThenUndoBringsTheNodeAndItsRelationsBack(FxRobot robot) {
        IamModel before = ui.model();
        robot.clickOn(ui.centreOf("alice"));
        assertEquals(Set.of("alice"), window.editor().selection());
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ui.model().entities().containsKey("alice"));
        assertTrue(CanvasWindowFixture.view(robot, "alice").isEmpty(), "its view is gone");
        assertEquals("Undo Delete alice", undoItem(robot).getText());
        ui.shortcut(KeyCode.Z);
        assertEquals(before, ui.model());
        assertTrue(CanvasWindowFixture.view(robot, "alice").isPresent());
        assertEquals(Set.of("alice"), window.editor().selection(), "selected again, as when she was deleted");
    }

    @Test
    void copyAndPasteMakeRenamedCopiesWithTheirRelation(FxRobot robot) {
        robot.clickOn(ui.centreOf("alice"));
        robot.press(KeyCode.SHIFT).clickOn(ui.centreOf("dev")).release(KeyCode.SHIFT);
        assertEquals(Set.of("alice", "dev"), window.editor().selection());
        ui.shortcut(KeyCode.C);
        ui.shortcut(KeyCode.V);
        IamModel model = ui.model();
        assertTrue(model.relations().contains(new Relation(RelationKind.MEMBER_OF, "alice-copy", "dev-copy")));
        assertEquals(Set.of("alice-copy", "dev-copy"), window.editor().selection());
        assertTrue(CanvasWindowFixture.view(robot, "alice-copy").isPresent());
        ui.shortcut(KeyCode.Z);
        assertFalse(ui.model().entities().containsKey("alice-copy"), "one paste is one undo step");
        robot.clickOn(ui.centreOf("alice"));
        ui.shortcut(KeyCode.D);
        assertTrue(ui.model().entities().containsKey("alice-copy"), "duplicate");
    }

    @Test
    void aRubberBandSelectsWhatItSweepsAndEscapeClears(FxRobot robot) {
        ui.drag(ui.on("acct-111111111111", -10, -10), ui.centreOf("alice")); // from the empty canvas outside the account
        assertEquals(Set.of("alice", "dev"), window.editor().selection());
        assertTrue(CanvasWindowFixture.view(robot, "alice").orElseThrow().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("selected")));
        robot.push(KeyCode.ESCAPE);
        assertTrue(window.editor().selection().isEmpty());
    }

    @Test
    void searchSelectsAndCentresTheNodeItFinds(FxRobot robot) {
        ui.shortcut(KeyCode.F);
        robot.write("report-l");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("report-logger"), window.editor().selection());
        javafx.scene.Node body = CanvasWindowFixture.view(robot, "report-logger").orElseThrow().lookup(".node-body"); // the box, not its handle
        Point2D centre = body.localToScreen(body.getLayoutBounds().getCenterX(), body.getLayoutBounds().getCenterY());
        var canvas = robot.lookup("#canvas").query();
        Point2D middle = canvas.localToScreen(canvas.getLayoutBounds().getWidth() / 2, canvas.getLayoutBounds().getHeight() / 2);
        assertEquals(middle.getX(), centre.getX(), 2);
        assertEquals(middle.getY(), centre.getY(), 2);
        robot.push(KeyCode.ENTER);
        assertEquals("1 of 1", robot.lookup("#search-count").queryAs(javafx.scene.control.Label.class).getText());

        // a narrow window (1280×800, with the panels): the bar, centred, stays clear of the zoom controls
        javafx.scene.Node bar = robot.lookup("#search-bar").query();
        javafx.scene.Node zoomOut = robot.lookup("#zoom-out").query();
        robot.interact(() -> bar.getScene().getWindow().setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        double barRight = bar.localToScreen(bar.getLayoutBounds()).getMaxX();
        double zoomLeft = zoomOut.localToScreen(zoomOut.getLayoutBounds()).getMinX();
        assertTrue(barRight <= zoomLeft, "the search bar ends at " + barRight + ", the zoom controls start at " + zoomLeft);
    }

    @Test
    void theEditAndViewMenusOfferTheirCommands(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertEquals(java.util.List.of("File", "Edit", "View", "Tools", "Help"),
                bar.getMenus().stream().map(m -> m.getText().replace("_", "")).toList());
        var view = bar.getMenus().get(2).getItems().stream().map(MenuItem::getId).toList();
        assertTrue(view.containsAll(java.util.List.of("menu-fit", "menu-snap", "menu-legend", "menu-dark", "menu-arrange")));
        robot.interact(() -> window.setArranger(model -> model.layout().withNode("alice", new Layout.Point(0, 400))));
        robot.interact(() -> item(robot, 2, "menu-arrange").fire());
        assertEquals(new Layout.Point(0, 400), ui.model().layout().nodes().get("alice"));
        assertEquals("Undo Arrange automatically", undoItem(robot).getText());
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) item(robot, 2, "menu-legend")).setSelected(true));
        assertTrue(robot.lookup("#legend").query().isVisible());
    }

    private static MenuItem undoItem(FxRobot robot) {
        return item(robot, 1, "menu-undo");
    }

    private static MenuItem item(FxRobot robot, int menu, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(menu).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
