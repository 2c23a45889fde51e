package dev.iammodeller.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.canvas.ConnectionOffers;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While the escalations of a model just opened are worked out, the principals found to escalate get their badges
 * as they are found; a click on such a badge selects the principal (its path comes with the escalations); the
 * escalations, once in, give every badge.
 */
@ExtendWith(ApplicationExtension.class)
class EscalationBadgesSoFarTest {
    /** Runs each job when the test says, and keeps what the jobs report for the FX thread until the test hands it over. */
    private static final class Stepped implements BackgroundWork {
        final List<Runnable> jobs = new ArrayList<>();
        final List<Runnable> reports = new ArrayList<>();
        final List<Runnable> results = new ArrayList<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            jobs.add(() -> {
                T made;
                try {
                    made = work.get();
                } catch (RuntimeException failure) {
                    results.add(() -> onFailure.accept(failure));
                    return;
                }
                results.add(() -> onResult.accept(made));
            });
        }

        @Override
        public void report(Runnable onFxThread) {
            reports.add(onFxThread);
        }

        void all() {
            while (!jobs.isEmpty() || !reports.isEmpty() || !results.isEmpty()) {
                List<List<Runnable>> lists = List.of(jobs, reports, results);
                for (List<Runnable> list : lists) {
                    while (!list.isEmpty()) {
                        list.remove(0).run();
                    }
                }
            }
        }
    }

    private final Stepped modelWork = new Stepped();
    private EditorState editor;
    private CanvasEditor canvas;
    private LiveAnalysis live;
    private LiveCanvas liveCanvas;

    @Start
    void start(Stage stage) throws Exception {
        editor = new EditorState(TestWork.example("01-group-vs-service-role.iam.json"));
        canvas = new CanvasEditor(editor, (m, a, b) -> new ConnectionOffers.Offer(List.of(), Optional.of("none")));
        live = new LiveAnalysis(editor, CompletableFuture.completedFuture(Catalog.load()), TestWork.NOW, modelWork);
        liveCanvas = new LiveCanvas(canvas, live);
        Scene scene = new Scene(new StackPane(canvas.node()), 1200, 800);
        scene.getStylesheets().add(getClass().getResource("/app/iam-modeller.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        modelWork.all();
    }

    private static String tooltip(Node node) {
        return fx(() -> node.getProperties().values().stream().filter(v -> v instanceof javafx.scene.control.Tooltip)
                .map(v -> ((javafx.scene.control.Tooltip) v).getText()).findFirst().orElse(""));
    }

    /** What {@code read} gives, read on the FX thread. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badgesFoundBeforeTheEscalationsStopForWantOfMemoryStayAndSaySo(FxRobot robot) throws Exception {
        IamModel scenario7 = TestWork.example("07-provisioning-escalation.iam.json");
        int principals = scenario7.all(dev.iammodeller.model.User.class).size()
                + scenario7.all(dev.iammodeller.model.Role.class).size();
        try (dev.iammodeller.analysis.PretendHeap heap = dev.iammodeller.analysis.PretendHeap.fullFrom(principals + 1)) {
            robot.interact(() -> {
                editor.open(scenario7, null);
                modelWork.all(); // every principal's own paths found, then the heap is full: the escalations stop
            });
        }
        assertFalse(fx(() -> live.escalationsProblemProperty().get()).isEmpty(), "they stopped");
        Node kept = robot.lookup("#badge-provisioner").query();
        assertTrue(fx(kept::isVisible), "the provisioner was found to escalate before the stop: its badge stays");
        robot.moveTo(kept);
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !tooltip(kept).isEmpty());
        assertTrue(tooltip(kept).startsWith("provisioner can give itself more permissions than it has, found before the"
                + " escalation analysis stopped (not enough memory to work out the escalations of "), tooltip(kept));
        assertTrue(tooltip(kept).endsWith(" users and roles): what it can gain and its path were not worked out; the"
                + " Findings tab says more."), tooltip(kept));
        robot.moveBy(300, 300);

        IamModel scenario1 = TestWork.example("01-group-vs-service-role.iam.json");
        robot.interact(() -> {
            editor.open(scenario1, null);
            modelWork.all();
        });
        assertNull(robot.lookup("#badge-provisioner").tryQuery().orElse(null), "another model: the badges found go");
    }

    @Test
    void badgesComeAsPrincipalsAreFoundToEscalateAndTheEscalationsGiveThemAll(FxRobot robot) throws Exception {
        IamModel scenario7 = TestWork.example("07-provisioning-escalation.iam.json");
        robot.interact(() -> {
            editor.open(scenario7, null);
            // asked for at once (no window holds the start back until the drawing): the escalations, then the findings
            // but the escalations, which the escalations wait for
            Runnable escalations = modelWork.jobs.remove(0);
            modelWork.jobs.remove(0).run(); // the findings but the escalations
            modelWork.results.remove(0).run();
            escalations.run(); // worked out: what they told is not handed over yet
        });
        assertNull(robot.lookup("#badge-provisioner").tryQuery().orElse(null), "nothing told yet");
        List<String> first = fx(liveCanvas::onScreen);
        assertEquals(fx(() -> canvas.drawing().nodes().size()), first.size(), "a small model's nodes are all on screen: " + first);
        assertTrue(first.contains("provisioner"));
        List<Double> fromMiddle = fx(() -> first.stream()
                .map(id -> canvas.drawing().shape(id).centre().distance(canvas.visibleCentre())).toList());
        for (int at = 1; at < fromMiddle.size(); at++) {
            assertTrue(fromMiddle.get(at - 1) <= fromMiddle.get(at), "the middle of the view first: " + first + " " + fromMiddle);
        }

        robot.interact(() -> {
            while (!modelWork.reports.isEmpty()) {
                modelWork.reports.remove(0).run();
            }
        });
        Set<String> soFar = fx(() -> live.escalatingSoFarProperty().get());
        assertTrue(soFar.contains("provisioner"), "its own paths were found: " + soFar);
        assertTrue(fx(() -> live.escalationsProperty().get().byPrincipal().isEmpty()), "the escalations are not in yet");
        Node early = robot.lookup("#badge-provisioner").query();
        assertTrue(fx(early::isVisible));
        assertTrue(fx(() -> liveCanvas.badged().contains("provisioner")), "the labels of paths keep off the badges found so far too");
        robot.moveTo(early);
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !tooltip(early).isEmpty());
        assertTrue(tooltip(early).startsWith("provisioner can give itself more permissions than it has. What it can gain"
                + " is still being worked out"), tooltip(early));
        robot.moveBy(300, 300);

        robot.interact(() -> liveCanvas.drawEscalationOf("provisioner", early));
        assertEquals(Set.of("provisioner"), fx(() -> Set.copyOf(editor.selection())), "the click selects it: no path to draw yet");
        assertNull(fx(() -> liveCanvas.shownEscalationProperty().get()));
        assertFalse(robot.listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()),
                "no empty menu of paths");

        robot.interact(modelWork::all);
        assertEquals(Set.of(), fx(() -> live.escalatingSoFarProperty().get()));
        Set<String> escalating = fx(() -> live.escalationsProperty().get().byPrincipal().keySet());
        assertTrue(escalating.containsAll(soFar), soFar + " within " + escalating);
        for (String id : escalating) {
            assertNotNull(robot.lookup("#badge-" + id).tryQuery().orElse(null), "a badge for " + id);
        }
        assertEquals(escalating.size(), robot.lookup(".escalation-badge").queryAll().size(), "one badge each, no more");
        assertTrue(early == robot.lookup("#badge-provisioner").query(), "the badge found early stays: not made again");
        robot.moveTo(early);
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> tooltip(early).contains("Click to draw the path"));
        assertTrue(tooltip(early).startsWith("provisioner can give itself more permissions than it has: it can gain"),
                "its tooltip says what the escalations say now: " + tooltip(early));
    }
}
