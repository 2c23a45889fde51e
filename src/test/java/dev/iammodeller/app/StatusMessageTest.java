package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 12: status messages expire; a running job's stays until it ends. */
@ExtendWith(ApplicationExtension.class)
class StatusMessageTest {
    @Test
    void aMessageExpiresUnlessAJobStillRuns() throws Exception {
        Label label = new Label();
        SimpleBooleanProperty jobRuns = new SimpleBooleanProperty();
        StatusMessage status = WaitForAsyncUtils.asyncFx(() -> new StatusMessage(label, Duration.millis(150), jobRuns))
                .get();
        Platform.runLater(() -> status.say("Select a node first: the canvas then shows only what it reaches"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Select a node first: the canvas then shows only what it reaches", label.getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label.getText().isEmpty());

        Platform.runLater(() -> {
            jobRuns.set(true);
            status.say("Exporting pdf…");
        });
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Exporting pdf…", label.getText(), "a running job's message stays");
        Platform.runLater(() -> jobRuns.set(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label.getText().isEmpty());
    }
}
