package dev.iammodeller.analysis;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the live evaluator shows for one selected entity: the canvas highlights, the rows of the
 * reach panel (forward), the roles it can assume and the compute it drives, or (reverse) the principals
 * that reach it. Immutable; made off the FX thread by {@link #of}.
 */
public record ReachReport(String subjectId, Highlights highlights, List<ReachRow> rows, List<Assumption> roles,
                          List<IndirectReach.Driven> indirect, List<Reacher> reachers, ModelAnalysis analysis) {
    public ReachReport {
        rows = List.copyOf(rows);
        roles = List.copyOf(roles);
        indirect = List.copyOf(indirect);
        reachers = List.copyOf(reachers);
    }

    /**
     * The report for an entity: "who can reach this" when {@code reverse} is asked for and the entity is a
     * resource, role or policy (a resource, which reaches nothing itself, always gets it), else its forward
     * reach.
     */
    public static ReachReport of(ModelAnalysis analysis, String entityId, boolean reverse) {
        Entity entity = analysis.model().entities().get(entityId);
        if (entity == null) {
            return empty(analysis, entityId);
        }
        if (entity.kind() == EntityKind.RESOURCE || reverse && reversible(entity.kind())) {
            ReverseReach reach = analysis.reverse(entityId);
            return new ReachReport(entityId, reach.highlights(), List.of(), List.of(), List.of(), reach.reachers(), analysis);
        }
        return ForwardHighlights.of(analysis, entity);
    }

    /** The kinds "who can reach this" answers for. */
    public static boolean reversible(EntityKind kind) {
        return kind == EntityKind.RESOURCE || kind == EntityKind.ROLE || kind == EntityKind.MANAGED_POLICY
                || kind == EntityKind.INLINE_POLICY;
    }

    static ReachReport empty(ModelAnalysis analysis, String entityId) {
        return new ReachReport(entityId, Highlights.NONE, List.of(), List.of(), List.of(), List.of(), analysis);
    }

    public Highlights.Mode mode() {
        return highlights.mode();
    }

    /** The statements that decided a row, named by policy, with their lines. */
    public List<DecisiveStatement> decisive(ReachRow row) {
        return DecisiveStatements.of(analysis.model(), row.principalId(), row.outcome().resource(),
                row.outcome().outcome().decision().matchedStatements());
    }

    /** One line of what a user or role reaches on its own: "every action of s3; 2 of 380 actions of lambda". */
    public String summary(String principalId) {
        Map<String, String> parts = new TreeMap<>();
        analysis.nodes(principalId).values().forEach(state -> {
            if (state.extent() != NodeReach.NONE) {
                parts.put(name(state.nodeId()), state.extentWords());
            }
        });
        if (parts.isEmpty()) {
            return analysis.forward(principalId).reached().isEmpty() ? "nothing of its own"
                    : analysis.forward(principalId).reached().size() + " actions on what the model does not draw";
        }
        List<String> out = new ArrayList<>();
        parts.forEach((node, words) -> out.add(words + " of " + node));
        return String.join("; ", out);
    }

    /** An entity's name, or the id when the model does not hold it. */
    public String name(String id) {
        Entity entity = analysis.model().entities().get(id);
        return entity == null ? id : entity.name();
    }
}
