package dev.iammodeller.diagram;

import dev.iammodeller.model.ModelEdge;
import java.util.List;

/**
 * How one kind of edge is drawn: its legend words, colour (light and dark), dash pattern (empty for a solid
 * line) and arrow head, and a sentence for the legend.
 */
public record EdgeStyle(ModelEdge.Kind kind, String label, String lightColour, String darkColour, List<Double> dashes,
                        ArrowHead head, String explanation) {
    public EdgeStyle {
        dashes = List.copyOf(dashes);
    }

    /** The name in style classes and looked-up colours: {@code edge-member-of}, {@code -iam-edge-member-of}. */
    public String cssName() {
        return "edge-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
