package dev.iammodeller.analysis;

import dev.iammodeller.eval.Decision;
import java.util.List;

/**
 * What the analysis says about one principal doing one action on one resource: allowed; allowed only
 * if the named conditions hold; denied explicitly (with the deciding statements in the decision); or
 * denied implicitly. {@code decision} is AWS's strict answer for a request without those conditions.
 */
public record Outcome(Kind kind, List<String> conditions, Decision decision) {
    /** The four answers a reviewer reads. */
    public enum Kind { ALLOWED, CONDITIONAL, EXPLICIT_DENY, IMPLICIT_DENY }

    public boolean reaches() {
        return kind == Kind.ALLOWED || kind == Kind.CONDITIONAL;
    }
}
