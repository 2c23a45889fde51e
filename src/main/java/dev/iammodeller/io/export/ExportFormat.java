package dev.iammodeller.io.export;

import java.util.Locale;
import java.util.Optional;

/** The formats of {@code export --format}: pictures, diagram files for other tools, and policy documents. */
public enum ExportFormat {
    PNG(true, false), SVG(true, false), PDF(true, false),
    DRAWIO(true, true), MERMAID(true, true), DOT(true, true), GRAPHML(true, true),
    POLICIES(true, false), CLOUDFORMATION(true, false), TERRAFORM(true, false);

    private final boolean available;
    private final boolean diagram;

    ExportFormat(boolean available, boolean diagram) {
        this.available = available;
        this.diagram = diagram;
    }

    /** The word on the command line: {@code drawio}, {@code cloudformation}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** False for a format this version cannot write yet (every format is written now). */
    public boolean available() {
        return available;
    }

    /** A drawing of nodes and edges (which {@code --select} can narrow), rather than policy documents. */
    public boolean diagram() {
        return diagram;
    }

    /** A picture (PNG, SVG, PDF): the canvas drawn, with a selection's highlights and escalation path. */
    public boolean picture() {
        return this == PNG || this == SVG || this == PDF;
    }

    public static Optional<ExportFormat> byWord(String word) {
        for (ExportFormat format : values()) {
            if (format.word().equals(word)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
