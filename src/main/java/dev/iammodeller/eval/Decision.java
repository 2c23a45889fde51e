package dev.iammodeller.eval;

import java.util.List;

/**
 * The answer to one request: allowed, explicit deny or implicit deny; the layers that blocked it;
 * the statements that decided it; the context keys its conditions asked for that the request lacked;
 * and a sentence a person can read.
 */
public record Decision(DecisionKind kind, List<PolicyLayer> blockedBy, List<StatementRef> matchedStatements,
                       List<String> missingContextKeys, String reason) {

    public boolean allowed() {
        return kind == DecisionKind.ALLOWED;
    }
}
