package dev.iammodeller.app.document;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The model file the command line names, read on a thread of its own as soon as the first window shows (while
 * the main window is built and laid out), so that a large model is ready when the window is.
 */
public final class ReadAhead {
    private final Path file;
    private final CompletableFuture<ModelReading> reading = new CompletableFuture<>();

    private ReadAhead(Path file) {
        this.file = file;
    }

    /** Starts reading {@code file} on a daemon thread. */
    public static ReadAhead start(Path file) {
        ReadAhead ahead = new ReadAhead(file);
        Thread thread = new Thread(() -> {
            try {
                ahead.reading.complete(ModelReading.of(file));
            } catch (RuntimeException | Error e) {
                ahead.reading.completeExceptionally(e);
            }
        }, "iam-modeller-read-ahead");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    /** True when this reads that file (as the command line named it). */
    boolean reads(Path other) {
        return file.equals(other);
    }

    /** What the reading gave, waiting for it if need be (off the FX thread). */
    ModelReading reading() {
        return reading.join();
    }
}
