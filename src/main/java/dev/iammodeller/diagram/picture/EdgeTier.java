package dev.iammodeller.diagram.picture;

import dev.iammodeller.model.ModelEdge;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The layer a model edge is drawn in, from the bottom up, on the canvas and in the pictures: so that a
 * selection's edges stay visible over the mesh an imported account's hundreds of policy attachments make.
 * An edge with an end the selection dims is {@link #FADED}; one between two ends it lights up is {@link #LIT}
 * (on top); an attachment (a managed policy attached to a principal) is otherwise {@link #UNDER} the rest, and
 * drawn thinner ({@link #thin}).
 */
public enum EdgeTier {
    FADED("-faded"), UNDER("-under"), PLAIN(""), LIT("-lit");

    private final String suffix;

    EdgeTier(String suffix) {
        this.suffix = suffix;
    }

    /** What the ids of this layer's groups end with on the canvas: {@code edges-attached-to-under}. */
    public String suffix() {
        return suffix;
    }

    public static EdgeTier of(ModelEdge edge, Predicate<String> dimmed, Predicate<String> lit) {
        if (dimmed.test(edge.from()) || dimmed.test(edge.to())) {
            return FADED;
        }
        if (lit.test(edge.from()) && lit.test(edge.to())) {
            return LIT;
        }
        return edge.kind() == ModelEdge.Kind.ATTACHED_TO ? UNDER : PLAIN;
    }

    /** Whether an edge of this kind in this layer is drawn {@link EdgeLook#THIN_WIDTH} wide: an attachment not lit. */
    public static boolean thin(ModelEdge.Kind kind, EdgeTier tier) {
        return kind == ModelEdge.Kind.ATTACHED_TO && tier != LIT;
    }

    /** The edges in drawing order: the faded first, the lit last, in their given order within a layer. */
    public static List<ModelEdge> bottomUp(Collection<ModelEdge> edges, Predicate<String> dimmed, Predicate<String> lit) {
        return edges.stream().sorted(Comparator.comparing(edge -> of(edge, dimmed, lit))).toList();
    }
}
