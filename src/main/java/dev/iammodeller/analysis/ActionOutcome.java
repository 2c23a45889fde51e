package dev.iammodeller.analysis;

import dev.iammodeller.catalog.Action;

/** The outcome of one catalogue action on one target ({@code *} for what the model does not draw). */
public record ActionOutcome(Action action, String resource, Outcome outcome) {
}
