package dev.iammodeller.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.policyeditor.PolicyEditorLauncher;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelSamples;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector driven headless: a rename is one undoable command, invalid values are refused with a message. */
@ExtendWith(ApplicationExtension.class)
class InspectorPaneTest {
    private EditorState state;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        state = new EditorState(ModelSamples.small());
        PolicyEditorLauncher launcher = new PolicyEditorLauncher() {
            @Override
            public void open(String entityId) {
                opened.add(entityId);
            }

            @Override
            public void openAt(String entityId, int line) {
                opened.add(entityId + ":" + line);
            }
        };
        stage.setScene(new Scene(new InspectorPane(state, launcher).root(), 360, 560));
        stage.show();
    }

    private javafx.scene.control.TextInputControl replaceText(FxRobot robot, String fieldId, String text) {
        javafx.scene.control.TextInputControl field = robot.lookup("#" + fieldId)
                .queryAs(javafx.scene.control.TextInputControl.class);
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
        return field;
    }

    private Label message(FxRobot robot) {
        return robot.lookup("#inspector-message").queryAs(Label.class);
    }

    @Test
    void renamingAUserSubmitsOneCommandThatUndoTakesBack(FxRobot robot) {
        robot.interact(() -> state.select(List.of("alice")));
        assertEquals("User alice", robot.lookup("#inspector-heading").queryAs(Label.class).getText());
        long revision = state.revisionProperty().get();
        TextField name = (TextField) replaceText(robot, "inspector-field-name", "bob");
        assertEquals(revision, state.revisionProperty().get(), "nothing is submitted while typing");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(revision + 1, state.revisionProperty().get(), "one command");
        assertEquals("bob", state.model().entity("alice").orElseThrow().name());
        assertEquals("arn:aws:iam::111111111111:user/bob",
                robot.lookup("#inspector-field-arn").queryAs(TextField.class).getText());

        robot.interact(state::undo);
        assertEquals("alice", state.model().entity("alice").orElseThrow().name());
        assertEquals("alice", name.getText());
    }

    @Test
    void anInvalidPathIsRefusedWithAMessageAndTheModelStaysAsItWas(FxRobot robot) {
        robot.interact(() -> state.select(List.of("alice")));
        IamModel before = state.model();
        TextField path = (TextField) replaceText(robot, "inspector-field-path", "division");
        assertTrue(message(robot).isVisible());
        assertTrue(message(robot).getText().startsWith("Path: \"division\" is not an IAM path"), message(robot).getText());
        assertTrue(path.getPseudoClassStates().contains(FieldEditors.INVALID));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.clickOn("#inspector-field-name");
        assertEquals(before, state.model());
        assertFalse(state.canUndoProperty().get());

        replaceText(robot, "inspector-field-path", "/division/");
        assertFalse(message(robot).isVisible());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals("/division/", ((User) state.model().entity("alice").orElseThrow()).path());
        assertFalse(path.getPseudoClassStates().contains(FieldEditors.INVALID));
    }

    @Test
    void aSessionDurationOutOfRangeIsRefusedAndThePolicyButtonOpensTheTrustPolicy(FxRobot robot) {
        robot.interact(() -> state.select(List.of("report-logger")));
        replaceText(robot, "inspector-field-session-hours", "13");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals("Session hours: a role's maximum session duration is 1 to 12 hours, not 13",
                message(robot).getText());
        assertEquals(1, ((Role) state.model().entity("report-logger").orElseThrow()).maxSessionHours());
        assertFalse(state.canUndoProperty().get());

        Button policy = robot.lookup("#inspector-edit-policy").queryButton();
        assertEquals("Edit trust policy…", policy.getText());
        robot.clickOn(policy);
        assertEquals(List.of("report-logger"), opened);
    }

    @Test
    void severalSelectedShowTheirCountAndNoneShowsTheModel(FxRobot robot) {
        assertEquals("Model", robot.lookup("#inspector-heading").queryAs(Label.class).getText());
        javafx.scene.control.TextInputControl title = replaceText(robot, "inspector-field-title", "Reviewed estate");
        assertTrue(((javafx.scene.control.TextArea) title).isWrapText(), "a long title wraps rather than being cut");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals("Reviewed estate", state.model().title(), "Enter commits a title, as in a one-line field");
        robot.interact(() -> title.replaceText(0, title.getLength(), "Reviewed\nestate"));
        assertEquals("Reviewed estate", title.getText(), "a title pasted over two lines becomes one");
        javafx.scene.control.TextArea description = robot.lookup("#inspector-field-description")
                .queryAs(javafx.scene.control.TextArea.class);
        assertTrue(description.isWrapText(), "a description wraps rather than being cut at the panel's edge");
        robot.clickOn(description);
        robot.interact(() -> description.setText("Why a group is not a role.\nFor the workshop."));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertEquals("Why a group is not a role.\nFor the workshop.", state.model().description(),
                "Ctrl+Enter commits; Enter alone starts a new line");
        robot.interact(state::undo);
        robot.interact(() -> state.select(List.of("alice", "dev")));
        assertEquals("2 selected", robot.lookup("#inspector-heading").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#inspector-edit-policy").queryButton().isVisible());
    }
}
