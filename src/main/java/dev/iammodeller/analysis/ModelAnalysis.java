package dev.iammodeller.analysis;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysis of one model value, with what it learns kept for the next question: each principal's
 * forward reach, node states, assumable roles and driven compute, and who can reach each subject, are computed once, so the roles and
 * compute that many selections pass through are analysed once per model version. It owns every cache of
 * the model value: these, the trust index, and (through its {@link AccessCheck}'s {@link AccessCheck#derived})
 * what other packages derive, such as the escalation analysis; nothing is kept in a static map. The window's
 * panels and highlights and every {@code analyze} report are projections of one instance. Safe to share
 * between threads; one instance per model value.
 */
public final class ModelAnalysis {
    private final Catalog catalog;
    private final AccessCheck check;
    private final NodeStates nodeStates;
    private final Map<String, ForwardReach> forward = new ConcurrentHashMap<>();
    private final Map<String, Map<String, NodeState>> nodes = new ConcurrentHashMap<>();
    private final Map<String, List<Assumption>> assumable = new ConcurrentHashMap<>();
    private final Map<String, List<IndirectReach.Driven>> driven = new ConcurrentHashMap<>();
    private final Map<String, ReverseReach> reverse = new ConcurrentHashMap<>();
    private final Map<String, List<ActionOutcome>> notDrawn = new ConcurrentHashMap<>();

    public ModelAnalysis(Catalog catalog, IamModel model) {
        this.catalog = catalog;
        this.check = new AccessCheck(model);
        this.nodeStates = new NodeStates(catalog, model);
    }

    public Catalog catalog() {
        return catalog;
    }

    public AccessCheck check() {
        return check;
    }

    public IamModel model() {
        return check.model();
    }

    public NodeStates nodeStates() {
        return nodeStates;
    }

    /** A user's or role's own reach (before assuming any role). */
    public ForwardReach forward(String principalId) {
        ForwardReach known = forward.get(principalId);
        if (known == null) {
            known = ForwardReach.of(catalog, check, principalId);
            forward.putIfAbsent(principalId, known);
        }
        return known;
    }

    /** The nodes of the model a user's or role's own reach touches. */
    public Map<String, NodeState> nodes(String principalId) {
        Map<String, NodeState> known = nodes.get(principalId);
        if (known == null) {
            known = nodeStates.of(forward(principalId).outcomes());
            nodes.putIfAbsent(principalId, known);
        }
        return known;
    }

    /** Who can reach a resource, a role or a policy of the model, and how. */
    public ReverseReach reverse(String subjectId) {
        ReverseReach known = reverse.get(subjectId);
        if (known == null) {
            known = ReverseReach.of(this, check.model().entity(subjectId).orElseThrow());
            reverse.putIfAbsent(subjectId, known);
        }
        return known;
    }

    /** The roles a user, role, identity provider or service node can assume, transitively. */
    public List<Assumption> assumable(String callerId) {
        List<Assumption> known = assumable.get(callerId);
        if (known == null) {
            known = RoleAssumption.from(trust(), check.model(), callerId);
            assumable.putIfAbsent(callerId, known);
        }
        return known;
    }

    /** Which roles' trust may let which callers in: built once, on the first question that needs it. */
    TrustIndex trust() {
        return TrustIndex.of(check);
    }

    /** The compute a user or role can make act for it. */
    public List<IndirectReach.Driven> driven(String principalId) {
        return driven.computeIfAbsent(principalId, id -> IndirectReach.of(check, id));
    }

    /** What a user's or role's own statements grant on ARNs the model does not draw ({@link NotDrawnReach}). */
    public List<ActionOutcome> notDrawn(String principalId) {
        return notDrawn.computeIfAbsent(principalId, id -> NotDrawnReach.of(catalog, check, id));
    }
}
