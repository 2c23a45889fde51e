package dev.iammodeller.app.document;

import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ProgressBar;
import javafx.util.Duration;

/**
 * What the File menu is doing, for the status bar: a message, whether a long job (open, import) runs,
 * and how far it has come. A background job reports its progress through {@link #report}, from any
 * thread; the FX thread picks the latest report up ten times a second while the job runs. A message said
 * when no job runs expires after a while, so the status bar never shows news that is old.
 */
public final class Activity {
    /** A job's progress: a message and a fraction done, or -1 when unknown. */
    private record Report(String message, double done) {
    }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final AtomicReference<Report> latest = new AtomicReference<>();
    private final Timeline poll = new Timeline(new KeyFrame(Duration.millis(100), event -> takeReport()));
    /** Clears a message once it has been read (unless a job runs). */
    private final PauseTransition expiry;

    public Activity() {
        this(Duration.seconds(10));
    }

    Activity(Duration messagesLast) {
        poll.setCycleCount(Animation.INDEFINITE);
        expiry = new PauseTransition(messagesLast);
        expiry.setOnFinished(event -> {
            if (!busy.get()) {
                message.set("");
            }
        });
    }

    /** Starts a long job (FX thread). */
    void begin(String text) {
        expiry.stop();
        latest.set(null);
        tell(text);
        progress.set(-1);
        busy.set(true);
        poll.play();
    }

    /** Any thread: the job has come this far. */
    void report(String text, double done) {
        latest.set(new Report(text, done));
    }

    /** Ends the job with a message (FX thread). */
    void end(String text) {
        poll.stop();
        latest.set(null);
        busy.set(false);
        progress.set(-1);
        tell(text);
        expiry.playFromStart();
    }

    /** A message with no job (FX thread). */
    void say(String text) {
        tell(text);
        if (!busy.get()) {
            expiry.playFromStart();
        }
    }

    /**
     * Says {@code text}, heard by {@link #messageProperty()}'s listeners even when it is what was said last (a model saved
     * again: the status bar may show another message since): the message is emptied first then.
     */
    private void tell(String text) {
        if (text.equals(message.get())) {
            message.set("");
        }
        message.set(text);
    }

    private void takeReport() {
        Report report = latest.getAndSet(null);
        if (report != null && busy.get()) {
            message.set(report.message());
            progress.set(report.done());
        }
    }

    /** A progress bar for the status bar ({@code #document-progress}), shown only while a job runs. */
    public ProgressBar progressBar() {
        ProgressBar bar = new ProgressBar();
        bar.setId("document-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(progress);
        bar.visibleProperty().bind(busy);
        bar.managedProperty().bind(busy);
        return bar;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
