package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.FocusFilter;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Focus views and collapsed policies in the real window: what each view draws and hides, the focus bar and its
 * way back to everything, the count badges of collapsed holders, and that none of it changes the model or its
 * history.
 */
@ExtendWith(ApplicationExtension.class)
class FocusViewsWindowTest {
    private static final String MAIN = "acct-111111111111";
    private MainWindow window;
    private FxRobot robot;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = CanvasWindowFixture.show(stage);
    }

    @Test
    void onlyWhatTheSelectionReachesHidesTheRestAndShowEverythingBringsItBack(FxRobot robot) throws Exception {
        IamModel opened = open(robot, "01-group-vs-service-role.iam.json");
        robot.interact(() -> window.editor().select(List.of()));
        robot.interact(() -> window.canvas().focus());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label status = robot.lookup("#status-message").queryAs(javafx.scene.control.Label.class);
        assertEquals("Select a node first: the canvas then shows only what it reaches", fx(status::getText));
        robot.interact(() -> window.editor().select(List.of("alice")));
        until(() -> "alice".equals(window.panels().live().highlightsProperty().get().subjectId()));
        robot.interact(() -> window.canvas().focus());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", fx(status::getText), "the refusal is gone once the view shows: the focus bar says what it is");
        // alice reaches s3 and lambda through dev's two policies, and cloudwatch through report-fn and report-logger;
        // CloudWatchFullAccess, attached to report-logger, is none of hers
        assertEquals(Set.of("alice", "dev", "AmazonS3FullAccess", "AWSLambda_FullAccess", "s3", "lambda", "cloudwatch",
                "report-fn", "report-logger", MAIN), drawn(opened));
        assertEquals("What alice reaches: 10 of 11 drawn", fx(() -> window.canvas().focusCaption()));
        assertUnchanged(opened);

        robot.clickOn("#focus-everything");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(opened.entities().keySet(), drawn(opened));
        assertEquals("", fx(() -> window.canvas().focusCaption()));
        assertFalse(fx(() -> robot.lookup("#focus-bar").query().isVisible()));
    }

    @Test
    void aFewNodesShownAreFittedWhollyBelowTheZoomControls(FxRobot robot) throws Exception {
        // cloudwatch, which alice reaches, moved far from the rest: at 60 % her reach would not fit the view
        this.robot = robot;
        IamModel example = CanvasWindowFixture.example("01-group-vs-service-role.iam.json");
        java.util.Map<String, dev.iammodeller.model.Layout.Point> nodes = new java.util.TreeMap<>(example.layout().nodes());
        dev.iammodeller.model.Layout.Point at = nodes.get("cloudwatch");
        nodes.put("cloudwatch", new dev.iammodeller.model.Layout.Point(at.x() + 2600, at.y() + 1800));
        Set<String> shown = focusOnAlice(example, nodes);
        assertTrue(shown.size() < 12, shown.toString());
        List<String> outside = fx(() -> {
            javafx.scene.Node canvas = robot.lookup("#canvas").query();
            javafx.geometry.Bounds viewport = canvas.getLayoutBounds();
            javafx.scene.Node controls = robot.lookup("#zoom-controls").query();
            javafx.geometry.Bounds under = canvas.sceneToLocal(controls.localToScene(controls.getBoundsInLocal()));
            List<String> out = new ArrayList<>();
            for (String id : shown) {
                javafx.scene.Node view = window.canvas().view(id).node();
                javafx.geometry.Bounds b = canvas.sceneToLocal(view.localToScene(view.getBoundsInLocal()));
                boolean outsideView = b.getMinX() < viewport.getMinX() || b.getMaxX() > viewport.getMaxX()
                        || b.getMinY() < viewport.getMinY() || b.getMaxY() > viewport.getMaxY();
                boolean underControls = !id.startsWith("acct-") && under.intersects(b);
                if (outsideView || underControls) {
                    out.add(id);
                }
            }
            return out;
        });
        assertEquals(List.of(), outside, "shown nodes outside the view or under the zoom controls");
    }

    /** Escalations stopped for want of memory: Only Escalation Paths says why there is nothing to show, and changes nothing. */
    @Test
    void onlyEscalationPathsSaysWhyWhenTheEscalationsStopped(FxRobot robot) throws Exception {
        java.util.Optional<String> said;
        Set<String> before;
        try (dev.iammodeller.analysis.PretendHeap heap = dev.iammodeller.analysis.PretendHeap.fullFrom(1)) {
            IamModel model = open(robot, "03-freelancer-lambda.iam.json");
            until(() -> !window.panels().live().modelBusyProperty().get());
            before = drawn(model);
            said = fx(() -> window.focusViews().showEscalations());
        }
        assertTrue(said.isPresent() && said.get().startsWith(
                "The escalation paths were not worked out: not enough memory to work out the escalations of "), said.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, drawn(fxModel()), "nothing is hidden");
    }

    @Test
    void atFitNoShownNodeSitsUnderTheLegendsOrOutOfView(FxRobot robot) throws Exception {
        // cloudwatch, which alice reaches, moved far below the rest at its left, and s3 far to the right: cloudwatch
        // is the bottom-left corner of the fit, where the legends are
        this.robot = robot;
        IamModel example = CanvasWindowFixture.example("01-group-vs-service-role.iam.json");
        java.util.Map<String, dev.iammodeller.model.Layout.Point> nodes = new java.util.TreeMap<>(example.layout().nodes());
        double left = nodes.values().stream().mapToDouble(dev.iammodeller.model.Layout.Point::x).min().orElseThrow();
        dev.iammodeller.model.Layout.Point at = nodes.get("cloudwatch");
        nodes.put("cloudwatch", new dev.iammodeller.model.Layout.Point(left, at.y() + 4000));
        dev.iammodeller.model.Layout.Point s3 = nodes.get("s3");
        nodes.put("s3", new dev.iammodeller.model.Layout.Point(left + 2600, s3.y()));
        robot.interact(() -> window.canvas().legendShownProperty().set(true));
        Set<String> shown = focusOnAlice(example, nodes);
        assertTrue(shown.contains("cloudwatch"), shown.toString());
        List<String> under = fx(() -> {
            javafx.scene.Node canvas = robot.lookup("#canvas").query();
            List<javafx.geometry.Bounds> overlays = new ArrayList<>();
            for (String id : List.of("#legend", "#reach-legend", "#minimap")) {
                javafx.scene.Node overlay = robot.lookup(id).query();
                if (overlay.isVisible()) {
                    overlays.add(canvas.sceneToLocal(overlay.localToScene(overlay.getBoundsInLocal())));
                }
            }
            javafx.geometry.Bounds viewport = canvas.getLayoutBounds();
            List<String> out = new ArrayList<>();
            for (String id : shown) {
                javafx.scene.Node view = window.canvas().view(id).node();
                javafx.geometry.Bounds b = canvas.sceneToLocal(view.localToScene(view.getBoundsInLocal()));
                if (!id.startsWith("acct-") && (overlays.stream().anyMatch(o -> o.intersects(b))
                        || b.getMaxY() > viewport.getMaxY())) {
                    out.add(id);
                }
            }
            return out;
        });
        assertEquals(List.of(), under, "shown nodes under the legend, the highlight legend or the minimap, or below the view");
    }

    @Test
    void oneAccountAndEscalationPathsAndAFilter(FxRobot robot) throws Exception {
        IamModel vendor = open(robot, "04-third-party-access.iam.json");
        robot.interact(() -> window.editor().select(List.of("vendor-engineer")));
        robot.interact(() -> window.canvas().focus());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> drawn = drawn(vendor);
        assertTrue(drawn.containsAll(Set.of("acct-444444444444", "vendor-engineer", "vendor-engineer/assume-vendor-access")),
                drawn.toString());
        for (String other : List.of(MAIN, "vendor-keys", "vendor-access", "vendor-access/read-exports", "exports")) {
            assertFalse(drawn.contains(other), other + " is in the other account");
        }
        assertUnchanged(vendor);

        IamModel escalating = open(robot, "07-provisioning-escalation.iam.json");
        until(() -> !window.panels().live().modelBusyProperty().get()
                && !window.panels().live().escalationsProperty().get().byPrincipal().isEmpty());
        robot.interact(() -> window.canvas().focus());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        drawn = drawn(escalating);
        assertTrue(drawn.containsAll(fx(() -> window.panels().live().escalationsProperty().get().byPrincipal().keySet())),
                "every principal with a badge");
        // onboard-dev changes the code of onboard-fn and so gains its role provisioner
        assertTrue(drawn.containsAll(Set.of("onboard-dev", "onboard-fn", "provisioner", MAIN)), drawn.toString());
        for (String other : List.of("iam", "lambda", "s3", "onboard-dev/deploy-onboard-fn", "provisioner/onboard-customers")) {
            assertFalse(drawn.contains(other), other + " is on no path");
        }
        assertTrue(fx(() -> robot.lookup("#badge-onboard-dev").tryQuery().isPresent()), "the badges stay on what is drawn");

        robot.interact(() -> window.focusViews().showFilter(new FocusFilter(Set.of(EntityKind.INLINE_POLICY), "", "customers")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("provisioner/onboard-customers", MAIN), drawn(escalating));
        assertEquals("Inline policies matching \"customers\": 2 of 9 drawn", fx(() -> window.canvas().focusCaption()));
        robot.interact(() -> window.canvas().actions().selectAll());
        assertEquals(Set.of("provisioner/onboard-customers", MAIN), fx(() -> Set.copyOf(window.editor().selection())),
                "Select All selects what is drawn, never what is hidden");
        assertUnchanged(escalating);
    }

    @Test
    void theFilterDialogOffersTheKindsTheModelHoldsAndReadsItsFields(FxRobot robot) throws Exception {
        IamModel opened = open(robot, "01-group-vs-service-role.iam.json");
        FocusFilter chosen = fx(() -> {
            javafx.scene.control.Dialog<FocusFilter> dialog = FocusFilterDialog.dialog(stage, opened,
                    new FocusFilter(Set.of(EntityKind.ROLE), "", ""));
            javafx.scene.Node pane = dialog.getDialogPane();
            // example 1 holds an account, a user, a group, a role, managed policies, services and compute
            assertTrue(((javafx.scene.control.CheckBox) pane.lookup("#filter-kind-role")).isSelected(), "the filter shown now");
            assertNull(pane.lookup("#filter-kind-inlinePolicy"), "example 1 holds no inline policy");
            ((javafx.scene.control.CheckBox) pane.lookup("#filter-kind-user")).setSelected(true);
            ((javafx.scene.control.TextField) pane.lookup("#filter-tag")).setText("team=data");
            ((javafx.scene.control.TextField) pane.lookup("#filter-text")).setText("ali");
            return dialog.getResultConverter().call(javafx.scene.control.ButtonType.OK);
        });
        assertEquals(new FocusFilter(Set.of(EntityKind.ROLE, EntityKind.USER), "team=data", "ali"), chosen);
    }

    @Test
    void collapsingPoliciesFoldsThemIntoACountBadgeAndExpandingDrawsThemAgain(FxRobot robot) throws Exception {
        IamModel opened = open(robot, "01-group-vs-service-role.iam.json");
        robot.interact(() -> window.canvas().focus());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> drawn = drawn(opened);
        for (String policy : List.of("AmazonS3FullAccess", "AWSLambda_FullAccess", "CloudWatchFullAccess")) {
            assertFalse(drawn.contains(policy), policy + " is collapsed into its holder");
        }
        assertEquals("2 policies", fx(() -> window.canvas().foldedBadge("dev")));
        assertEquals("1 policy", fx(() -> window.canvas().foldedBadge("report-logger")));
        assertNull(fx(() -> window.canvas().foldedBadge("alice")), "alice holds no policy");
        assertEquals("3 policies collapsed into 2 holders", fx(() -> window.canvas().focusCaption()));
        assertUnchanged(opened);

        // zoomed out past where a badge's count can grow to stay 10 px (1.8 times: down to 56 %), the badges go
        double zoom = fx(() -> window.canvas().zoomProperty().getValue());
        assertTrue(zoom >= 0.57, "opened at " + zoom);
        javafx.scene.Node badges = fx(() -> window.root().lookup("#folded-badges"));
        robot.interact(() -> window.canvas().zoomAt(0.57 / window.canvas().zoomProperty().getValue(), 100, 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(badges::isVisible), "at 57 % a count is grown to its 10 px");
        robot.interact(() -> window.canvas().zoomAt(0.5 / window.canvas().zoomProperty().getValue(), 100, 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(badges::isVisible), "at 50 % a count would be 9 px");
        assertEquals("3 policies collapsed into 2 holders", fx(() -> window.canvas().focusCaption()), "the bar still says so");
        robot.interact(() -> window.canvas().zoomAt(zoom / window.canvas().zoomProperty().getValue(), 100, 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(badges::isVisible));

        // a selection that fades dev fades its badge with it; the selection's own badge stays whole
        robot.interact(() -> window.editor().select(List.of("report-logger")));
        until(() -> fx(() -> window.root().lookup("#folded-dev").getOpacity()) < 0.5);
        assertEquals(1.0, fx(() -> window.root().lookup("#folded-report-logger").getOpacity()));
        robot.interact(() -> window.editor().select(List.of()));
        until(() -> fx(() -> window.root().lookup("#folded-dev").getOpacity()) == 1.0);

        CanvasWindowFixture fixture = CanvasWindowFixture.of(window, robot);
        fixture.rightClick(fixture.centreOf("dev"));
        javafx.scene.Node expand = fx(() -> window.canvasMenu().menu().getSkin().getNode().lookup("#ctx-expand"));
        robot.clickOn(expand);
        WaitForAsyncUtils.waitForFxEvents();
        drawn = drawn(opened);
        assertTrue(drawn.containsAll(Set.of("AmazonS3FullAccess", "AWSLambda_FullAccess")), "dev's policies are drawn again");
        assertFalse(drawn.contains("CloudWatchFullAccess"));
        assertNull(fx(() -> window.canvas().foldedBadge("dev")));
        assertEquals("1 policy", fx(() -> window.canvas().foldedBadge("report-logger")));

        robot.clickOn("#folded-report-logger");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(opened.entities().keySet(), drawn(opened), "a click on the badge expands its holder");
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.C);
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(opened.entities().keySet(), drawn(opened));
        assertNull(fx(() -> window.canvas().foldedBadge("dev")));
        assertUnchanged(opened);
    }

    @Test
    void aCommentOnAHiddenNodeHidesItsMarkerUntilTheNodeIsDrawnAgain(FxRobot robot) throws Exception {
        this.robot = robot;
        IamModel model = CanvasWindowFixture.example("01-group-vs-service-role.iam.json")
                .withComment(new dev.iammodeller.model.Comment(1, dev.iammodeller.model.CommentPin.node("CloudWatchFullAccess"),
                        "Why does the function's role need all of CloudWatch?", "reviewer", "2026-12-05T12:00:00Z", false,
                        List.of()));
        robot.interact(() -> window.open(model, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> robot.lookup("#comment-marker-1").tryQuery().isPresent()));
        robot.interact(() -> window.focusViews().collapseAll());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> robot.lookup("#comment-marker-1").tryQuery().isPresent()), "its policy is collapsed");
        robot.interact(() -> window.focusViews().expandAll());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> robot.lookup("#comment-marker-1").tryQuery().isPresent()), "its policy is drawn again");
    }

    @Test
    void whatASelectionReachesInALargeAccountIsFittedByItsNodesNotTheAccountsFrame(FxRobot robot) throws Exception {
        this.robot = robot;
        IamModel large = example01With(600, false);
        robot.interact(() -> window.open(large, null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.editor().select(List.of("alice")));
        until(() -> "alice".equals(window.panels().live().highlightsProperty().get().subjectId()));
        robot.interact(() -> window.canvas().focus());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        String caption = fx(() -> window.canvas().focusCaption());
        assertTrue(caption.startsWith("What alice reaches: ") && caption.contains(" of 611 drawn"), caption);
        double zoom = fx(() -> window.canvas().zoomProperty().getValue());
        assertTrue(zoom >= dev.iammodeller.diagram.picture.NodeFace.DETAIL_SCALE,
                "alice's few nodes fitted at " + zoom + ", not the frame of 600 users around them");
        javafx.scene.Node canvas = window.canvas().node();
        javafx.scene.Node alice = CanvasWindowFixture.view(robot, "alice").orElseThrow();
        assertTrue(fx(() -> canvas.getLayoutBounds().contains(canvas.sceneToLocal(alice.localToScene(alice.getBoundsInLocal())))));
        robot.clickOn("#focus-everything");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLargeModelOpensWithItsPoliciesCollapsedAndSaysSo(FxRobot robot) throws Exception {
        this.robot = robot;
        IamModel large = example01With(500, false);
        robot.interact(() -> window.open(large, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 policies", fx(() -> window.canvas().foldedBadge("dev")));
        assertEquals("1 policy", fx(() -> window.canvas().foldedBadge("report-logger")));
        assertEquals("3 policies collapsed into 2 holders", fx(() -> window.canvas().focusCaption()));
        javafx.scene.control.Label note = robot.lookup("#focus-note").queryAs(javafx.scene.control.Label.class);
        assertEquals("A large model (503 users, groups and roles) opens with its policies collapsed and only the selection's "
                + "connections drawn; Ctrl+Alt+E shows only the escalation paths", note.getText());
        javafx.stage.Window stage = note.getScene().getWindow();
        double width = stage.getWidth();
        robot.interact(() -> stage.setWidth(1280)); // the canvas of a 1280 × 800 screen
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(note.getText(), fx(() -> ((javafx.scene.text.Text) note.lookup(".text")).getText()),
                    "the note is shown whole (in lines under the caption), not cut");
            assertTrue(fx(() -> note.localToScene(note.getLayoutBounds()).getMaxX() <= window.canvas().node().localToScene(
                    window.canvas().node().getLayoutBounds()).getMaxX()), "within the canvas");
            javafx.scene.control.Label caption = robot.lookup("#focus-caption").queryAs(javafx.scene.control.Label.class);
            robot.interact(() -> stage.setWidth(900)); // a canvas too narrow for the caption on one line
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(caption.getText(), fx(() -> ((javafx.scene.text.Text) caption.lookup(".text")).getText()),
                    "the caption is shown whole (in lines), not cut");
        } finally {
            robot.interact(() -> stage.setWidth(width)); // the tests after this one share the stage
        }
        assertEquals("tab-findings", fx(() -> window.sidePanels().getSelectionModel().getSelectedItem().getId()),
                "a large model shows its findings first");
        // opening places the new users (one step of its own); the view changes neither entities nor relations
        assertEquals(large.entities(), fx(() -> window.editor().model().entities()));
        assertEquals(large.relations(), fx(() -> window.editor().model().relations()));

        robot.interact(() -> window.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fx(() -> window.canvas().foldedBadge("dev")), "a small model opens whole");
        assertEquals("", fx(() -> window.canvas().focusCaption()));
    }

    @Test
    void aLargeModelDrawsOnlyTheSelectionsConnectionsUntilEveryOneIsAskedFor(FxRobot robot) throws Exception {
        this.robot = robot;
        IamModel large = example01With(500, true);
        robot.interact(() -> window.open(large, null));
        WaitForAsyncUtils.waitForFxEvents();
        IamModel opened = fxModel(); // with its new users placed
        dev.iammodeller.model.ModelEdge aliceInDev = new dev.iammodeller.model.ModelEdge(
                dev.iammodeller.model.ModelEdge.Kind.MEMBER_OF, "alice", "dev");
        assertEquals(Set.of(), fx(() -> window.canvas().connectionsDrawn()), "no selection: not the mesh of 501 memberships");
        assertTrue(robot.lookup("#focus-connections").query().isVisible());

        // the pointer over a node draws its connections while it is there
        robot.interact(() -> window.canvas().centreOn(window.canvas().drawing().shape("alice").centre()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(CanvasWindowFixture.view(robot, "alice").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(aliceInDev), fx(() -> window.canvas().connectionsDrawn()), "alice's membership, under the pointer");
        robot.moveTo(robot.lookup("#focus-bar").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(), fx(() -> window.canvas().connectionsDrawn()), "and gone with the pointer");

        robot.interact(() -> window.editor().select(List.of("alice")));
        until(() -> "alice".equals(window.panels().live().highlightsProperty().get().subjectId()));
        WaitForAsyncUtils.waitForFxEvents();
        Set<dev.iammodeller.model.ModelEdge> drawn = fx(() -> window.canvas().connectionsDrawn());
        assertTrue(drawn.contains(aliceInDev), "alice's membership: " + drawn);
        assertFalse(drawn.contains(new dev.iammodeller.model.ModelEdge(dev.iammodeller.model.ModelEdge.Kind.MEMBER_OF,
                "u7", "dev")), "another member's is not hers");

        // a connection made while only the selection's are drawn stays drawn until the selection changes
        dev.iammodeller.model.ModelEdge u7InOps = new dev.iammodeller.model.ModelEdge(
                dev.iammodeller.model.ModelEdge.Kind.MEMBER_OF, "u7", "ops");
        robot.interact(() -> window.editor().submit(new dev.iammodeller.model.AddEntity(new dev.iammodeller.model.Group(
                "ops", "111111111111", "ops", "/"), null)));
        robot.interact(() -> window.editor().submit(new dev.iammodeller.model.Connect(
                new dev.iammodeller.model.Relation(dev.iammodeller.model.RelationKind.MEMBER_OF, "u7", "ops"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.canvas().connectionsDrawn().contains(u7InOps)), "the membership just made");
        robot.interact(() -> window.editor().select(List.of("dev")));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> window.canvas().connectionsDrawn().contains(u7InOps)), "another selection: not its connection");
        robot.interact(() -> window.editor().undo());
        robot.interact(() -> window.editor().undo());
        robot.interact(() -> window.editor().select(List.of("alice")));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> window.canvas().focus());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(501, fx(() -> window.canvas().connectionsDrawn().stream()
                .filter(e -> e.kind() == dev.iammodeller.model.ModelEdge.Kind.MEMBER_OF).count()), "every membership");
        assertFalse(robot.lookup("#focus-connections").query().isVisible());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.editor().select(List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(), fx(() -> window.canvas().connectionsDrawn()), "only the selection's again, and none selected");
        robot.clickOn("#focus-connections");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(true, fx(() -> window.canvas().everyConnectionProperty().get()));
        assertEquals(opened, fxModel(), "a view change is no edit");

        robot.interact(() -> window.canvas().everyConnectionProperty().set(false));
        robot.interact(() -> window.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.canvas().everyConnectionProperty().get()), "a small model opens with every connection");
        assertTrue(fx(() -> window.canvas().connectionsDrawn().contains(aliceInDev)));
    }

    @Test
    void aModelDenseWithPolicyConnectionsOpensWithItsPoliciesCollapsedAndEveryOtherConnectionDrawn(FxRobot robot)
            throws Exception {
        this.robot = robot;
        IamModel dense = example01With(197, true);
        for (int i = 0; i < 197; i++) {
            dense = dense.withRelation(new dev.iammodeller.model.Relation(dev.iammodeller.model.RelationKind.ATTACHED_TO,
                    "AmazonS3FullAccess", "u" + i));
        }
        IamModel opened = dense;
        robot.interact(() -> window.open(opened, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 policy", fx(() -> window.canvas().foldedBadge("u0")));
        assertEquals("2 policies", fx(() -> window.canvas().foldedBadge("dev")));
        javafx.scene.control.Label note = robot.lookup("#focus-note").queryAs(javafx.scene.control.Label.class);
        assertEquals("A model whose policies hang from their holders by 200 connections opens with its policies collapsed, "
                + "so that the rest reads; Ctrl+Alt+X expands them", note.getText());
        assertTrue(fx(() -> window.canvas().everyConnectionProperty().get()), "every other connection is drawn");
        assertTrue(fx(() -> window.canvas().connectionsDrawn().stream().anyMatch(e -> e.from().equals("u0"))),
                "u0's membership of dev is drawn without selecting anything");

        robot.clickOn("#focus-expand");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, fx(() -> window.canvas().foldedBadge("u0")), "expanded again");
        assertEquals("", fx(() -> window.canvas().focusCaption()));
    }

    /** Example 1 with this many more users (u0, u1, … in its account, each in group dev when {@code inDev}): a large model. */
    private static IamModel example01With(int users, boolean inDev) {
        IamModel model = CanvasWindowFixture.example("01-group-vs-service-role.iam.json");
        for (int i = 0; i < users; i++) {
            model = model.with(new dev.iammodeller.model.User("u" + i, "111111111111", "user-" + i, "/", false, false,
                    java.util.Map.of()));
            if (inDev) {
                model = model.withRelation(new dev.iammodeller.model.Relation(dev.iammodeller.model.RelationKind.MEMBER_OF,
                        "u" + i, "dev"));
            }
        }
        return model;
    }

    /** Opens an example with its nodes at these places, selects alice and focuses on what she reaches: what is drawn. */
    private Set<String> focusOnAlice(IamModel example, java.util.Map<String, dev.iammodeller.model.Layout.Point> nodes)
            throws Exception {
        robot.interact(() -> window.open(example.withLayout(new dev.iammodeller.model.Layout(nodes,
                example.layout().frames())), null));
        WaitForAsyncUtils.waitForFxEvents();
        IamModel opened = fxModel();
        robot.interact(() -> window.editor().select(List.of("alice")));
        until(() -> "alice".equals(window.panels().live().highlightsProperty().get().subjectId()));
        robot.interact(() -> window.canvas().focus());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        return drawn(opened);
    }

    private IamModel open(FxRobot robot, String example) {
        this.robot = robot;
        IamModel model = CanvasWindowFixture.example(example);
        robot.interact(() -> window.open(model, null));
        WaitForAsyncUtils.waitForFxEvents();
        return fxModel();
    }

    private IamModel fxModel() {
        try {
            return fx(() -> window.editor().model());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entities of the model that have a view on the canvas. */
    private Set<String> drawn(IamModel model) throws Exception {
        return fx(() -> {
            Set<String> out = new java.util.TreeSet<>();
            for (String id : model.entities().keySet()) {
                if (window.canvas().view(id) != null) {
                    out.add(id);
                }
            }
            return out;
        });
    }

    /** The model is the one opened, and nothing was added to its history. */
    private void assertUnchanged(IamModel opened) throws Exception {
        assertEquals(opened, fx(() -> window.editor().model()));
        assertFalse(fx(() -> window.editor().canUndoProperty().get()), "a view change is no edit");
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(condition));
    }
}
