package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.HighlightStyle;
import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.app.live.LiveAnalysis;
import dev.iammodeller.model.AddEntity;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.PolicyText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live evaluator in the real window: what a selection highlights on the canvas and how an edit changes
 * it, the paths drawn over the nodes, the escalation badges and the path a badge draws, on the examples.
 */
@ExtendWith(ApplicationExtension.class)
class LiveCanvasTest {
    private MainWindow window;
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
    }

    @Test
    void aliceHighlightsHerReachAndAGroupDenyTurnsS3Denied(FxRobot robot) throws Exception {
        this.robot = robot;
        open("01-group-vs-service-role.iam.json");
        Node legend = robot.lookup("#canvas-reach-legend").query();
        assertFalse(fx(legend::isVisible), "no legend of the highlights while nothing is selected");
        robot.interact(() -> window.editor().select(List.of("alice")));
        until(() -> states("s3").contains("reach-direct"));

        Map<String, String> expected = new HashMap<>(Map.of(
                "s3", "reach-direct", "lambda", "reach-direct",
                "cloudwatch", "reach-indirect", "report-fn", "reach-indirect", "report-logger", "reach-indirect",
                "dev", "reach-source", "AmazonS3FullAccess", "reach-source", "AWSLambda_FullAccess", "reach-source"));
        for (String id : fx(() -> List.copyOf(window.editor().model().entities().keySet()))) {
            Set<String> states = states(id);
            if (id.equals("alice")) {
                assertEquals(Set.of("escalation"), states, "the selection itself is neither highlighted nor faded;"
                        + " she can pass a role to Lambda, so she has an escalation badge");
            } else if (expected.containsKey(id)) {
                assertEquals(Set.of(expected.get(id)), states, id);
            } else {
                assertEquals(Set.of("reach-dimmed"), states, id + " is not reached, so it is faded");
            }
        }
        // the explanation's tooltip is made when the pointer first comes over the view (a thousand at once cost seconds)
        Node s3 = fx(() -> window.canvas().view("s3").node());
        String kindOnly = fx(() -> tooltipText(s3));
        robot.moveTo(s3);
        until(() -> !tooltipText(s3).equals(kindOnly));
        String explained = fx(() -> tooltipText(s3));
        assertTrue(explained.endsWith(kindOnly) && explained.length() > kindOnly.length(),
                "the live evaluator's explanation stands above the kind's sentence: " + explained);
        assertEquals(List.of(new Highlights.Edge("alice", "report-fn", "lambda:UpdateFunctionCode"),
                new Highlights.Edge("report-fn", "report-logger", "runs as")), fx(() -> live().drawnPaths()));
        Node path = robot.lookup("#live-path-alice-report-fn").query();
        assertTrue(path.getPseudoClassStates().contains(PseudoClass.getPseudoClass("reach-indirect")));
        Label pathLabel = robot.from(path).lookup(".overlay-edge-label").queryAs(Label.class);
        assertEquals("lambda:UpdateFunctionCode", pathLabel.getText());
        assertTrue(fx(pathLabel::isVisible));
        double opened = fx(() -> window.canvas().zoomProperty().getValue());
        robot.interact(() -> window.canvas().zoomAt(0.3 / window.canvas().zoomProperty().getValue(), 100, 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(pathLabel::isVisible), "at 30 % even grown the label would be 6.5 px: hidden");
        assertTrue(fx(path::isVisible), "the path itself stays");
        robot.interact(() -> window.canvas().zoomAt(opened / window.canvas().zoomProperty().getValue(), 100, 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(pathLabel::isVisible), "zoomed in again, the label is back");
        double before = fx(() -> window.canvas().drawing().shape("report-fn").y());
        robot.interact(() -> window.editor().submit(new dev.iammodeller.model.MoveNodes(Map.of("report-fn",
                new dev.iammodeller.model.Layout.Point(window.canvas().drawing().shape("report-fn").x(), before + 120)))));
        var moved = fx(() -> window.canvas().drawing().shape("report-fn"));
        assertEquals(before + 120, moved.y(), "report-fn moved down");
        var curve = robot.from(robot.lookup("#live-path-alice-report-fn").queryAs(Node.class)).lookup(".overlay-edge-line")
                .queryAs(javafx.scene.shape.QuadCurve.class);
        var alice = fx(() -> window.canvas().drawing().shape("alice"));
        assertEquals(moved.anchorTowards(alice.centre()).y(), fx(curve::getEndY), 0.5, "the path follows the node it ends at");
        assertTrue(fx(legend::isVisible));
        assertEquals("What alice reaches", robot.lookup("#canvas-reach-legend-title").queryAs(Label.class).getText());
        Label via = robot.from(legend).lookup("#legend-reach-via-role").queryAs(Label.class);
        assertEquals(HighlightStyle.VIA_ROLE.rule(), via.getTooltip().getText());

        robot.interact(() -> assertEquals(Optional.empty(), window.editor().submit(new AddEntity(new InlinePolicy(
                "dev/no-s3", "dev", "no-s3", new PolicyText("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\":"
                        + " \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}")), null))));
        until(() -> states("s3").contains("reach-denied"));
        assertEquals(Set.of("reach-denied"), states("s3"), "the group's deny caps alice");
        assertEquals(Set.of("reach-direct"), states("lambda"), "Lambda is still allowed");
        assertEquals(Set.of("reach-source"), states("dev/no-s3"), "the deny is one of her sources");

        robot.interact(() -> window.editor().select(List.of()));
        until(() -> states("s3").isEmpty());
        assertFalse(fx(legend::isVisible));
        assertEquals(List.of(), fx(() -> live().drawnPaths()));
    }

    @Test
    void theEscalationBadgeDrawsThePathStepByStepAndEscapeClearsIt(FxRobot robot) throws Exception {
        this.robot = robot;
        open("07-provisioning-escalation.iam.json");
        until(() -> robot.lookup("#badge-onboard-dev").tryQuery().isPresent()
                && robot.lookup("#badge-provisioner").tryQuery().isPresent());
        // onboard-dev gains role provisioner and, through it, admin: admin includes the role, so its badge holds
        // the admin path only and draws it at once, without a menu
        robot.clickOn("#badge-onboard-dev");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof ContextMenu c && "escalation-menu".equals(c.getId()) && c.isShowing()));

        assertEquals(Set.of("onboard-dev"), fx(() -> Set.copyOf(window.editor().selection())), "the badge selects its principal");
        assertEquals("1  lambda:UpdateFunctionCode", hopText(1));
        assertEquals("2  iam:CreateUser\n3  iam:PutUserPolicy\n4  iam:CreateAccessKey", hopText(2),
                "the three steps on the user it creates");
        assertTrue(robot.lookup("#escalation-new-0").queryAs(Label.class).getText().contains("user/customer-x"));
        assertEquals("⇒ gains administrator (every action on every resource)",
                robot.lookup("#escalation-gain").queryAs(Label.class).getText());
        assertFalse(fx(() -> robot.lookup("#live-paths").query().isVisible()), "the reach paths give way to the steps");

        robot.interact(() -> window.canvas().focus());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> robot.lookup("#escalation-steps").queryAs(Group.class).getChildren().isEmpty()));
        assertNull(fx(() -> live().shownEscalationProperty().get()));

        robot.clickOn("#badge-provisioner");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1  iam:CreateUser\n2  iam:PutUserPolicy\n3  iam:CreateAccessKey", hopText(1),
                "the provisioner has one path: no menu, drawn at once");
        robot.clickOn(CanvasWindowFixture.of(window, robot).canvasAt(8, 8));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fx(() -> live().shownEscalationProperty().get()), "a click on empty canvas clears the path");
    }

    /** A badge fades with its node when the selection does not reach it, as the exported pictures draw it. */
    @Test
    void anEscalationBadgeFadesWithItsNode(FxRobot robot) throws Exception {
        this.robot = robot;
        open("07-provisioning-escalation.iam.json");
        until(() -> robot.lookup("#badge-onboard-dev").tryQuery().isPresent()
                && robot.lookup("#badge-provisioner").tryQuery().isPresent());
        PseudoClass dimmed = PseudoClass.getPseudoClass("reach-dimmed");
        int faded = 0;
        for (String id : fx(() -> List.copyOf(window.editor().model().entities().keySet()))) {
            robot.interact(() -> window.editor().select(List.of(id)));
            until(() -> id.equals(window.panels().live().highlightsProperty().get().subjectId()));
            WaitForAsyncUtils.waitForFxEvents();
            for (String principal : List.of("onboard-dev", "provisioner")) {
                boolean node = fx(() -> window.canvas().view(principal).node().getPseudoClassStates().contains(dimmed));
                boolean badge = fx(() -> robot.lookup("#badge-" + principal).query().getPseudoClassStates().contains(dimmed));
                assertEquals(node, badge, principal + "'s badge with " + id + " selected");
                faded += badge ? 1 : 0;
            }
        }
        assertTrue(faded > 0, "some selection does not reach a principal with a badge");
        robot.interact(() -> window.editor().select(List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> robot.lookup("#badge-provisioner").query().getPseudoClassStates().contains(dimmed)));
    }

    @Test
    void theBoundaryClosesTheAdminPath(FxRobot robot) throws Exception {
        this.robot = robot;
        open("07b-provisioning-with-boundary.iam.json");
        until(() -> !window.panels().live().modelBusyProperty().get());
        assertFalse(robot.lookup("#badge-provisioner").tryQuery().isPresent(), "every user it creates is capped");
        assertFalse(fx(() -> window.panels().live().escalationsProperty().get().byPrincipal().values().stream()
                .flatMap(List::stream).anyMatch(p -> p.gainsAdmin())), "no admin path left");
        robot.clickOn("#badge-onboard-dev");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1  lambda:UpdateFunctionCode", hopText(1), "changing the function's code still gains its role");
        assertEquals("⇒ gains role provisioner", robot.lookup("#escalation-gain").queryAs(Label.class).getText());
    }

    @Test
    void bobReachesTheDevAccountViaTheRoleAndTheReverseShowsWhoReachesIt(FxRobot robot) throws Exception {
        this.robot = robot;
        open("02-organization-admin-access.iam.json");
        String role = "dev/OrganizationAccountAccessRole";
        robot.interact(() -> window.editor().select(List.of("bob")));
        until(() -> live().drawnPaths().contains(new Highlights.Edge("bob", role, "sts:AssumeRole")));
        Node path = fx(() -> robot.lookup("#live-paths").queryAs(Group.class).getChildren().stream()
                .filter(n -> n.getId().equals("live-path-bob-" + role)).findFirst().orElseThrow());
        assertTrue(path.getPseudoClassStates().contains(PseudoClass.getPseudoClass("reach-via-role")));
        assertEquals("sts:AssumeRole", robot.from(path).lookup(".overlay-edge-label").queryAs(Label.class).getText());
        assertTrue(states(role).contains("reach-via-role"), states(role).toString());

        robot.interact(() -> window.editor().select(List.of(role)));
        robot.interact(() -> window.canvas().focus());
        CanvasWindowFixture.of(window, robot).shortcut(KeyCode.SHIFT, KeyCode.R);
        assertTrue(fx(() -> window.panels().live().reverseProperty().get()), "Ctrl+Shift+R asks who can reach it");
        assertTrue(fx(() -> ((CheckMenuItem) findItem("menu-who-can-reach")).isSelected()));
        until(() -> live().drawnPaths().stream().anyMatch(e -> e.from().equals("bob") && e.to().equals(role)));
        assertTrue(states("bob").stream().anyMatch(s -> s.startsWith("reach-") && !s.equals("reach-dimmed")), states("bob").toString());
        assertEquals("Who can reach OrganizationAccountAccessRole",
                robot.lookup("#canvas-reach-legend-title").queryAs(Label.class).getText());
        robot.interact(() -> window.panels().live().reverseProperty().set(false));
    }

    private javafx.scene.control.MenuItem findItem(String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private dev.iammodeller.app.live.LiveCanvas live() {
        return window.panels().liveCanvas();
    }

    private String hopText(int n) {
        return robot.from(robot.lookup("#escalation-hop-" + n).queryAs(Node.class)).lookup(".overlay-edge-label").queryAs(Label.class).getText();
    }

    private void open(String example) {
        CanvasWindowFixture.of(window, robot).open(CanvasWindowFixture.example(example));
    }

    /** The highlight pseudo-classes of an entity's view. */
    private static String tooltipText(Node node) {
        Object tip = node.getProperties().get("javafx.scene.control.Tooltip");
        return tip instanceof javafx.scene.control.Tooltip tooltip ? tooltip.getText() : "";
    }

    private Set<String> states(String id) throws Exception {
        return fx(() -> window.canvas().view(id).node().getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName)
                .filter(name -> name.startsWith("reach-") || name.equals("escalation")).collect(Collectors.toSet()));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(condition));
    }
}
