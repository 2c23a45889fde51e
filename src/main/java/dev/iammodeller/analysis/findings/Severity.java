package dev.iammodeller.analysis.findings;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters to a reviewer, most serious first. */
public enum Severity {
    HIGH, MEDIUM, LOW, INFO;

    /** The word the command line and JSON use: {@code high}, {@code medium}, {@code low}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity a word names ({@code high}, {@code medium}, {@code low}, {@code info}; any case), if any. */
    public static Optional<Severity> byLabel(String word) {
        for (Severity severity : values()) {
            if (severity.label().equals(word == null ? null : word.toLowerCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
