package dev.iammodeller.analysis;

import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.WildcardPattern;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Resource;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a user's or role's own Allow statements grant on resources the model does not draw: for each ARN or
 * ARN pattern a statement's Resource names (not {@code *}, not one with a policy variable) that covers no
 * resource or compute of the model, each action of the statement in that ARN's service, decided on that ARN
 * as written by every layer (so a deny, the boundary or an SCP still caps it). {@link ForwardReach} decides
 * actions only on {@code *} and on what is drawn, where a statement naming {@code arn:aws:s3:::reports/*}
 * grants nothing; this is the rest of the same question.
 */
public final class NotDrawnReach {
    private NotDrawnReach() {
    }

    /** The (action, ARN as named) pairs the principal reaches or is denied, grouped by ARN in the order named. */
    public static List<ActionOutcome> of(Catalog catalog, AccessCheck check, String principalId) {
        List<String> drawn = check.derived(DrawnArns.class, DrawnArns::of).arns();
        Map<String, ActionOutcome> out = new LinkedHashMap<>();
        for (PolicySource source : check.policies(principalId).identity()) {
            for (Statement statement : source.document().statements()) {
                if (statement.effect() != Effect.ALLOW || statement.notResource() || statement.resources() == null) {
                    continue;
                }
                for (PolicyTemplate resource : statement.resources()) {
                    String arn = resource.text();
                    String service = service(arn);
                    if (service == null || resource.hasVariables() || covers(arn, drawn)) {
                        continue;
                    }
                    ForwardReach.covered(catalog, statement).stream()
                            .filter(action -> action.service().equalsIgnoreCase(service))
                            .forEach(action -> decide(check, principalId, action, arn, out));
                }
            }
        }
        Map<String, List<ActionOutcome>> byArn = new LinkedHashMap<>();
        out.values().forEach(o -> byArn.computeIfAbsent(o.resource(), arn -> new ArrayList<>()).add(o));
        List<ActionOutcome> sorted = new ArrayList<>();
        for (List<ActionOutcome> ofArn : byArn.values()) {
            ofArn.sort(java.util.Comparator.comparing(o -> o.action().fullName()));
            sorted.addAll(ofArn);
        }
        return sorted;
    }

    private static void decide(AccessCheck check, String principalId, Action action, String arn,
                               Map<String, ActionOutcome> out) {
        String key = action.fullName() + "\n" + arn;
        if (!out.containsKey(key)) {
            Outcome outcome = check.outcome(principalId, action.fullName(), arn);
            if (outcome.kind() != Outcome.Kind.IMPLICIT_DENY) {
                out.put(key, new ActionOutcome(action, arn, outcome));
            }
        }
    }

    /** The service of an ARN ({@code s3} of {@code arn:aws:s3:::reports/*}), or null when it is no ARN of one service. */
    static String service(String arn) {
        String[] parts = arn.split(":", 4);
        if (parts.length < 4 || !parts[0].equals("arn") || parts[2].isEmpty() || parts[2].contains("*")
                || parts[2].contains("?")) {
            return null;
        }
        return parts[2].toLowerCase(Locale.ROOT);
    }

    /**
     * The ARNs of what the model draws (roles, users and policies too), and what a bucket's objects are named by:
     * the same for every principal, so listed once per model value (kept with its access check).
     */
    private record DrawnArns(List<String> arns) {
        static DrawnArns of(AccessCheck check) {
            List<String> out = new ArrayList<>();
            for (Entity entity : check.model().entities().values()) {
                if (entity.arn() != null && !entity.arn().isEmpty()) {
                    out.add(entity.arn());
                    if (entity instanceof Resource) {
                        out.add(entity.arn() + "/*");
                    }
                }
            }
            return new DrawnArns(List.copyOf(out));
        }
    }

    private static boolean covers(String pattern, List<String> drawn) {
        WildcardPattern compiled = WildcardPattern.compile(pattern, false);
        return drawn.stream().anyMatch(compiled::matches);
    }
}
