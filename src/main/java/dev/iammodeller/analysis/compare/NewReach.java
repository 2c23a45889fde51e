package dev.iammodeller.analysis.compare;

import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entities of a comparison's union a principal reaches anew: the resources, compute and roles its gained reach
 * names by ARN (a bucket for {@code bucket/*}), the service of an action it gains on {@code *} (every service for an
 * administrator), and what a new escalation path gains. What the window highlights when that principal is chosen.
 */
public final class NewReach {
    private NewReach() {
    }

    public static Set<String> of(ModelComparison comparison, ComparisonUnion union, String principalId) {
        IamModel model = union.model();
        Map<String, String> byArn = new HashMap<>();
        Map<String, String> services = new HashMap<>();
        for (Entity entity : model.entities().values()) {
            if (entity.arn() != null) {
                byArn.putIfAbsent(entity.arn(), entity.id());
            }
            if (entity instanceof AwsService service) {
                services.put(service.prefix(), service.id());
            }
        }
        Set<String> out = new TreeSet<>();
        for (PrincipalReachChange change : comparison.reach()) {
            if (!ComparisonRows.unionIdOf(comparison, change.principal()).equals(principalId)) {
                continue;
            }
            for (ReachItem item : change.gained()) {
                if (item.equals(ReachItem.EVERYTHING)) {
                    out.addAll(services.values());
                } else if (item.resource().equals("*")) {
                    String service = services.get(item.action().substring(0, Math.max(0, item.action().indexOf(':'))));
                    if (service != null) {
                        out.add(service);
                    }
                } else {
                    String resource = item.resource().endsWith("/*")
                            ? item.resource().substring(0, item.resource().length() - 2) : item.resource();
                    String id = byArn.get(resource);
                    if (id != null) {
                        out.add(id);
                    }
                }
            }
        }
        for (EscalationChange change : comparison.escalations()) {
            if (change.change() == Change.ADDED && change.gain().principalId().equals(principalId)) {
                String id = byArn.get(change.gain().gains());
                if (id != null) {
                    out.add(id);
                }
            }
        }
        return out;
    }
}
