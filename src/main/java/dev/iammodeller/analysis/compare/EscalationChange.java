package dev.iammodeller.analysis.compare;

import dev.iammodeller.analysis.escalation.EscalationGain;

/**
 * An escalation path the new model opens ({@link Change#ADDED}: {@code gain} as the new model reports it) or
 * closes ({@link Change#REMOVED}: as the base reported it), per principal and what it gains.
 */
public record EscalationChange(Change change, EscalationGain gain) {
}
