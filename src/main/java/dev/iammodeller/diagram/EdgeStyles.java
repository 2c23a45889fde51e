package dev.iammodeller.diagram;

import dev.iammodeller.model.ModelEdge;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The style of every kind of edge, stored relations and derived ones alike. */
public final class EdgeStyles {
    private static final Map<ModelEdge.Kind, EdgeStyle> STYLES = new EnumMap<>(ModelEdge.Kind.class);

    static {
        put(ModelEdge.Kind.MEMBER_OF, "member of", "#2563eb", "#60a5fa", List.of(), ArrowHead.FILLED,
                "a user belongs to a group and gets the group's policies");
        put(ModelEdge.Kind.ATTACHED_TO, "attached to", "#b45309", "#fbbf24", List.of(), ArrowHead.OPEN,
                "a managed policy grants its permissions to a user, group or role");
        put(ModelEdge.Kind.BOUNDARY_OF, "boundary of", "#dc2626", "#f87171", List.of(8.0, 4.0), ArrowHead.BAR,
                "a managed policy caps what a user or role may do; it grants nothing");
        put(ModelEdge.Kind.RUNS_AS, "runs as", "#15803d", "#4ade80", List.of(), ArrowHead.FILLED,
                "compute acts with the role's permissions");
        put(ModelEdge.Kind.APPLIES_TO, "applies to", "#7c3aed", "#c4b5fd", List.of(8.0, 4.0), ArrowHead.BAR,
                "an SCP or RCP limits the accounts below the root, unit or account it is attached to");
        put(ModelEdge.Kind.TRUSTS, "trusts", "#0891b2", "#22d3ee", List.of(2.0, 4.0), ArrowHead.OPEN,
                "a role's trust policy lets this principal assume the role");
        put(ModelEdge.Kind.OWNS, "owns", "#6b7280", "#9ca3af", List.of(), ArrowHead.DIAMOND,
                "an inline policy is part of its user, group or role");
        put(ModelEdge.Kind.PROVISIONS, "provisions", "#0f766e", "#5eead4", List.of(6.0, 3.0), ArrowHead.OPEN,
                "IAM Identity Center made this role from the permission set in the role's account");
        put(ModelEdge.Kind.ASSIGNED_TO, "assigned", "#be185d", "#f9a8d4", List.of(), ArrowHead.FILLED,
                "an Identity Center user or group is assigned the permission set in this account and signs in as the role");
    }

    private EdgeStyles() {
    }

    private static void put(ModelEdge.Kind kind, String label, String light, String dark, List<Double> dashes,
                            ArrowHead head, String explanation) {
        STYLES.put(kind, new EdgeStyle(kind, label, light, dark, dashes, head, explanation));
    }

    public static EdgeStyle of(ModelEdge.Kind kind) {
        return STYLES.get(kind);
    }

    /** Every style, in the order of the legend. */
    public static List<EdgeStyle> all() {
        return List.copyOf(STYLES.values());
    }
}
