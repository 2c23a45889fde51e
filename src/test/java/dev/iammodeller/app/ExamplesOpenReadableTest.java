package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.work.FxBackgroundWork;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.io.ModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every example opens wholly visible and readable in a window of ordinary size: at 1600 × 1000 and at
 * 1280 × 800 (the window's content, side panels shown as they open) every node and frame lies inside the
 * canvas, and every node's name is drawn at 11 px or more on the screen (its font size times the scale it is
 * drawn at), read from the scene graph; at 1600 × 1000 each opens at 80 % or more. Zoomed out, names keep
 * that size and frames say what they hold.
 */
@ExtendWith(ApplicationExtension.class)
class ExamplesOpenReadableTest {
    private static final double SMALLEST_NAME = 11;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static List<String> examples() throws Exception {
        Path folder = Path.of(ExamplesOpenReadableTest.class.getResource("/examples/index.json").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(ModelFile.EXTENSION)).sorted().toList();
        }
    }

    private MainWindow show(FxRobot robot, int width, int height) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, new FxBackgroundWork());
            Scene scene = new Scene(window[0].root(), width, height);
            scene.getStylesheets().add(getClass().getResource("/app/iam-modeller.css").toExternalForm());
            scene.getStylesheets().add(getClass().getResource("/app/live-evaluator.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1600, 1000", "1280, 800"})
    void everyExampleOpensWhollyVisibleWithReadableNames(int width, int height, FxRobot robot) throws Exception {
        MainWindow window = show(robot, width, height);
        List<String> problems = new ArrayList<>();
        for (String file : examples()) {
            robot.interact(() -> window.open(CanvasWindowFixture.example(file), null));
            WaitForAsyncUtils.waitForFxEvents();
            String zoom = Math.round(window.canvas().zoomProperty().getValue() * 100) + " %";
            Node canvas = robot.lookup("#canvas").query();
            List<String> outside = outsideOf(robot, canvas);
            List<String> small = namesUnder11Px(robot);
            List<String> spilling = textsOutsideTheirBox(robot);
            if (!outside.isEmpty() || !small.isEmpty() || !spilling.isEmpty()) {
                problems.add(file + " at " + zoom + ": outside the canvas " + outside + "; names under 11 px " + small
                        + "; texts past their box's edge " + spilling);
            }
            if (width == 1600 && window.canvas().zoomProperty().getValue() < 0.8) {
                problems.add(file + " opens at " + zoom + ", under 80 %");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void zoomedOutNamesStayReadableAndFramesSayWhatTheyHold(FxRobot robot) {
        MainWindow window = show(robot, 1280, 800);
        robot.interact(() -> window.open(CanvasWindowFixture.example("02-organization-admin-access.iam.json"), null));
        WaitForAsyncUtils.waitForFxEvents();
        for (double zoom : new double[] {0.8, 0.7, 0.6, 0.5}) {
            zoomTo(robot, window, zoom);
            assertTrue(namesUnder11Px(robot).isEmpty(), "at " + zoom + ": " + namesUnder11Px(robot));
            assertTrue(textsOutsideTheirBox(robot).isEmpty(), "at " + zoom + ": " + textsOutsideTheirBox(robot));
        }
        // at 50 % the root's 11 px subtitle would be 5.5 px: drawn larger, as large as its name, it says what the root
        // holds, as many whole counts as its width leaves
        Text subtitle = (Text) CanvasWindowFixture.view(robot, "r-ab12").orElseThrow().lookup(".frame-subtitle");
        assertEquals("2 units · 3 accounts · 1 user · 1 group · 2 roles · …", subtitle.getText());
        assertTrue(subtitle.getFont().getSize() * scaleOnScreen(subtitle) >= SMALLEST_NAME - 0.01);
        zoomTo(robot, window, 1);
        assertEquals("organization root", subtitle.getText());
        Text name = (Text) CanvasWindowFixture.view(robot, "bob").orElseThrow().lookup(".node-name");
        assertEquals(NodeFace.NAME_FONT, name.getFont().getSize() * scaleOnScreen(name), 0.01);
    }

    /**
     * Zoomed out, a name is drawn larger without its subtitle: one too long for its line takes the subtitle's room as a
     * second line, broken before a word, rather than losing its middle ("…S3Full…" at 60 % said less than
     * "AmazonS3Full" / "Access"), and both lines stay inside the box and off the escalation badge.
     */
    @Test
    void zoomedOutALongNameTakesASecondLine(FxRobot robot) {
        MainWindow window = show(robot, 1280, 800);
        robot.interact(() -> window.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"), null));
        WaitForAsyncUtils.waitForFxEvents();
        zoomTo(robot, window, 0.7);
        Text name = (Text) CanvasWindowFixture.view(robot, "AmazonS3FullAccess").orElseThrow().lookup(".node-name");
        assertEquals("AmazonS3\nFullAccess", name.getText());
        assertTrue(textsOutsideTheirBox(robot).isEmpty(), textsOutsideTheirBox(robot).toString());
        // at 60 % two lines no longer hold it whole: its start on the first, its end on the second
        zoomTo(robot, window, 0.6);
        String[] lines = name.getText().split("\n");
        assertEquals(2, lines.length, name.getText());
        assertTrue(lines[0].startsWith("AmazonS3") && lines[1].endsWith("ess"), name.getText());
        assertTrue(textsOutsideTheirBox(robot).isEmpty(), textsOutsideTheirBox(robot).toString());
        assertTrue(namesUnder11Px(robot).isEmpty(), namesUnder11Px(robot).toString());
        // policies folded into their holders: a holder's count sits over its box's bottom left, where a second line would
        robot.interact(() -> window.canvas().collapsedProperty().set(
                dev.iammodeller.diagram.CollapsedPolicies.all(window.editor().model())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#folded-report-logger").tryQuery().isPresent(), "report-logger holds policies");
        assertTrue(textsOutsideTheirBox(robot).isEmpty(), textsOutsideTheirBox(robot).toString());
    }

    /**
     * Past the zoom that draws names (the organization at Fit in a large account lands at 6 %), the frames' own titles
     * shrank with the zoom to specks: each frame's name and counts are then drawn readable in its corner, outer frames
     * first, none over another, and none once zoomed in again. Down to where the boxes say their names, the frames say
     * theirs in their own headers, drawn larger.
     */
    @Test
    void zoomedOutPastTheNamesEveryFrameSaysItsNameAndCountsReadably(FxRobot robot) {
        MainWindow window = show(robot, 1280, 800);
        robot.interact(() -> window.open(CanvasWindowFixture.example("02-organization-admin-access.iam.json"), null));
        WaitForAsyncUtils.waitForFxEvents();
        // down to where the boxes still say their names, each frame says its own in its header, at 11 px or more
        for (double zoom : new double[] {0.4, 0.3, 0.26}) {
            zoomTo(robot, window, zoom);
            assertTrue(robot.lookup("#zoomed-out-frame-titles").queryAs(javafx.scene.Group.class).getChildren().isEmpty());
            Text own = (Text) CanvasWindowFixture.view(robot, "r-ab12").orElseThrow().lookup(".frame-title");
            assertTrue(own.isVisible() && own.getText().startsWith("Root"), "at " + zoom + ": " + own.getText());
            assertTrue(own.getFont().getSize() * scaleOnScreen(own) >= SMALLEST_NAME - 0.01, "at " + zoom);
            Text counts = (Text) CanvasWindowFixture.view(robot, "r-ab12").orElseThrow().lookup(".frame-subtitle");
            assertTrue(counts.getText().startsWith("2 units · 3 accounts"), "at " + zoom + ": " + counts.getText());
            // what it holds as readable as its name (at the subtitle's 11 px it came out at 8.6 px)
            assertTrue(counts.getFont().getSize() * scaleOnScreen(counts) >= SMALLEST_NAME - 0.01,
                    "counts drawn at " + counts.getFont().getSize() * scaleOnScreen(counts) + " px at " + zoom);
        }
        for (double zoom : new double[] {0.2, 0.12}) {
            zoomTo(robot, window, zoom);
            javafx.scene.Group titles = robot.lookup("#zoomed-out-frame-titles").queryAs(javafx.scene.Group.class);
            List<Text> names = titles.lookupAll(".zoomed-out-frame-name").stream().map(Text.class::cast).toList();
            List<String> said = names.stream().map(Text::getText).toList();
            assertTrue(said.contains("Root"), "at " + zoom + ": " + said);
            for (Text name : names) {
                assertTrue(name.getFont().getSize() * scaleOnScreen(name) >= SMALLEST_NAME, name.getText() + " drawn at "
                        + name.getFont().getSize() * scaleOnScreen(name) + " px at " + zoom);
            }
            List<String> counts = titles.lookupAll(".zoomed-out-frame-counts").stream().map(n -> ((Text) n).getText()).toList();
            // as much of what the root holds as its width on screen leaves, cut after a whole count
            assertTrue(counts.stream().anyMatch(c -> c.startsWith("2 units · ")), "at " + zoom + ": " + counts);
            List<Bounds> plates = titles.getChildren().stream().map(n -> n.localToScene(n.getBoundsInLocal())).toList();
            for (int a = 0; a < plates.size(); a++) {
                for (int b = a + 1; b < plates.size(); b++) {
                    assertTrue(!plates.get(a).intersects(plates.get(b)), "titles " + a + " and " + b + " overlap at " + zoom);
                }
            }
            Text frameTitle = (Text) CanvasWindowFixture.view(robot, "r-ab12").orElseThrow().lookup(".frame-title");
            assertTrue(!frameTitle.isVisible(), "the frame's own title, too small to read, is left out");
        }
        zoomTo(robot, window, 1);
        assertTrue(robot.lookup("#zoomed-out-frame-titles").queryAs(javafx.scene.Group.class).getChildren().isEmpty());
        assertTrue(CanvasWindowFixture.view(robot, "r-ab12").orElseThrow().lookup(".frame-title").isVisible());
    }

    /**
     * Zoomed out past the icons and subtitles (an imported account of 170 boxes fits a 1600 × 1000 window at 34 %, where
     * every box was blank), each box still says its name, by itself and drawn at 11 px or more, inside its box; only
     * past a quarter of the size are the boxes plain.
     */
    @Test
    void zoomedOutPastTheDetailsEachBoxStillSaysItsName(FxRobot robot) throws Exception {
        MainWindow window = show(robot, 1280, 800);
        robot.interact(() -> window.open(CanvasWindowFixture.example("02-organization-admin-access.iam.json"), null));
        WaitForAsyncUtils.waitForFxEvents();
        for (double zoom : new double[] {0.44, 0.4, 0.34, 0.3, 0.26}) {
            zoomTo(robot, window, zoom);
            List<String> said = new ArrayList<>();
            for (Node view : views(robot)) {
                if (view instanceof dev.iammodeller.app.canvas.NodeView && view.getScene() != null) {
                    Text name = (Text) view.lookup(".node-name");
                    assertTrue(name != null && name.isVisible() && !name.getText().isBlank(), "a box without its name at " + zoom);
                    assertTrue(view.lookup(".node-subtitle") == null, "no subtitle at " + zoom);
                    said.add(name.getText());
                }
            }
            assertTrue(said.contains("bob"), "at " + zoom + ": " + said);
            assertTrue(namesUnder11Px(robot).isEmpty(), "at " + zoom + ": " + namesUnder11Px(robot));
            assertTrue(textsOutsideTheirBox(robot).isEmpty(), "at " + zoom + ": " + textsOutsideTheirBox(robot));
        }
        zoomTo(robot, window, 0.2);
        for (Node view : views(robot)) {
            if (view instanceof dev.iammodeller.app.canvas.NodeView) {
                assertTrue(view.lookup(".node-name") == null, "a name drawn under 11 px at 20 %");
            }
        }
        zoomTo(robot, window, 1);
        Text bob = (Text) CanvasWindowFixture.view(robot, "bob").orElseThrow().lookup(".node-name");
        assertEquals("bob", bob.getText());
        assertTrue(CanvasWindowFixture.view(robot, "bob").orElseThrow().lookup(".node-subtitle") != null);
        // a principal that can escalate: its name by itself, too long for the box, keeps clear of the badge over its
        // box's corner (cut shorter than the name of a box without one)
        dev.iammodeller.model.IamModel seven = CanvasWindowFixture.example("07-provisioning-escalation.iam.json")
                .with(new dev.iammodeller.model.User("onboard-dev", "111111111111", "WWWWWWWWWWWWWWWWWWWW", "/", false, false,
                        java.util.Map.of()));
        robot.interact(() -> window.open(seven, null));
        dev.iammodeller.app.live.LiveAnalysis live = window.panels().live();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> live.escalationsProperty().get().hasPath("onboard-dev") && !live.modelBusyProperty().get());
        for (double zoom : new double[] {0.4, 0.3, 0.26}) {
            zoomTo(robot, window, zoom);
            assertTrue(robot.lookup("#badge-onboard-dev").tryQuery().isPresent(), "onboard-dev's badge at " + zoom);
            assertTrue(textsOutsideTheirBox(robot).isEmpty(), "at " + zoom + ": " + textsOutsideTheirBox(robot));
        }
    }

    @Test
    void zoomedOutPastTheNamesTheSelectionKeepsAReadableName(FxRobot robot) {
        MainWindow window = show(robot, 1280, 800);
        robot.interact(() -> window.open(CanvasWindowFixture.example("02-organization-admin-access.iam.json"), null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().zoomAt(0.3 / window.canvas().zoomProperty().getValue(), 100, 100));
        robot.interact(() -> window.editor().select(java.util.Set.of("bob")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Group labels = robot.lookup("#zoomed-out-labels").queryAs(javafx.scene.Group.class);
        assertTrue(labels.lookupAll(".zoomed-out-label-text").stream().noneMatch(t -> ((Text) t).getText().equals("bob")),
                "at 30 % bob's box says its name whole: no label over it");
        robot.interact(() -> window.canvas().zoomAt(0.2 / window.canvas().zoomProperty().getValue(), 100, 100));
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> texts = labels.lookupAll(".zoomed-out-label-text").stream().map(Text.class::cast).toList();
        Text bob = texts.stream().filter(t -> t.getText().equals("bob")).findFirst().orElseThrow(() -> new AssertionError(
                "no label of bob among " + texts.stream().map(Text::getText).toList()));
        assertTrue(bob.getFont().getSize() * scaleOnScreen(bob) >= SMALLEST_NAME, "drawn at "
                + bob.getFont().getSize() * scaleOnScreen(bob));
        zoomTo(robot, window, 1);
        assertTrue(labels.getChildren().isEmpty(), "names are drawn on the nodes again");
    }

    /** Whichever node is selected zoomed out, its name keeps off the frames' names and counts (drawn in their corners). */
    @Test
    void zoomedOutTheSelectionsNameKeepsOffTheFramesTitles(FxRobot robot) {
        MainWindow window = show(robot, 1280, 800);
        robot.interact(() -> window.open(CanvasWindowFixture.example("02-organization-admin-access.iam.json"), null));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Group titles = robot.lookup("#zoomed-out-frame-titles").queryAs(javafx.scene.Group.class);
        int checked = labelsKeepOff(robot, window, 0.2, label -> label.getStyleClass().contains("selected-label"),
                () -> titles.getChildren().stream().map(n -> n.localToScene(n.getBoundsInLocal())).toList(), "a frame's title");
        assertTrue(checked >= 8, checked + " names");
    }

    /**
     * Between 45 % and 25 % the frames draw their own titles larger: the labels over the selection and what it reaches
     * keep off them (a label over the top row of an account used to cover its number).
     */
    @Test
    void pastTheDetailsTheLabelsKeepOffTheFramesOwnTitles(FxRobot robot) {
        MainWindow window = show(robot, 1280, 800);
        robot.interact(() -> window.open(CanvasWindowFixture.example("02-organization-admin-access.iam.json"), null));
        WaitForAsyncUtils.waitForFxEvents();
        int checked = labelsKeepOff(robot, window, 0.3, label -> true, () -> java.util.stream.Stream.concat(
                        robot.lookup(".frame-title").queryAll().stream(), robot.lookup(".frame-subtitle").queryAll().stream())
                .filter(Node::isVisible).filter(n -> !((Text) n).getText().isEmpty())
                .map(n -> n.localToScene(n.getBoundsInLocal())).toList(), "a frame's title");
        assertTrue(checked >= 8, checked + " labels");
    }

    /**
     * Zoomed out, the labels over the selection and what it reaches keep off the escalation badges: each goes to a free
     * place near its node or is left out, but the selection's, which stays over its node when nothing near is free (at
     * 20 % the 28 characters of "AWS Identity and Access Management" find no strip free of badges in this small model).
     */
    @Test
    void zoomedOutTheLabelsKeepOffTheEscalationBadges(FxRobot robot) throws Exception {
        MainWindow window = show(robot, 1280, 800);
        robot.interact(() -> window.open(CanvasWindowFixture.example("07-provisioning-escalation.iam.json"), null));
        dev.iammodeller.app.live.LiveAnalysis live = window.panels().live();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> live.escalationsProperty().get().hasPath("onboard-dev") && !live.modelBusyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        java.util.function.Supplier<List<Bounds>> badges = () -> robot.lookup(".escalation-badge").queryAll().stream()
                .filter(Node::isVisible).map(n -> n.localToScene(n.getBoundsInLocal())).toList();
        int checked = labelsKeepOff(robot, window, 0.4, label -> true, badges, "a badge")
                + labelsKeepOff(robot, window, 0.3, label -> true, badges, "a badge")
                + labelsKeepOff(robot, window, 0.2, label -> !label.getStyleClass().contains("selected-label"), badges, "a badge");
        assertTrue(checked >= 8, checked + " labels");
    }

    /**
     * At this zoom, selects each node in turn and checks that none of the labels drawn over the canvas that {@code which}
     * takes covers what {@code keptOff} finds in the scene then (not none of it); how many labels were checked.
     */
    private static int labelsKeepOff(FxRobot robot, MainWindow window, double zoom, java.util.function.Predicate<Node> which,
                                     java.util.function.Supplier<List<Bounds>> keptOff, String what) {
        zoomTo(robot, window, zoom);
        javafx.scene.Group labels = robot.lookup("#zoomed-out-labels").queryAs(javafx.scene.Group.class);
        int checked = 0;
        for (String id : window.canvas().drawing().nodes().keySet()) {
            robot.interact(() -> window.editor().select(java.util.Set.of(id)));
            WaitForAsyncUtils.waitForFxEvents();
            List<Bounds> kept = keptOff.get();
            assertTrue(!kept.isEmpty(), "no " + what + " at " + zoom);
            for (Node label : labels.getChildren()) {
                if (which.test(label)) {
                    Bounds at = label.localToScene(label.getBoundsInLocal());
                    for (Bounds off : kept) {
                        assertTrue(!at.intersects(off), "at " + zoom + " with " + id + " selected a label " + at
                                + " covers " + what + " " + off);
                    }
                    checked++;
                }
            }
        }
        return checked;
    }

    @Test
    void aPathDrawnOnALargeModelIsFramedAndItsStepsStayReadable(FxRobot robot) throws Exception {
        MainWindow window = show(robot, 1280, 800);
        dev.iammodeller.model.IamModel model = CanvasWindowFixture.example("07-provisioning-escalation.iam.json");
        for (int i = 0; i < 600; i++) {
            model = model.with(new dev.iammodeller.model.User("u" + i, "111111111111", "user-" + i, "/", false, false,
                    java.util.Map.of()));
        }
        dev.iammodeller.model.IamModel large = model;
        robot.interact(() -> window.open(large, null));
        dev.iammodeller.app.live.LiveAnalysis live = window.panels().live();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> live.escalationsProperty().get().hasPath("onboard-dev") && !live.modelBusyProperty().get());
        dev.iammodeller.analysis.escalation.EscalationPath path = live.escalationsProperty().get().paths("onboard-dev").stream()
                .filter(dev.iammodeller.analysis.escalation.EscalationPath::gainsAdmin).findFirst().orElseThrow();
        Node canvas = window.canvas().node();

        // zoomed in far from the path: drawing it frames its stops, not the whole model (which names no node at that zoom)
        robot.interact(() -> window.canvas().zoomAt(1 / window.canvas().zoomProperty().getValue(), 100, 100));
        robot.interact(() -> window.canvas().reveal("u599"));
        robot.interact(() -> window.panels().liveCanvas().showEscalation(path));
        WaitForAsyncUtils.waitForFxEvents();
        double framed = window.canvas().zoomProperty().getValue();
        assertTrue(framed >= NodeFace.DETAIL_SCALE, "framed at " + framed);
        for (String stop : List.of("onboard-dev", "onboard-fn")) {
            Node view = CanvasWindowFixture.view(robot, stop).orElseThrow();
            Bounds b = canvas.sceneToLocal(view.localToScene(view.getBoundsInLocal()));
            assertTrue(canvas.getLayoutBounds().contains(b), stop + " in view: " + b);
        }

        // zoomed out past the names: the steps keep their size on screen, and the stops their names
        zoomTo(robot, window, 0.08);
        javafx.scene.control.Label hop = robot.lookup("#escalation-hop-1 .overlay-edge-label")
                .queryAs(javafx.scene.control.Label.class);
        double hopSize = hop.getFont().getSize() * scaleOnScreen(hop);
        assertTrue(hopSize >= SMALLEST_NAME, "the first step's label drawn at " + hopSize + " px");
        javafx.scene.shape.Shape line = robot.lookup("#escalation-hop-1 .overlay-edge-line").queryAs(javafx.scene.shape.Shape.class);
        double lineWidth = line.getStrokeWidth() * scaleOnScreen(line);
        assertTrue(lineWidth >= 2, "the first step's arrow drawn " + lineWidth + " px wide");
        List<String> named = robot.lookup("#zoomed-out-labels").queryAs(javafx.scene.Group.class)
                .lookupAll(".zoomed-out-label-text").stream().map(n -> ((Text) n).getText()).toList();
        assertTrue(named.containsAll(List.of("onboard-dev", "onboard-fn")), named.toString());
        // closer, past the icons but not the names: the account says its name in its own header, under the steps'
        // labels; each stop says its name, whole in its box or above it
        robot.interact(() -> window.canvas().zoomAt(0.3 / window.canvas().zoomProperty().getValue(), 100, 100));
        robot.interact(() -> window.canvas().reveal("onboard-dev"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#zoomed-out-frame-titles").queryAs(javafx.scene.Group.class).getChildren().isEmpty());
        Text own = (Text) CanvasWindowFixture.view(robot, "acct-111111111111").orElseThrow().lookup(".frame-title");
        assertTrue(own.isVisible() && own.getText().equals("main"), own.getText());
        for (Node label : robot.lookup(".overlay-edge-label").queryAll()) {
            assertTrue(drawnAbove(label, own), ((javafx.scene.control.Label) label).getText() + " is drawn under the title");
        }
        List<String> labelled = robot.lookup("#zoomed-out-labels").queryAs(javafx.scene.Group.class)
                .lookupAll(".zoomed-out-label-text").stream().map(n -> ((Text) n).getText()).toList();
        for (String stop : List.of("onboard-dev", "onboard-fn")) {
            Text inBox = (Text) CanvasWindowFixture.view(robot, stop).orElseThrow().lookup(".node-name");
            assertTrue(inBox.getText().equals(stop) || labelled.contains(stop), stop + ": " + inBox.getText() + ", " + labelled);
        }
        // the stops are close together on screen: their names make way for each other
        List<Node> names = robot.lookup("#zoomed-out-labels").queryAs(javafx.scene.Group.class).getChildrenUnmodifiable();
        assertTrue(!names.isEmpty(), "no names over the stops");
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                assertTrue(!names.get(a).localToScene(names.get(a).getBoundsInLocal())
                        .intersects(names.get(b).localToScene(names.get(b).getBoundsInLocal())), "two names overlap");
            }
        }
    }

    /** Whether {@code a} is drawn after (above) {@code b}: later among the children of the nearest parent they share. */
    private static boolean drawnAbove(Node a, Node b) {
        List<Node> upA = new ArrayList<>();
        for (Node n = a; n != null; n = n.getParent()) {
            upA.add(0, n);
        }
        List<Node> upB = new ArrayList<>();
        for (Node n = b; n != null; n = n.getParent()) {
            upB.add(0, n);
        }
        int shared = 0;
        while (shared < upA.size() && shared < upB.size() && upA.get(shared) == upB.get(shared)) {
            shared++;
        }
        javafx.scene.Parent parent = (javafx.scene.Parent) upA.get(shared - 1);
        return parent.getChildrenUnmodifiable().indexOf(upA.get(shared))
                > parent.getChildrenUnmodifiable().indexOf(upB.get(shared));
    }

    /**
     * {@code --select onboard-dev --escalation} on example 07 and {@code --select deployer --escalation} on example 10, in
     * the window's sizes (1204 × 752: what it opens at on a 1280 × 800 screen): the steps' labels were fitted at the zoom
     * before the fit and grew past the canvas's edge, the box of the instance example 10's path creates was left out of
     * the fit (not laid out yet) and cut, and the gain ran under the legend of what the selection reaches.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1600, 1000", "1280, 800", "1204, 752"})
    void anEscalationPathIsDrawnWhollyInViewAndClearOfTheLegend(int width, int height, FxRobot robot) throws Exception {
        MainWindow window = show(robot, width, height);
        List<String> problems = new ArrayList<>();
        for (String[] example : List.of(new String[] {"07-provisioning-escalation.iam.json", "onboard-dev"},
                new String[] {"10-compute-acts-with-a-role.iam.json", "deployer"})) {
            String principal = example[1];
            robot.interact(() -> window.open(CanvasWindowFixture.example(example[0]), null));
            dev.iammodeller.app.live.LiveAnalysis live = window.panels().live();
            WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                    () -> live.escalationsProperty().get().hasPath(principal) && !live.modelBusyProperty().get());
            robot.interact(() -> {
                window.panels().liveCanvas().escalationOfSelectionProperty().set(true);
                window.editor().select(List.of(principal));
            });
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#escalation-gain").tryQuery().map(Node::isVisible).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            String at = example[0] + " at " + Math.round(window.canvas().zoomProperty().getValue() * 100) + " %: ";
            Node canvas = window.canvas().node();
            Bounds viewport = canvas.getLayoutBounds();
            List<Node> drawn = new ArrayList<>(robot.lookup("#escalation-steps .overlay-edge-label").queryAll());
            drawn.addAll(robot.lookup(n -> n.getId() != null && n.getId().startsWith("escalation-new-")).queryAll());
            Node gain = robot.lookup("#escalation-gain").query();
            drawn.add(gain);
            for (Node each : drawn) {
                Bounds b = canvas.sceneToLocal(each.localToScene(each.getBoundsInLocal()));
                if (each.isVisible() && !viewport.contains(b)) {
                    problems.add(at + (each instanceof javafx.scene.control.Label label ? label.getText() : each.getId())
                            + " outside the canvas " + b);
                }
            }
            Node legend = robot.lookup("#canvas-reach-legend").query();
            Bounds legendBounds = legend.localToScene(legend.getBoundsInLocal());
            if (legend.isVisible() && legendBounds.intersects(gain.localToScene(gain.getBoundsInLocal()))) {
                problems.add(at + "the gain under the legend");
            }
            if (window.canvas().zoomProperty().getValue() < NodeFace.DETAIL_SCALE) {
                problems.add(at + "names not read");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Example 01 opened whole in the window's sizes, then alice selected: the legend of what she reaches came over the
     * canvas's bottom left and hid AWS Lambda, which she reaches. A view the opening fitted is fitted again clear of it.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1600, 1000", "1280, 800", "1204, 752"})
    void theLegendOfASelectionHidesNothingItLightsInAViewFittedAtOpening(int width, int height, FxRobot robot)
            throws Exception {
        MainWindow window = show(robot, width, height);
        robot.interact(() -> window.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"), null));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> hidden = litUnderTheLegendOnceSelected(robot, window, "alice");
        String zoom = Math.round(window.canvas().zoomProperty().getValue() * 100) + " %";
        assertTrue(hidden.isEmpty(), "at " + zoom + ", under the legend: " + hidden);
        assertTrue(outsideOf(robot, window.canvas().node()).isEmpty(), "at " + zoom + ", outside the canvas");
        assertTrue(namesUnder11Px(robot).isEmpty(), "at " + zoom + ", names under 11 px: " + namesUnder11Px(robot));
    }

    /**
     * The imported sample account opened at 1600 × 1000, then a user selected whose group and policies lie clear of the
     * legend of what it reaches: the view stays at the zoom the opening chose (it was fitted again over the legend, from
     * 61 % to 46 %, which cut every name to one line of a few letters), and nothing it lights lies under the legend.
     */
    @Test
    void aLegendOverFadedNodesOnlyLeavesTheOpeningsZoom(FxRobot robot) throws Exception {
        MainWindow window = show(robot, 1600, 1000);
        dev.iammodeller.model.IamModel imported = dev.iammodeller.io.authz.AuthorizationImport.importFiles(List.of(Path.of(
                getClass().getResource("/authz-details/test_files_example-authz-details.json").toURI())),
                dev.iammodeller.io.authz.ImportProgress.NONE).model();
        robot.interact(() -> window.open(imported, null));
        WaitForAsyncUtils.waitForFxEvents();
        double opened = window.canvas().zoomProperty().getValue();
        String user = window.editor().model().entities().values().stream()
                .filter(e -> e.name().equals("userwithlotsofpermissions")).findFirst().orElseThrow().id();
        List<String> hidden = litUnderTheLegendOnceSelected(robot, window, user);
        assertEquals(opened, window.canvas().zoomProperty().getValue(), 1e-9, "the zoom the opening chose");
        assertTrue(hidden.isEmpty(), "under the legend: " + hidden);
    }

    /** Selects {@code id}, waits for its highlights and their legend, and says which nodes it lights lie under the legend. */
    private static List<String> litUnderTheLegendOnceSelected(FxRobot robot, MainWindow window, String id) throws Exception {
        robot.interact(() -> window.editor().select(List.of(id)));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#canvas-reach-legend").tryQuery().map(Node::isVisible).orElse(false)
                        && !window.panels().live().highlightsProperty().get().nodes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Node legend = robot.lookup("#canvas-reach-legend").query();
        Bounds legendBounds = legend.localToScene(legend.getBoundsInLocal());
        List<String> hidden = new ArrayList<>();
        for (String lit : window.panels().live().highlightsProperty().get().nodes().keySet()) {
            CanvasWindowFixture.view(robot, lit).ifPresent(view -> {
                if (view.localToScene(view.getBoundsInLocal()).intersects(legendBounds)) {
                    hidden.add(lit);
                }
            });
        }
        return hidden;
    }

    private static List<String> outsideOf(FxRobot robot, Node canvas) {
        Bounds viewport = canvas.getLayoutBounds();
        List<String> outside = new ArrayList<>();
        for (Node view : views(robot)) {
            Bounds b = canvas.sceneToLocal(view.localToScene(view.getBoundsInLocal()));
            if (b.getMinX() < viewport.getMinX() || b.getMinY() < viewport.getMinY()
                    || b.getMaxX() > viewport.getMaxX() || b.getMaxY() > viewport.getMaxY()) {
                outside.add(view.getId());
            }
        }
        return outside;
    }

    private static List<String> namesUnder11Px(FxRobot robot) {
        List<String> small = new ArrayList<>();
        for (Node view : views(robot)) {
            for (Node name : view.lookupAll(".node-name")) {
                double drawn = ((Text) name).getFont().getSize() * scaleOnScreen(name);
                // less a hundredth of a pixel: the scene's transforms are in floats
                if (!name.isVisible() || !name.getParent().isVisible() || drawn < SMALLEST_NAME - 0.01) {
                    small.add(((Text) name).getText() + " " + Math.round(drawn * 10) / 10.0 + " px");
                }
            }
        }
        return small;
    }

    /**
     * Account names are free text: a long one is cut to its frame's width in the font it is drawn in, the subtitle
     * after it cut to what the title leaves, so that neither runs past the frame (a title cut to 40 characters did).
     */
    @Test
    void aLongAccountNameStaysInsideItsFrame(FxRobot robot) {
        MainWindow window = show(robot, 1280, 800);
        dev.iammodeller.model.IamModel model = CanvasWindowFixture.example("04-third-party-access.iam.json");
        dev.iammodeller.model.Account vendor = model.entities().values().stream()
                .filter(e -> e instanceof dev.iammodeller.model.Account a && a.name().equals("vendor"))
                .map(dev.iammodeller.model.Account.class::cast).findFirst().orElseThrow();
        dev.iammodeller.model.IamModel renamed = model.with(new dev.iammodeller.model.Account(vendor.id(), vendor.accountId(),
                "Wholesale Widgets Worldwide — managed workloads, production, eu-west-1", vendor.parent(), vendor.management()));
        robot.interact(() -> window.open(renamed, null));
        WaitForAsyncUtils.waitForFxEvents();
        Node frame = CanvasWindowFixture.view(robot, vendor.id()).orElseThrow();
        Bounds box = frame.localToScene(((javafx.scene.shape.Rectangle) frame.lookup(".frame-body")).getBoundsInParent());
        Text title = (Text) frame.lookup(".frame-title");
        Text subtitle = (Text) frame.lookup(".frame-subtitle");
        assertTrue(title.getText().startsWith("Wholesale Widgets") && title.getText().endsWith("…"), title.getText());
        for (Text text : List.of(title, subtitle)) {
            Bounds drawn = text.localToScene(text.getBoundsInLocal());
            assertTrue(text.getText().isEmpty() || drawn.getMaxX() <= box.getMaxX() - 4, "\"" + text.getText() + "\" ends at "
                    + drawn.getMaxX() + ", its frame at " + box.getMaxX());
        }
        Bounds titleAt = title.localToScene(title.getBoundsInLocal());
        Bounds subtitleAt = subtitle.localToScene(subtitle.getBoundsInLocal());
        assertTrue(subtitle.getText().isEmpty() || subtitleAt.getMinX() >= titleAt.getMaxX(), "the subtitle follows the title");
    }

    /**
     * The names and subtitles that run past the right edge of their box, less a margin (a long name cut to a number of
     * characters still ran over it in wide letters: "read-expor…network"), or onto the escalation badge.
     */
    private static List<String> textsOutsideTheirBox(FxRobot robot) {
        List<String> spilling = new ArrayList<>();
        for (Node view : views(robot)) {
            if (!(view instanceof dev.iammodeller.app.canvas.NodeView)) {
                continue;
            }
            Bounds box = view.localToScene(new javafx.geometry.BoundingBox(0, 0, dev.iammodeller.diagram.Drawing.NODE_WIDTH,
                    dev.iammodeller.diagram.Drawing.NODE_HEIGHT));
            double margin = 4 * scaleOnScreen(view);
            List<Node> texts = new ArrayList<>(view.lookupAll(".node-name"));
            texts.addAll(view.lookupAll(".node-subtitle"));
            Node badge = robot.lookup("#badge-" + ((dev.iammodeller.app.canvas.ShapeView) view).entityId()).tryQuery().orElse(null);
            for (Node text : texts) {
                if (!text.isVisible() || text.getParent() == null || text.getScene() == null) {
                    continue;
                }
                Bounds drawn = text.localToScene(text.getBoundsInLocal());
                String said = ((Text) text).getText().replace('\n', '/');
                if (drawn.getMaxX() > box.getMaxX() - margin) {
                    spilling.add(said + " ends " + Math.round(drawn.getMaxX() - box.getMaxX()) + " px from the edge");
                }
                if (drawn.getMinY() < box.getMinY() || drawn.getMaxY() > box.getMaxY()) {
                    spilling.add(said + " runs over the box's top or bottom");
                }
                Node folded = robot.lookup("#folded-" + ((dev.iammodeller.app.canvas.ShapeView) view).entityId()).tryQuery()
                        .orElse(null);
                if (folded != null && folded.isVisible() && folded.getScene() != null
                        && drawn.intersects(folded.localToScene(folded.getBoundsInLocal()))) {
                    spilling.add(said + " runs under the count of its folded policies");
                }
                if (badge != null && badge.isVisible() && text.getStyleClass().contains("node-name")) {
                    Bounds disc = badge.localToScene(badge.getBoundsInLocal());
                    // the badge is a disc: the name keeps clear of the square inside it
                    double inset = disc.getWidth() * (1 - Math.sqrt(0.5)) / 2;
                    if (drawn.intersects(disc.getMinX() + inset, disc.getMinY() + inset, disc.getWidth() - 2 * inset,
                            disc.getHeight() - 2 * inset)) {
                        spilling.add(said + " runs under its escalation badge");
                    }
                }
            }
        }
        return spilling;
    }

    private static java.util.Set<Node> views(FxRobot robot) {
        return robot.lookup(n -> n instanceof dev.iammodeller.app.canvas.ShapeView)
                .queryAll();
    }

    /** Zooms the canvas to {@code zoom} about its top left corner and lets the window settle. */
    private static void zoomTo(FxRobot robot, MainWindow window, double zoom) {
        robot.interact(() -> window.canvas().zoomAt(zoom / window.canvas().zoomProperty().getValue(), 100, 100));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How many screen pixels one unit of the node's own coordinates takes. */
    private static double scaleOnScreen(Node node) {
        Point2D origin = node.localToScene(0, 0);
        Point2D unit = node.localToScene(0, 1);
        return unit.distance(origin);
    }

    /** At 1280 × 800 the palette cut "Organizational …": every kind reads whole. */
    @Test
    void everyPaletteEntryReadsWholeAt1280x800(FxRobot robot) {
        show(robot, 1280, 800);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            for (Node entry : robot.lookup(".palette-entry").queryAll()) {
                for (Node node : entry.lookupAll(".palette-label")) {
                    javafx.scene.control.Labeled label = (javafx.scene.control.Labeled) node;
                    for (Node child : label.getChildrenUnmodifiable()) {
                        if (child instanceof javafx.scene.text.Text shown
                                && !shown.getText().replace('\n', ' ').equals(label.getText())) {
                            cut.add("\"" + label.getText() + "\" shown as \"" + shown.getText() + "\"");
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), cut);
    }
}
