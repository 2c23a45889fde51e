package dev.iammodeller.analysis.escalation;

/**
 * One step of an escalation path: the permission used ({@code iam:PutUserPolicy}), what it acts on (an
 * ARN; for something the attacker creates, an ARN its policies allow it to create) and a sentence saying
 * what the step does.
 */
public record EscalationStep(String action, String target, String note) {
}
