package dev.iammodeller.app.live;

import dev.iammodeller.app.work.BackgroundWork;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/**
 * How far a background job has come (0 to 1, told from its threads, thousands of times), handed to the FX thread as
 * a whole percentage: only when it grows, and at most every {@value #EVERY_MS} ms but for the end, so that the window
 * redraws a few times a second rather than at every principal.
 */
final class ProgressReports implements DoubleConsumer {
    static final long EVERY_MS = 250;
    private final BackgroundWork work;
    private final IntConsumer show;
    private int shown = -1;
    private long last;

    /** {@code show} gets the percentage on the FX thread. */
    ProgressReports(BackgroundWork work, IntConsumer show) {
        this.work = work;
        this.show = show;
    }

    @Override
    public void accept(double done) {
        int percent = (int) Math.floor(Math.min(1, Math.max(0, done)) * 100);
        long now = System.nanoTime();
        synchronized (this) { // handed over in the order decided: a later, lower share never follows a higher one
            if (percent <= shown || percent < 100 && shown >= 0 && now - last < EVERY_MS * 1_000_000) {
                return;
            }
            shown = percent;
            last = now;
            work.report(() -> show.accept(percent));
        }
    }
}
