package dev.iammodeller.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * How far the escalations of a large model have come, on standard error every tenth of the way ("analyze: working out
 * the escalations of 3,100 principals: 40%"), as {@code import} says how far its reading has come: told from the
 * threads doing the work.
 */
final class EscalationProgress implements DoubleConsumer {
    private final PrintStream err;
    private final String saying;
    private int said = -1;

    EscalationProgress(PrintStream err, String command, long principals) {
        this.err = err;
        this.saying = command + ": working out the escalations of " + String.format(Locale.ROOT, "%,d", principals)
                + " principals: ";
    }

    @Override
    public synchronized void accept(double done) {
        int tenth = (int) Math.floor(Math.min(1, Math.max(0, done)) * 10);
        while (said < tenth) {
            said++;
            err.println(saying + said * 10 + "%");
        }
    }
}
