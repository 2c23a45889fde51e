package dev.iammodeller.analysis.findings;

/** How much a finding matters to a reviewer, most serious first. */
public enum Severity {
    HIGH, MEDIUM, LOW, INFO;

    /** The word the command line and JSON use: {@code high}, {@code medium}, {@code low}, {@code info}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
