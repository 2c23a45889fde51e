package dev.iammodeller.app;

import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;

/** How the measurement mains under src/test run their work: JavaFX started, the work on its thread, then stopped. */
public final class FxMeasurementRun {
    private FxMeasurementRun() {
    }

    /** Runs {@code measure} on the FX thread and waits until it counts the latch down. */
    public static void run(Consumer<CountDownLatch> measure) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> measure.accept(done));
        done.await();
        Platform.exit();
    }
}
