package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.TrustedPrincipals;
import dev.iammodeller.model.User;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Scenario 1 built from an empty canvas with the palette and connection handles, as a learner would. */
@ExtendWith(ApplicationExtension.class)
class CanvasScenarioTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
    }

    @Test
    void scenarioOneIsBuiltByDraggingAndConnecting(FxRobot robot) throws Exception {
        CanvasWindowFixture ui = CanvasWindowFixture.of(window, robot);
        ui.waitForCatalogue();
        ui.dropFromPalette("#palette-account", 300, 150);
        ui.dropFromPalette("#palette-user", 320, 200);
        ui.dropFromPalette("#palette-group", 560, 200);
        ui.dropFromPalette("#palette-role", 560, 320);
        ui.dropFromPalette("#palette-compute", 320, 320);
        ui.dropFromCatalogue("palette-aws-policies", "AmazonS3FullAccess", 720, 120);
        ui.dropFromCatalogue("palette-aws-policies", "AWSLambda_FullAccess", 720, 220);
        ui.dropFromCatalogue("palette-aws-policies", "CloudWatchFullAccess", 720, 340);
        ui.dropFromCatalogue("palette-services", "lambda", 720, 460);
        IamModel built = ui.model();
        assertEquals(9, built.entities().size(), built.entities().keySet().toString());
        assertEquals("111111111111", ((User) built.entities().get("user-1")).account());
        assertTrue(((ManagedPolicy) built.entities().get("AmazonS3FullAccess")).awsManaged());

        ui.drag(ui.handleOf("user-1"), ui.centreOf("group-1"));
        ui.drag(ui.handleOf("AmazonS3FullAccess"), ui.centreOf("group-1"));
        ui.drag(ui.handleOf("AWSLambda_FullAccess"), ui.centreOf("group-1"));
        ui.drag(ui.handleOf("function-1"), ui.centreOf("role-1"));
        ui.drag(ui.handleOf("lambda"), ui.centreOf("role-1"));
        ui.drag(ui.handleOf("CloudWatchFullAccess"), ui.centreOf("role-1"));
        ContextMenu choices = (ContextMenu) robot.listTargetWindows().stream()
                .filter(w -> w instanceof ContextMenu c && "connect-choices".equals(c.getId())).findFirst().orElseThrow();
        assertEquals(2, choices.getItems().size(), "a managed policy is attached to a role or set as its boundary");
        robot.clickOn("Attach policy CloudWatchFullAccess to role-1");
        WaitForAsyncUtils.waitForFxEvents();

        IamModel model = ui.model();
        assertTrue(model.relations().containsAll(java.util.List.of(
                new Relation(RelationKind.MEMBER_OF, "user-1", "group-1"),
                new Relation(RelationKind.ATTACHED_TO, "AmazonS3FullAccess", "group-1"),
                new Relation(RelationKind.ATTACHED_TO, "AWSLambda_FullAccess", "group-1"),
                new Relation(RelationKind.ATTACHED_TO, "CloudWatchFullAccess", "role-1"),
                new Relation(RelationKind.RUNS_AS, "function-1", "role-1"))), model.relations().toString());
        assertEquals(5, model.relations().size());
        assertTrue(TrustedPrincipals.entities(model, (Role) model.entities().get("role-1")).contains("lambda"),
                "the role trusts the Lambda service");
        assertTrue(CanvasWindowFixture.view(robot, "acct-111111111111").isPresent());
        assertEquals(0, robot.lookup("#connect-refusal").queryAs(Label.class).isVisible() ? 1 : 0);
    }

    @Test
    void aConnectionIAMDoesNotAllowIsRefusedWithItsExplanation(FxRobot robot) {
        CanvasWindowFixture ui = CanvasWindowFixture.of(window, robot);
        ui.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"));
        IamModel before = ui.model();
        ui.drag(ui.handleOf("dev"), ui.centreOf("report-logger"));
        Label refusal = robot.lookup("#connect-refusal").queryAs(Label.class);
        assertTrue(refusal.isVisible());
        assertTrue(refusal.getText().contains("group is not a principal"), refusal.getText());
        assertEquals(before, ui.model(), "nothing changed");
    }

    @Test
    void aRefusedConnectionIsExplainedWhileThePointerIsOverItsTarget(FxRobot robot) {
        CanvasWindowFixture ui = CanvasWindowFixture.of(window, robot);
        ui.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"));
        javafx.geometry.Point2D from = ui.handleOf("dev");
        javafx.geometry.Point2D to = ui.centreOf("report-logger");
        robot.moveTo(from).press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D((from.getX() + to.getX()) / 2, (from.getY() + to.getY()) / 2)).moveTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        Label refusal = robot.lookup("#connect-refusal").queryAs(Label.class);
        assertTrue(refusal.isVisible(), "shown before the button is released");
        assertTrue(refusal.getText().contains("group is not a principal"), refusal.getText());
        robot.moveTo(from);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!refusal.isVisible(), "gone once the pointer leaves the target");
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
    }
}
