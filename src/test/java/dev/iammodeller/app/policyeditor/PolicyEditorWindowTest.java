package dev.iammodeller.app.policyeditor;

import dev.iammodeller.app.work.CurrentThreadWork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ModelSamples;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The policy editor window driven headless: errors at their line as you type, Apply only when it parses. */
@ExtendWith(ApplicationExtension.class)
class PolicyEditorWindowTest {
    private EditorState state;
    private PolicyEditorWindow editors;
    private Stage main;

    @Start
    void start(Stage stage) {
        state = new EditorState(ModelSamples.small()
                .with(new InlinePolicy("alice-inline", "alice", "extra", ModelSamples.READ_REPORTS)));
        stage.setScene(new Scene(new Label("main window"), 300, 200));
        stage.show();
        main = stage;
        editors = new PolicyEditorWindow(stage, state, new dev.iammodeller.app.work.CurrentThreadWork(), null);
    }

    @AfterEach
    void closeEditors(FxRobot robot) {
        robot.interact(() -> new java.util.ArrayList<>(Window.getWindows()).stream()
                .filter(window -> window != main).forEach(Window::hide));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private String inlineText() {
        return ((InlinePolicy) state.model().entity("alice-inline").orElseThrow()).document().json();
    }

    @Test
    void aBrokenPolicyShowsItsErrorAtItsLineAndApplyWaitsUntilItParses(FxRobot robot) throws Exception {
        robot.interact(() -> editors.open("alice-inline"));
        CodeArea area = robot.lookup("#policy-code").queryAs(CodeArea.class);
        Button apply = robot.lookup("#policy-apply").queryButton();
        Label message = robot.lookup("#policy-message").queryAs(Label.class);
        assertTrue(apply.isDisabled(), "nothing typed yet");
        assertTrue(area.getStyleOfChar(area.getText().indexOf("Effect") + 1).contains("json-element"));

        robot.interact(() -> area.replaceText(PolicyDiagnosisTest.BAD_EFFECT));
        waitUntil(() -> robot.lookup("#problem-mark-4").tryQuery().isPresent());
        assertTrue(message.getText().startsWith("Line 4, column 15"), message.getText());
        assertTrue(apply.isDisabled());
        int allwo = area.getText().indexOf("\"Allwo\"");
        assertTrue(area.getStyleOfChar(allwo + 2).contains("problem-error"), "the bad value is underlined");
        assertTrue(robot.lookup("#problem-mark-4").queryAs(Label.class).getTooltip().getText().contains("Allwo"));

        robot.clickOn(area);
        robot.interact(() -> area.selectRange(allwo + 1, allwo + 6));
        robot.write("Allow");
        // Apply, the message and the marks follow the same parse, but this thread may look between their
        // updates (or pulses): wait for all three.
        waitUntil(() -> !apply.isDisabled() && !message.getText().startsWith("Line ")
                && robot.lookup("#problem-mark-4").tryQuery().isEmpty());
        assertTrue(robot.lookup("#problem-mark-4").tryQuery().isEmpty(), "the mark went with the error");
        assertEquals("Parses.", message.getText());

        long revision = state.revisionProperty().get();
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertEquals(revision + 1, state.revisionProperty().get(), "Ctrl+Enter applied once");
        assertTrue(inlineText().contains("\"Allow\""));
        assertTrue(apply.isDisabled(), "the model holds the text now");

        robot.interact(state::undo);
        assertEquals(ModelSamples.READ_REPORTS.json(), inlineText(), "one undo step");
        waitUntil(() -> area.getText().equals(ModelSamples.READ_REPORTS.json()));
    }

    @Test
    void openAtPutsTheCaretOnTheStatementsLine(FxRobot robot) {
        robot.interact(() -> editors.openAt("read-reports", 5));
        CodeArea area = robot.lookup("#policy-code").queryAs(CodeArea.class);
        assertEquals(4, area.getCurrentParagraph());
        assertEquals("      \"Effect\": \"Allow\",", area.getSelectedText());
        Window editor = area.getScene().getWindow();
        assertTrue(((Stage) editor).getTitle().startsWith("Policy v1 of managed policy ReadReports"));
    }

    @Test
    void closingWithUnappliedTextAsksAndDiscardLeavesTheModelAlone(FxRobot robot) throws Exception {
        robot.interact(() -> editors.open("alice-inline"));
        CodeArea area = robot.lookup("#policy-code").queryAs(CodeArea.class);
        robot.interact(() -> area.replaceText("{ \"Version\": "));
        Stage editor = (Stage) area.getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> editor.fireEvent(new WindowEvent(editor, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> robot.lookup("#policy-close-question").tryQuery().isPresent());
        DialogPane question = robot.lookup("#policy-close-question").queryAs(DialogPane.class);
        Node discard = question.lookupButton(PolicyEditorWindow.DISCARD);
        assertTrue(question.lookupButton(PolicyEditorWindow.APPLY) == null, "text that does not parse cannot be applied");
        robot.clickOn(discard);
        waitUntil(() -> !editor.isShowing());
        assertEquals(ModelSamples.READ_REPORTS.json(), inlineText());
        assertFalse(editors.editorOf("alice-inline").isPresent());
    }
}
