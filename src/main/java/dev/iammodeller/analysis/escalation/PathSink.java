package dev.iammodeller.analysis.escalation;

/**
 * Where the rules put the paths they find. The analysis decides what to keep of them: every path (for
 * {@link EscalationAnalysis#forPrincipal} and {@link EscalationAnalysis#all}), each path written out at once
 * ({@link EscalationAnalysis#eachPath}), or, per gain, only the shortest and a count ({@link EscalationAnalysis#grouped}).
 */
interface PathSink {
    void add(EscalationPath path);

    /** Whether an earlier rule of this principal gained {@code arn} for certain (a path that assumes nothing). */
    default boolean gainedForCertain(String arn) {
        return false;
    }
}
