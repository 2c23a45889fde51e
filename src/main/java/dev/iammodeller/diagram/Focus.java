package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.HashSet;
import java.util.Set;

/**
 * What a focus view shows of a model: everything, or one part of it with the rest hidden (not faded): what a
 * selection reaches (or who reaches it), the principals with escalation paths and the steps of their paths, one
 * frame (an account, a unit) with what it holds, or what a {@link FocusFilter} keeps. The frames that hold what is
 * shown are shown around it. A view state: a focus never changes the model.
 *
 * @param kind    which part
 * @param subject the selected entity for {@link Kind#REACH} and {@link Kind#WHO_CAN_REACH}, the frame for
 *                {@link Kind#FRAME}, else null
 * @param ids     the entities the part is made of, for {@link Kind#REACH}, {@link Kind#WHO_CAN_REACH} and
 *                {@link Kind#ESCALATION} (worked out by whoever knows them: the live evaluator), else empty
 * @param filter  what {@link Kind#FILTER} keeps, else null
 */
public record Focus(Kind kind, String subject, Set<String> ids, FocusFilter filter) {
    public enum Kind { EVERYTHING, REACH, WHO_CAN_REACH, ESCALATION, FRAME, FILTER }

    public static final Focus EVERYTHING = new Focus(Kind.EVERYTHING, null, Set.of(), null);

    public Focus {
        ids = Set.copyOf(ids);
    }

    /** What {@code subject} reaches (or, {@code reverse}, who reaches it): the entities its highlights name. */
    public static Focus reach(String subject, Set<String> highlighted, boolean reverse) {
        return new Focus(reverse ? Kind.WHO_CAN_REACH : Kind.REACH, subject, highlighted, null);
    }

    /** The principals with escalation paths and what their steps act on and gain. */
    public static Focus escalation(Set<String> ids) {
        return new Focus(Kind.ESCALATION, null, ids, null);
    }

    /** One frame (an account, a unit, the organization) and what it holds. */
    public static Focus frame(String frameId) {
        return new Focus(Kind.FRAME, frameId, Set.of(), null);
    }

    public static Focus filter(FocusFilter filter) {
        return filter.isEmpty() ? EVERYTHING : new Focus(Kind.FILTER, null, Set.of(), filter);
    }

    public boolean isEverything() {
        return kind == Kind.EVERYTHING;
    }

    /**
     * The ids of what the focus shows in the model (with the frames that hold it), or null for everything.
     * One frame also shows the nodes outside every frame that what it holds is directly connected to (the AWS
     * managed policies attached to its principals, the services its compute belongs to).
     */
    public Set<String> shown(IamModel model, Containment containment) {
        Set<String> out = new HashSet<>();
        switch (kind) {
            case EVERYTHING:
                return null;
            case REACH:
            case WHO_CAN_REACH:
                out.addAll(ids);
                out.add(subject);
                break;
            case ESCALATION:
                out.addAll(ids);
                break;
            case FRAME:
                out.add(subject);
                out.addAll(containment.contentsOf(subject));
                out.addAll(framelessNeighbours(model, containment, Set.copyOf(out)));
                break;
            case FILTER:
                for (Entity entity : model.entities().values()) {
                    if (filter.keeps(entity)) {
                        out.add(entity.id());
                    }
                }
                break;
            default:
                throw new IllegalStateException(kind.name());
        }
        out.retainAll(model.entities().keySet());
        for (String id : Set.copyOf(out)) {
            for (String p = containment.parentOf(id); p != null && out.add(p); p = containment.parentOf(p)) {
                // the frames around what is shown
            }
        }
        return out;
    }

    private static Set<String> framelessNeighbours(IamModel model, Containment containment, Set<String> held) {
        Set<String> out = new HashSet<>();
        for (dev.iammodeller.model.ModelEdge edge : DiagramEdges.of(model)) {
            if (held.contains(edge.from()) && !held.contains(edge.to()) && containment.parentOf(edge.to()) == null) {
                out.add(edge.to());
            } else if (held.contains(edge.to()) && !held.contains(edge.from()) && containment.parentOf(edge.from()) == null) {
                out.add(edge.from());
            }
        }
        out.removeIf(id -> model.entity(id).map(e -> KindLooks.isFrame(e.kind())).orElse(true));
        return out;
    }

    /** What the focus shows, in words, for the focus bar: "What alice reaches", "Account main". */
    public String describe(IamModel model) {
        return switch (kind) {
            case EVERYTHING -> "Everything";
            case REACH -> "What " + name(model, subject) + " reaches";
            case WHO_CAN_REACH -> "Who can reach " + name(model, subject);
            case ESCALATION -> "Escalation paths";
            case FRAME -> model.entity(subject).map(e -> capitalised(dev.iammodeller.model.Words.of(e.kind()))
                    + " " + e.name()).orElse("A frame no longer in the model");
            case FILTER -> capitalised(filter.describe());
        };
    }

    private static String name(IamModel model, String id) {
        return model.entity(id).map(Entity::name).orElse(id);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
