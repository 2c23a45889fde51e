package dev.iammodeller.cli;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.diagram.OpeningView;
import java.io.PrintStream;
import java.util.function.DoubleConsumer;

/**
 * How far the escalations of a large model have come, on standard error every tenth of the way ("analyze: working out
 * the escalations of 3,000 users and roles: 40%"), as {@code import} says how far its reading has come: told from the
 * threads doing the work. {@link #workOut} is how {@code analyze}, {@code diff} and
 * {@code export --all-findings} ask for it.
 */
final class EscalationProgress implements DoubleConsumer {
    private final PrintStream err;
    private final String saying;
    private int said = -1;

    /** {@code whose} counts the users and roles ({@link EscalationAnalysis#whose}); {@code of} names their model ({@code " of base.iam.json"}), or "". */
    EscalationProgress(PrintStream err, String command, String whose, String of) {
        this.err = err;
        this.saying = command + ": working out the escalations of " + whose + of + ": ";
    }

    @Override
    public synchronized void accept(double done) {
        int tenth = (int) Math.floor(Math.min(1, Math.max(0, done)) * 10);
        while (said < tenth) {
            said++;
            err.println(saying + said * 10 + "%");
        }
    }

    /**
     * Works out the escalations of {@code check}'s model first, saying how far on {@code err}, when the model is large
     * (500 users, groups and roles or more, as the window counts them); the reports then read what the analysis keeps.
     * Nothing is said of a smaller model, worked out in a moment.
     */
    static void workOut(AccessCheck check, PrintStream err, String command, String of) {
        if (OpeningView.isLarge(check.model())) {
            EscalationAnalysis.grouped(check, new EscalationProgress(err, command, EscalationAnalysis.whose(check.model()), of));
        }
    }
}
