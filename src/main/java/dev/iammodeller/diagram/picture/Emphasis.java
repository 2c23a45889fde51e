package dev.iammodeller.diagram.picture;

import java.util.List;

/**
 * How a node box is set apart while a node is selected, as the stylesheet's pseudo-classes draw it: its border
 * colour, width and dashes, and its fill (null: the node's usual fill). {@link #NONE} is the plain box.
 */
public enum Emphasis {
    NONE(null, "-iam-node-stroke", null, NodeFace.STROKE_WIDTH, List.of()),
    SELECTED("selected", "-iam-selection", null, 3, List.of()),
    SOURCE("reach-source", "-iam-reach-source", null, 2.5, List.of()),
    DIRECT("reach-direct", "-iam-reach-direct", "-iam-reach-direct-fill", 2, List.of()),
    VIA_ROLE("reach-via-role", "-iam-reach-via-role", "-iam-reach-via-role-fill", 2, List.of()),
    INDIRECT("reach-indirect", "-iam-reach-indirect", "-iam-reach-indirect-fill", 2, List.of(2.0, 3.0)),
    CONDITIONAL("reach-conditional", "-iam-reach-conditional", "-iam-reach-conditional-fill", 2, List.of(6.0, 3.0)),
    DENIED("reach-denied", "-iam-reach-denied", "-iam-reach-denied-fill", 2, List.of()),
    /** A principal on the escalation path drawn. */
    ESCALATION("escalation", "-iam-escalation", null, 3.5, List.of(8.0, 3.0));

    private final String pseudoClass;
    private final String stroke;
    private final String fill;
    private final double width;
    private final List<Double> dashes;

    Emphasis(String pseudoClass, String stroke, String fill, double width, List<Double> dashes) {
        this.pseudoClass = pseudoClass;
        this.stroke = stroke;
        this.fill = fill;
        this.width = width;
        this.dashes = dashes;
    }

    /** The canvas's pseudo-class for it ({@code reach-direct}), null for none. */
    public String pseudoClass() {
        return pseudoClass;
    }

    /** The looked-up colour of the border. */
    public String stroke() {
        return stroke;
    }

    /** The looked-up colour of the fill, or null for the usual {@code -iam-node-fill}. */
    public String fill() {
        return fill;
    }

    public double width() {
        return width;
    }

    public List<Double> dashes() {
        return dashes;
    }

    /** The emphasis for a highlight style's pseudo-class ({@code reach-direct}), NONE for an unknown one. */
    public static Emphasis ofPseudoClass(String pseudoClass) {
        for (Emphasis each : values()) {
            if (each.pseudoClass != null && each.pseudoClass.equals(pseudoClass)) {
                return each;
            }
        }
        return NONE;
    }
}
