package dev.iammodeller.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A status message expires once read; a running job's message stays. */
@ExtendWith(ApplicationExtension.class)
class ActivityTest {
    @Test
    void theSameMessageSaidAgainIsHeardAgain() throws Exception {
        Activity activity = WaitForAsyncUtils.asyncFx(() -> new Activity(Duration.seconds(10))).get();
        java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> activity.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                heard.add(now);
            }
        })).get();
        WaitForAsyncUtils.asyncFx(() -> {
            activity.say("Saved estate.iam.json");
            activity.say("Saved estate.iam.json"); // saved again: the status bar, showing something else since, says so
            activity.begin("Opening estate.iam.json…");
            activity.end("Opened estate.iam.json");
            activity.begin("Opening estate.iam.json…");
            activity.end("Opened estate.iam.json");
        }).get();
        assertEquals(java.util.List.of("Saved estate.iam.json", "Saved estate.iam.json", "Opening estate.iam.json…",
                "Opened estate.iam.json", "Opening estate.iam.json…", "Opened estate.iam.json"), heard);
    }

    @Test
    void aMessageExpiresButAJobsStays() throws Exception {
        Activity activity = WaitForAsyncUtils.asyncFx(() -> new Activity(Duration.millis(150))).get();
        Platform.runLater(() -> activity.say("Saved estate.iam.json"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> activity.messageProperty().get().isEmpty());

        Platform.runLater(() -> activity.begin("Importing"));
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Importing", activity.messageProperty().get(), "a job's message stays while it runs");
        Platform.runLater(() -> activity.end("Imported 3 users"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Imported 3 users", activity.messageProperty().get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> activity.messageProperty().get().isEmpty());
    }
}
