package dev.iammodeller.analysis.escalation;

import java.util.List;

/**
 * One user's or role's grouped answer ({@link EscalationAnalysis#grouped}): what it can gain, each with its shortest
 * path (admin alone when it can gain admin), and how many paths it has in all and how many of them lead to admin
 * ({@link EscalationAnalysis#count}).
 */
public record PrincipalEscalations(List<EscalationGain> gains, long paths, long toAdmin) {
    public PrincipalEscalations {
        gains = List.copyOf(gains);
    }
}
