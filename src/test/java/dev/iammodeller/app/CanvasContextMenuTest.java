package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas's right-click menu in the real window, on example 01: on a user, a policy and empty canvas. */
@ExtendWith(ApplicationExtension.class)
class CanvasContextMenuTest {
    private MainWindow window;
    private FxRobot robot;
    private CanvasWindowFixture fixture;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
    }

    @Test
    void onAUserTheMenuSelectsItAndDeleteIsOneUndoableStep(FxRobot robot) throws Exception {
        open(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#badge-alice").tryQuery().isPresent());
        rightClick(fixture.centreOf("alice"));
        assertEquals(Set.of("alice"), fx(() -> Set.copyOf(window.editor().selection())), "right-click selects");
        assertEquals(List.of("ctx-escalation", "ctx-fixes", "ctx-focus-reach", "ctx-focus-frame", "ctx-copy", "ctx-duplicate", "ctx-delete", "ctx-add-comment", "ctx-inspector"), ids(),
                "a user holds no policy, nobody reaches her; she can pass a role to Lambda");
        assertEquals("Shortcut+D", fx(() -> item("ctx-duplicate").getAccelerator().getName().replace("Ctrl", "Shortcut")));
        assertFalse(window.canvas().cancelGesture(), "a right press starts no move, band or connection");

        choose("ctx-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> window.editor().model().entities().containsKey("alice")), "deleted");
        fixture.shortcut(KeyCode.Z);
        assertTrue(fx(() -> window.editor().model().entities().containsKey("alice")), "Ctrl+Z brings her back");

        rightClick(fixture.centreOf("alice"));
        choose("ctx-inspector");
        assertEquals("tab-inspector", fx(() -> robot.lookup("#side-panels").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getId()));
        rightClick(fixture.centreOf("alice"));
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> window.canvasMenu().menu().isShowing()), "Escape closes the menu");
        int before = fx(() -> window.editor().model().entities().size());
        fixture.shortcut(KeyCode.D);
        assertEquals(before + 1, fx(() -> window.editor().model().entities().size()),
                "Ctrl+D duplicates once: the menu's shortcuts are shown, not registered twice");
    }

    @Test
    void onOneOfSeveralSelectedTheMenuKeepsThemAndItsOneNodeViewsTakeThatNode(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> window.editor().select(List.of("alice", "dev")));
        rightClick(fixture.centreOf("alice"));
        assertEquals(Set.of("alice", "dev"), fx(() -> Set.copyOf(window.editor().selection())),
                "Copy, Duplicate and Delete act on both");
        choose("ctx-focus-reach");
        assertEquals(Set.of("alice"), fx(() -> Set.copyOf(window.editor().selection())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.canvas().focusCaption()).startsWith("What alice reaches"));
    }

    @Test
    void onAPolicyEditPolicyOpensItsEditorAndWhoCanReachTogglesTheReverseReach(FxRobot robot) throws Exception {
        open(robot);
        rightClick(fixture.centreOf("AmazonS3FullAccess"));
        assertEquals(List.of("ctx-edit-policy", "ctx-who-can-reach", "ctx-focus-reach", "ctx-copy", "ctx-copy-policy-json",
                "ctx-duplicate", "ctx-delete", "ctx-add-comment", "ctx-inspector"), ids());
        choose("ctx-who-can-reach");
        assertTrue(fx(() -> window.panels().live().reverseProperty().get()));
        rightClick(fixture.centreOf("AmazonS3FullAccess"));
        choose("ctx-edit-policy");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.panels().policyEditors().editorOf("AmazonS3FullAccess").isPresent()),
                "the policy editor window is open");
    }

    @Test
    void copyPolicyJsonPutsTheRolesTrustPolicyOnTheSystemClipboardAsAwsPrintsIt(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "before")));
        rightClick(fixture.centreOf("alice"));
        assertFalse(ids().contains("ctx-copy-policy-json"), "a user holds no policy document of her own");
        robot.push(KeyCode.ESCAPE);
        rightClick(fixture.centreOf("report-logger"));
        choose("ctx-copy-policy-json");
        assertEquals("""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Principal": {
                                "Service": "lambda.amazonaws.com"
                            },
                            "Action": "sts:AssumeRole"
                        }
                    ]
                }
                """, fx(() -> Clipboard.getSystemClipboard().getString()));
        assertEquals("Copied the trust policy of role report-logger as JSON",
                fx(() -> ((javafx.scene.control.Label) robot.lookup("#status-bar").queryAs(javafx.scene.layout.HBox.class)
                        .getChildren().get(0)).getText()));
    }

    @Test
    void onEmptyCanvasTheMenuPastesSelectsAllArrangesAndFits(FxRobot robot) throws Exception {
        open(robot);
        rightClick(fixture.canvasAt(8, 8));
        assertEquals(List.of("ctx-paste", "ctx-select-all", "ctx-arrange", "ctx-fit", "ctx-add-comment",
                "ctx-focus-everything", "ctx-collapse-all", "ctx-expand-all", "ctx-every-connection"), ids());
        assertTrue(fx(() -> item("ctx-paste").isDisable()), "nothing copied yet");
        choose("ctx-select-all");
        assertEquals(fx(() -> window.editor().model().entities().keySet()),
                fx(() -> Set.copyOf(window.editor().selection())));
    }

    @Test
    void onAnEscalatingPrincipalTheMenuDrawsItsPath(FxRobot robot) throws Exception {
        open(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#badge-alice").tryQuery().isPresent());
        rightClick(fixture.centreOf("alice"));
        choose("ctx-escalation");
        robot.listTargetWindows().stream().filter(w -> w instanceof ContextMenu c && "escalation-menu".equals(c.getId()))
                .findFirst().ifPresent(w -> robot.interact(() -> ((ContextMenu) w).getItems().get(0).fire()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> window.panels().liveCanvas().shownEscalationProperty().get()) != null);
        assertEquals("alice", fx(() -> window.panels().liveCanvas().shownEscalationProperty().get().principalId()));
    }

    private void open(FxRobot robot) throws Exception {
        this.robot = robot;
        fixture = CanvasWindowFixture.of(window, robot);
        fixture.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"));
    }

    /** A right click and the menu request that follows it. */
    private void rightClick(Point2D at) {
        fixture.rightClick(at);
        assertTrue(fx(() -> window.canvasMenu().menu().isShowing()), "the menu is shown");
    }

    /** Clicks an item of the menu shown: it runs and the menu closes. */
    private void choose(String id) {
        Node shown = fx(() -> window.canvasMenu().menu().getSkin().getNode().lookup("#" + id));
        robot.clickOn(shown);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> window.canvasMenu().menu().isShowing()));
    }

    private List<String> ids() {
        return fx(() -> window.canvasMenu().menu().getItems().stream()
                .filter(i -> !(i instanceof SeparatorMenuItem)).map(MenuItem::getId).toList());
    }

    private MenuItem item(String id) {
        ContextMenu menu = window.canvasMenu().menu();
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
