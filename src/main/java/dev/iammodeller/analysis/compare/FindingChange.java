package dev.iammodeller.analysis.compare;

import dev.iammodeller.analysis.findings.Finding;

/**
 * A finding the new model raises ({@link Change#ADDED}), resolves ({@link Change#REMOVED}: as the base raised it)
 * or raises differently ({@link Change#CHANGED}: the same rule on the same subject with another severity or
 * message; {@code finding} as the new model raises it, {@code before} as the base did).
 */
public record FindingChange(Change change, Finding finding, Finding before) {
}
