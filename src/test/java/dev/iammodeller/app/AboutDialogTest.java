package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.BuildInfo;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help › About names the version and lists the licences of what is bundled. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
    }

    @Test
    void aboutShowsTheVersionAndTheBundledLicences(FxRobot robot) throws Exception {
        Alert about = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.aboutDialog()).get();
        assertEquals("IAM Modeller " + BuildInfo.version(), about.getHeaderText());
        assertTrue(!BuildInfo.version().equals("development build"), "the version is known: " + BuildInfo.version());
        assertTrue(about.getContentText().contains("Apache License 2.0"));
        TextArea notices = (TextArea) about.getDialogPane().getExpandableContent();
        assertTrue(notices.getText().contains("ControlsFX") && notices.getText().contains("BSD-3-Clause"), notices.getText());
        assertTrue(about.getDialogPane().isExpanded());
    }
}
