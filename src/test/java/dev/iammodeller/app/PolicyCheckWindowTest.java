package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.policyeditor.Problem;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tools > Check a Policy… lints what the user types, live, in the policy editor's view of a policy (its code area
 * and problems), and points at the offending element.
 */
@ExtendWith(ApplicationExtension.class)
class PolicyCheckWindowTest {
    @Start
    void start(Stage stage) {
        new IamModellerApp().start(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingABadEffectShowsItsFindingAtItsLine(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#policy-code").tryQuery().isPresent());
        CodeArea text = robot.lookup("#policy-code").queryAs(CodeArea.class);
        robot.interact(() -> text.replaceText("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n"
                + "    \"Effect\": \"Allwo\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]\n}"));
        ListView<Problem> findings = robot.lookup("#findings").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> findings.getItems().stream()
                .anyMatch(f -> f.code().equals("INVALID_EFFECT") && f.line() == 4));
        robot.interact(() -> findings.getSelectionModel().select(findings.getItems().stream()
                .filter(f -> f.code().equals("INVALID_EFFECT")).findFirst().orElseThrow()));
        assertTrue(text.getCaretPosition() > text.getText().indexOf("\"Allwo\"") - 1, "the caret moved to the finding");
    }
}
