package dev.iammodeller.analysis.escalation;

/**
 * One thing a principal can gain, reported once ({@link EscalationAnalysis#grouped}): {@code gains} is
 * {@link EscalationPath#ADMIN} or the ARN of a role, user or group; {@code path} is the shortest path the
 * analysis finds to it (fewest steps; of those, the first by rule id, then the first found);
 * {@code alternatives} is how many other paths lead to the same gain. A principal that can gain
 * administrator has this one entry only: what else it could gain, admin includes, and {@code alsoGains}
 * counts those other gains (0 on every entry that is not admin).
 */
public record EscalationGain(String principalId, String principalArn, String gains, EscalationPath path,
                             int alternatives, int alsoGains) {
    public boolean gainsAdmin() {
        return EscalationPath.ADMIN.equals(gains);
    }
}
