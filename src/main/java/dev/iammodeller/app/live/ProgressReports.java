package dev.iammodeller.app.live;

import dev.iammodeller.app.work.BackgroundWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/**
 * How far a background job has come (0 to 1, told from its threads, thousands of times), handed to the FX thread as
 * a whole percentage: only when it grows, and at most every {@value #EVERY_MS} ms but for the end, so that the window
 * redraws a few times a second rather than at every principal. With it, the principals found to escalate since the
 * last report ({@link #escalates}), so that their badges come in as they are found: also between two percentages
 * (every {@value #EVERY_MS} ms at most), and the first ones at once. Once its answer is no longer
 * wanted (another model replaced the one analysed), the next report stops the job: a {@link CancellationException}
 * from the threads doing it, so that the cores go to the newer model at once.
 */
final class ProgressReports implements DoubleConsumer {
    static final long EVERY_MS = 250;
    private final BackgroundWork work;
    private final IntConsumer show;
    private final Consumer<List<String>> found;
    private final BooleanSupplier wanted;
    private final long everyNanos;
    private int shown = -1;
    private long last;
    private List<String> escalating = new ArrayList<>();
    /** Whether principals found were handed over yet: the first are handed over as soon as they are found. */
    private boolean handedOver;

    /**
     * {@code found} gets the principals told since the last report (when there are any), then {@code show} the percentage,
     * on the FX thread; {@code wanted}, asked from the job's threads at each report, says whether its answer still is.
     */
    ProgressReports(BackgroundWork work, IntConsumer show, Consumer<List<String>> found,
                    BooleanSupplier wanted) {
        this(work, show, found, wanted, EVERY_MS);
    }

    /** As above, reporting every {@code everyMs} at most. */
    ProgressReports(BackgroundWork work, IntConsumer show, Consumer<List<String>> found,
                    BooleanSupplier wanted, long everyMs) {
        this.everyNanos = everyMs * 1_000_000;
        this.work = work;
        this.show = show;
        this.found = found;
        this.wanted = wanted;
    }

    /**
     * The principal has an escalation path: handed over with the next percentage; the first found at once (told at
     * its first path, a principal's rules may run on for a while before the next percentage).
     */
    void escalates(String principalId) {
        boolean first;
        synchronized (this) {
            escalating.add(principalId);
            first = !handedOver;
        }
        if (first) {
            handOver();
        }
    }

    /** Hands over at once the principals found since the last report: the job stops, and what it found stays told. */
    void handOver() {
        List<String> batch;
        synchronized (this) {
            batch = escalating;
            if (batch.isEmpty()) {
                return;
            }
            escalating = new ArrayList<>();
            handedOver = true;
        }
        work.report(() -> found.accept(List.copyOf(batch)));
    }

    @Override
    public void accept(double done) {
        if (!wanted.getAsBoolean()) {
            throw new CancellationException("another model replaced the one analysed");
        }
        int percent = (int) Math.floor(Math.min(1, Math.max(0, done)) * 100);
        long now = System.nanoTime();
        synchronized (this) { // handed over in the order decided: a later, lower share never follows a higher one
            boolean grown = percent > shown;
            boolean news = !escalating.isEmpty();
            boolean due = shown < 0 || now - last >= everyNanos;
            // the end at once; else a higher share or principals found, every EVERY_MS at most, but the first found at once
            boolean firstFound = news && !handedOver;
            if (!(percent == 100 && grown) && !firstFound && !(due && (grown || news))) {
                return;
            }
            int share = Math.max(percent, shown);
            handedOver |= news;
            shown = share;
            last = now;
            List<String> batch = escalating;
            if (!batch.isEmpty()) {
                escalating = new ArrayList<>();
            }
            work.report(() -> {
                if (!batch.isEmpty()) {
                    found.accept(List.copyOf(batch));
                }
                show.accept(share);
            });
        }
    }
}
