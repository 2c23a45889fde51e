package dev.iammodeller.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.compare.ComparisonRow;
import dev.iammodeller.app.live.TestWork;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.RemoveEntity;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison view, driven headless: 07b's boundary policy added and the provisioner's policy changed are styled
 * so; undoing the fix (07b → 07) ghosts the boundary; choosing a row frames its entity; selecting the freelancer of
 * 03b highlights deploy-admin, which it reaches anew; nothing on the comparison's canvas can be edited; Close
 * closes.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {
    private Stage stage;
    private final AtomicInteger closed = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private ComparisonView show(FxRobot robot, String base, String next) throws Exception {
        IamModel before = TestWork.example(base);
        IamModel after = TestWork.example(next);
        ComparisonViewModel model = ComparisonViewModel.of(Catalog.load(), before, after, "Base: " + base + " → New: " + next);
        ComparisonView[] view = new ComparisonView[1];
        robot.interact(() -> {
            view[0] = new ComparisonView(model, closed::incrementAndGet);
            Scene scene = new Scene((javafx.scene.Parent) view[0].node(), 1500, 900);
            scene.getStylesheets().add(ComparisonViewTest.class.getResource("/app/iam-modeller.css").toExternalForm());
            scene.getStylesheets().add(ComparisonViewTest.class.getResource("/app/live-evaluator.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    private static boolean has(FxRobot robot, String id, String state) {
        Node node = dev.iammodeller.app.CanvasWindowFixture.view(robot, id).orElseThrow();
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(state));
    }

    @SuppressWarnings("unchecked")
    private static TableView<ComparisonRow> table(FxRobot robot) {
        return robot.lookup("#comparison-table").queryAs(TableView.class);
    }

    @Test
    void theFixShowsTheAddedBoundaryTheChangedPolicyAndTheClosedPathsInTheTable(FxRobot robot) throws Exception {
        ComparisonView view = show(robot, "07-provisioning-escalation.iam.json", "07b-provisioning-with-boundary.iam.json");
        assertTrue(has(robot, "customer-boundary", "compare-added"));
        assertTrue(has(robot, "provisioner/onboard-customers", "compare-changed"));
        assertFalse(has(robot, "provisioner", "compare-changed"), "the role itself did not change");
        List<String> rows = table(robot).getItems().stream().map(r -> r.change() + " | " + r.subject()).toList();
        assertEquals(List.of("added | managed policy customer-boundary", "changed | inline policy onboard-customers",
                "closed path | onboard-dev", "closed path | provisioner", "resolved finding | provisioner",
                "changed finding | onboard-dev"), rows);
        assertTrue(robot.lookup("#comparison-summary").queryLabeled().getText().endsWith("nothing new is granted"));
        robot.interact(() -> table(robot).getSelectionModel().select(3));
        assertEquals(Set.of("provisioner"), Set.copyOf(view.model().editor().selection()), "the row's principal is selected");
        assertTrue(has(robot, "provisioner", "selected"));
        robot.clickOn("#comparison-close");
        assertEquals(1, closed.get());
    }

    @Test
    void undoingTheFixGhostsTheBoundaryItRemoves(FxRobot robot) throws Exception {
        show(robot, "07b-provisioning-with-boundary.iam.json", "07-provisioning-escalation.iam.json");
        assertTrue(has(robot, "customer-boundary", "compare-removed"), "the removed policy is drawn, ghosted");
        assertEquals(0.5, dev.iammodeller.app.CanvasWindowFixture.view(robot, "customer-boundary").orElseThrow().getOpacity(), 1e-9, "ghosted by compare.css");
        assertTrue(table(robot).getItems().stream().anyMatch(r -> r.change().equals("new path") && r.subject().equals("provisioner")));
    }

    @Test
    void selectingThePrincipalHighlightsWhatItReachesAnew(FxRobot robot) throws Exception {
        show(robot, "03-freelancer-lambda.iam.json", "03b-freelancer-pass-any-role.iam.json");
        robot.clickOn(dev.iammodeller.app.CanvasWindowFixture.view(robot, "freelancer").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(has(robot, "deploy-admin", "compare-new-reach"), "the role its new path gains");
        assertFalse(has(robot, "freelance-exec-reports", "compare-new-reach"), "it could gain that one before");
        robot.clickOn(dev.iammodeller.app.CanvasWindowFixture.view(robot, "deploy-admin").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(has(robot, "deploy-admin", "compare-new-reach"), "deploy-admin gains nothing new");
        assertTrue(robot.lookup("#comparison-legend").tryQuery().isPresent());
    }

    @Test
    void theComparisonCannotBeEdited(FxRobot robot) throws Exception {
        ComparisonView view = show(robot, "03-freelancer-lambda.iam.json", "03b-freelancer-pass-any-role.iam.json");
        ComparisonViewModel model = view.model();
        IamModel before = model.editor().model();
        robot.interact(() -> model.editor().submit(new RemoveEntity("freelancer")));
        assertEquals(before, model.editor().model());
        assertTrue(robot.lookup("#comparison-status").queryLabeled().getText().contains("cannot be edited"));
        assertTrue(dev.iammodeller.app.CanvasWindowFixture.view(robot, "freelancer").isPresent());
    }
}
