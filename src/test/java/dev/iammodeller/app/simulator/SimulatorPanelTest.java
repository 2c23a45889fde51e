package dev.iammodeller.app.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.live.TestWork;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The request simulator, driven through its controls, gives the decisions the scenarios state. */
@ExtendWith(ApplicationExtension.class)
class SimulatorPanelTest {
    private static CompletableFuture<Catalog> catalog;
    private EditorState editor;
    private SimulatorPanel panel;

    @BeforeAll
    static void load() {
        catalog = CompletableFuture.completedFuture(Catalog.load());
    }

    @Start
    void start(Stage stage) throws Exception {
        editor = new EditorState(TestWork.example("04-third-party-access.iam.json"));
        panel = new SimulatorPanel(editor, catalog, TestWork.NOW, (id, line) -> { });
        stage.setScene(new Scene((javafx.scene.Parent) panel.node(), 640, 720));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private void request(FxRobot robot, String principal, String action, String resource) {
        robot.interact(() -> {
            robot.lookup("#sim-principal").queryAs(ComboBox.class).setValue(principal);
            robot.lookup("#sim-action").queryAs(TextField.class).setText(action);
            robot.lookup("#sim-resource").queryAs(TextField.class).setText(resource);
        });
    }

    private String verdict(FxRobot robot) {
        return robot.lookup("#sim-verdict").queryAs(Label.class).getText();
    }

    @Test
    void theVendorsKeysAreAllowedOnlyFromItsNetwork(FxRobot robot) {
        Label noKeys = (Label) robot.lookup("#sim-context").queryAs(javafx.scene.control.TableView.class).getPlaceholder();
        assertTrue(noKeys.getText().startsWith("None: "), "an empty table of context keys says so: " + noKeys.getText());
        request(robot, "vendor-keys", "s3:GetObject", "arn:aws:s3:::exports/data.csv");
        robot.clickOn("#sim-run");
        assertEquals("implicit deny", verdict(robot));
        assertEquals("Missing context keys: aws:SourceIp", robot.lookup("#sim-missing").queryAs(Label.class).getText());

        robot.interact(() -> {
            robot.lookup("#sim-key").queryAs(TextField.class).setText("aws:SourceIp");
            robot.lookup("#sim-value").queryAs(TextField.class).setText("203.0.113.7");
        });
        robot.clickOn("#sim-add-key");
        assertEquals(1, panel.model().context().size(), panel.model().context().toString());
        robot.clickOn("#sim-run");
        assertEquals("allowed", verdict(robot));
        ListView<?> statements = robot.lookup("#sim-statements").queryAs(ListView.class);
        assertEquals(1, statements.getItems().size());
    }

    @Test
    void theGroupDenyOfScenario6IsAnExplicitDenyByTheGroupLayer(FxRobot robot) throws Exception {
        IamModel carol = TestWork.example("06-group-deny-boundary.iam.json");
        robot.interact(() -> editor.open(carol, null));
        request(robot, "carol", "iam:CreateUser", "arn:aws:iam::111111111111:user/x");
        robot.clickOn("#sim-run");
        assertEquals("explicit deny", verdict(robot));
        ListView<?> statements = robot.lookup("#sim-statements").queryAs(ListView.class);
        assertTrue(statements.getItems().get(0).toString().contains("contractors"), statements.getItems().toString());
        request(robot, "carol", "ec2:RunInstances", "*");
        robot.clickOn("#sim-run");
        assertEquals("allowed", verdict(robot));
    }

    @Test
    void theActionCompletesFromTheCatalogueAndKeysFromTheAction(FxRobot robot) {
        SimulatorModel model = panel.model();
        assertTrue(model.actionSuggestions("s3:GetObj").contains("s3:GetObject"));
        robot.interact(() -> model.actionProperty().set("s3:GetObject"));
        assertTrue(model.keySuggestions("s3:").stream().anyMatch(k -> k.startsWith("s3:")), model.keySuggestions("s3:").toString());
        assertTrue(model.keySuggestions("SourceIp").contains("aws:SourceIp"));
        assertTrue(model.resourceSuggestions("exports").contains("arn:aws:s3:::exports/*"));
        assertEquals(java.util.List.of("vendor-access", "vendor-engineer", "vendor-keys"), model.principals());
    }

    @Test
    void oneClickOnSimulateDecidesWhileTheActionsSuggestionsAreShown(FxRobot robot) throws Exception {
        request(robot, "vendor-keys", "", "arn:aws:s3:::exports/data.csv");
        robot.clickOn("#sim-action").write("s3:GetObjec");
        // the suggestions are looked up off the FX thread, then shown
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()));
        robot.interact(() -> robot.lookup("#sim-action").queryAs(TextField.class).appendText("t"));
        robot.clickOn("#sim-run");
        assertEquals("implicit deny", verdict(robot), "the click that hides the suggestions runs the simulation too");
    }

    @Test
    void theSelectedUserOrRoleBecomesThePrincipal(FxRobot robot) {
        robot.interact(() -> editor.select(java.util.List.of("vendor-access")));
        assertEquals("vendor-access", panel.model().principalProperty().get());
        robot.interact(() -> editor.select(java.util.List.of("vendor-keys", "vendor-access")));
        assertEquals("vendor-access", panel.model().principalProperty().get(), "a multiple selection changes nothing");
    }

    @Test
    void anAnswerIsClearedWhenAnotherModelWithoutItsPrincipalIsOpened(FxRobot robot) throws Exception {
        request(robot, "vendor-keys", "s3:GetObject", "arn:aws:s3:::exports/data.csv");
        robot.clickOn("#sim-run");
        assertEquals("implicit deny", verdict(robot));
        IamModel carol = TestWork.example("06-group-deny-boundary.iam.json");
        robot.interact(() -> editor.open(carol, null));
        assertEquals(null, panel.model().resultProperty().get());
        assertEquals(null, panel.model().principalProperty().get());
    }

    @Test
    void anEditDecidesTheRequestAgain(FxRobot robot) {
        request(robot, "vendor-keys", "s3:GetObject", "arn:aws:s3:::exports/data.csv");
        robot.clickOn("#sim-run");
        var first = panel.model().resultProperty().get();
        robot.interact(() -> editor.submit(new dev.iammodeller.model.EditTitle("Renamed", "")));
        assertTrue(panel.model().resultProperty().get() != first, "decided again on the edited model");
        assertEquals("implicit deny", verdict(robot));
    }

    @Test
    void anActionAwsDoesNotHaveIsRefusedWithTheNearestItHas(FxRobot robot) {
        request(robot, "vendor-keys", "s3:GetObjekt", "arn:aws:s3:::exports/data.csv");
        robot.clickOn("#sim-run");
        String problem = robot.lookup("#sim-problem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("s3:GetObjekt is not an action AWS has: did you mean s3:GetObject"), problem);
        assertEquals(null, panel.model().resultProperty().get());
    }

    @Test
    @SuppressWarnings("unchecked")
    void principalsAreListedByNameAndKindNotByTheirIdsTheirAccountWhenNamesakes(FxRobot robot) throws Exception {
        dev.iammodeller.model.IamModel model = TestWork.example("04-third-party-access.iam.json");
        String account = model.entities().get("vendor-keys").account();
        model = model.with(new dev.iammodeller.model.User("user-" + account + "-bob", account, "bob", "/", false, false,
                java.util.Map.of())).with(new dev.iammodeller.model.User("user-999999999999-bob", "999999999999", "bob", "/",
                false, false, java.util.Map.of()));
        dev.iammodeller.model.IamModel imported = model;
        robot.interact(() -> editor.open(imported, null));
        ComboBox<String> principal = robot.lookup("#sim-principal").queryAs(ComboBox.class);
        robot.interact(() -> principal.setValue("user-" + account + "-bob"));
        assertEquals("bob (user, account " + account + ")", principal.getConverter().toString(principal.getValue()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals("bob (user, account " + account + ")", principal.getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof javafx.scene.control.ListCell).map(node -> ((javafx.scene.control.ListCell<?>) node)
                        .getText()).findFirst().orElse(null), "the box reads the name, not the id the importer gave");
        assertEquals("vendor-keys (user)", principal.getConverter().toString("vendor-keys"), "no namesake: no account");
    }
}
