package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.List;

/**
 * An escalation path as the canvas draws it: a chain of hops from the principal, each to the node the
 * next steps act on (or to something the path creates, which the model has no node for), labelled with
 * the numbered actions taken there. Consecutive steps on one target make one hop. Plain values, shared by
 * the canvas and the exported pictures.
 */
public record EscalationHops(String principalId, List<Hop> hops, String gain, List<String> assumes) {
    /** Where a hop starts or ends: a node of the model, or something the path creates (its ARN). */
    public record Stop(String entityId, String createdArn) {
        public boolean created() {
            return entityId == null;
        }
    }

    /** One hop: from, to (the same stop for a step on itself) and the numbered actions, one a line. */
    public record Hop(Stop from, Stop to, List<String> steps) {
        public Hop {
            steps = List.copyOf(steps);
        }

        public String text() {
            return String.join("\n", steps);
        }
    }

    public EscalationHops {
        hops = List.copyOf(hops);
        assumes = List.copyOf(assumes);
    }

    /** A path that opens only if compute or a password the model cannot show exists: drawn apart, dotted. */
    public boolean possible() {
        return !assumes.isEmpty();
    }

    public static EscalationHops of(IamModel model, EscalationPath path) {
        List<Highlights.Edge> edges = Escalations.edges(model, path);
        List<Hop> hops = new ArrayList<>();
        Stop at = new Stop(path.principalId(), null);
        Stop hopFrom = null;
        Stop hopTo = null;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            EscalationStep step = path.steps().get(i);
            String to = edges.get(i).to();
            Stop target = to != null ? new Stop(to, null) : new Stop(null, step.target());
            if (hopTo != null && !target.equals(hopTo)) {
                hops.add(new Hop(hopFrom, hopTo, lines));
                lines = new ArrayList<>();
                at = hopTo;
            }
            if (hopTo == null || !target.equals(hopTo)) {
                hopFrom = at;
                hopTo = target;
            }
            lines.add((i + 1) + "  " + step.action());
        }
        if (hopTo != null) {
            hops.add(new Hop(hopFrom, hopTo, lines));
        }
        return new EscalationHops(path.principalId(), hops, gain(model, path), path.assumes());
    }

    /**
     * What the path gains, in words: "gains administrator" or "gains role provisioner"; a possible path
     * "possibly gains ..., if a Lambda function that runs as R exists".
     */
    public static String gain(IamModel model, EscalationPath path) {
        String verb = path.assumes().isEmpty() ? "gains " : "possibly gains ";
        String what = path.gains();
        if (path.gainsAdmin()) {
            what = "administrator (every action on every resource)";
        } else {
            for (Entity entity : model.entities().values()) {
                if (path.gains().equals(entity.arn())) {
                    what = entity.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + entity.name();
                    break;
                }
            }
        }
        return verb + what + (path.assumes().isEmpty() ? "" : "\nif: " + String.join("; ", path.assumes()));
    }

    /** The short name of something created: the last part of its ARN ("user/customer-x"). */
    public static String createdName(String arn) {
        int colon = arn.lastIndexOf(':');
        return colon < 0 ? arn : arn.substring(colon + 1);
    }
}
