package dev.iammodeller.app.reach;

import dev.iammodeller.analysis.ReachRow;
import dev.iammodeller.analysis.Reacher;

/**
 * One line of the reach tree: a group (service, access level, route) or a leaf holding a reach row
 * (forward) or a reacher (who can reach this). {@code outcomeClass} is the CSS class of the outcome text.
 */
record ReachTreeRow(String label, String target, String outcome, String outcomeClass, ReachRow row, Reacher reacher) {
    static ReachTreeRow group(String label, String summary) {
        return new ReachTreeRow(label, "", summary, null, null, null);
    }
}
