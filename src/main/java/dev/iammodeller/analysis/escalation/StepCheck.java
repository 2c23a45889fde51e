package dev.iammodeller.analysis.escalation;

import java.util.List;

/**
 * Whether one step of a path is open for the attacker: allowed, or allowed only on condition keys the
 * attacker controls ({@link AttackerKeys}). {@code conditions} are what the attacker must set for it.
 */
record StepCheck(boolean open, List<String> conditions) {
    static final StepCheck CLOSED = new StepCheck(false, List.of());

    StepCheck {
        conditions = List.copyOf(conditions);
    }
}
