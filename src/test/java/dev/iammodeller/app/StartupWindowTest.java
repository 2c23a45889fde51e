package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.document.UserFolder;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Launched for real, the window shows at once ("Loading…") and becomes the main window once built. */
@ExtendWith(ApplicationExtension.class)
class StartupWindowTest {
    @TempDir
    Path home;

    @Test
    void theWindowShowsAtOnceThenBecomesTheMainWindow(FxRobot robot) throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage window = new Stage();
            new IamModellerApp(new UserFolder(home)).start(window, true);
            assertTrue(window.isShowing(), "shown before the main window is built");
            assertEquals("startup-placeholder", window.getScene().getRoot().getId());
            assertEquals(IamModellerApp.TITLE, window.getTitle());
            return window;
        }).get();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene().lookup("#main-split") != null);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> CanvasWindowFixture.view(stage.getScene().getRoot(), "alice").isPresent());
            assertEquals("Group permissions versus a service role — IAM Modeller", stage.getTitle());
            assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("iam-modeller.css")));
            // the keyboard is the canvas's (Ctrl+A, Delete, the arrows act on the diagram), not the palette's filter,
            // the first text field of the window
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("canvas", WaitForAsyncUtils.asyncFx(() -> stage.getScene().getFocusOwner() == null ? "nothing"
                    : String.valueOf(stage.getScene().getFocusOwner().getId())).get(), "what has the keyboard at open");
        } finally {
            robot.interact(() -> {
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                stage.hide();
            });
        }
    }
}
