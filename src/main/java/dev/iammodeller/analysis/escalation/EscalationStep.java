package dev.iammodeller.analysis.escalation;

/**
 * One step of an escalation path: the permission used ({@code iam:PutUserPolicy}), what it acts on (an
 * ARN; for something the attacker creates, an ARN its policies allow it to create), a sentence saying
 * what the step does, and, for a step on something the model cannot show, what must exist for it to work
 * ({@code a Lambda function that runs as R must exist}; null for a step on what the model shows). A path
 * that takes such a step, directly or in a chain, is possible rather than certain.
 */
public record EscalationStep(String action, String target, String note, String assumes) {
    /** A step on what the model shows. */
    public EscalationStep(String action, String target, String note) {
        this(action, target, note, null);
    }
}
