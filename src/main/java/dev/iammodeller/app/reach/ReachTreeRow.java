package dev.iammodeller.app.reach;

import dev.iammodeller.analysis.ReachRow;
import dev.iammodeller.analysis.Reacher;

/**
 * One line of the reach tree: a group (service, access level, route, an ARN not drawn) or a leaf holding a
 * reach row (forward) or a reacher (who can reach this). {@code outcomeClass} is the CSS class of the outcome
 * text; {@code notDrawn} the ARN a "not drawn" group offers to draw.
 */
record ReachTreeRow(String label, String target, String outcome, String outcomeClass, ReachRow row, Reacher reacher,
                    String notDrawn) {
    ReachTreeRow(String label, String target, String outcome, String outcomeClass, ReachRow row, Reacher reacher) {
        this(label, target, outcome, outcomeClass, row, reacher, null);
    }

    static ReachTreeRow group(String label, String summary) {
        return new ReachTreeRow(label, "", summary, null, null, null);
    }
}
