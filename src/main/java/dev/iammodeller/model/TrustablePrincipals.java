package dev.iammodeller.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The model's entities a trust policy can name, by the names it uses: an account by its id or root ARN, an AWS
 * service by its principal (ignoring case), an identity provider by its ARN or name, a user or role by its ARN.
 * Made once per model value, so that reading every role's trust policy does not scan every entity per name.
 */
public final class TrustablePrincipals {
    private final Map<String, Set<String>> exact = new HashMap<>();
    private final Map<String, Set<String>> services = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    public TrustablePrincipals(IamModel model) {
        for (Entity entity : model.entities().values()) {
            order.put(entity.id(), order.size());
            if (entity instanceof Account account) {
                add(exact, account.accountId(), entity);
                add(exact, account.arn(), entity);
            } else if (entity instanceof AwsService service) {
                if (service.principal() != null) {
                    add(services, service.principal().toLowerCase(Locale.ROOT), entity);
                }
            } else if (entity instanceof IdentityProvider provider) {
                add(exact, provider.arn(), entity);
                add(exact, provider.name(), entity);
            } else if (entity instanceof User || entity instanceof Role) {
                add(exact, entity.arn(), entity);
            }
        }
    }

    /** The ids of the entities {@code principal} names, in the model's order, each once. */
    public List<String> named(String principal) {
        Set<String> byName = exact.getOrDefault(principal, Set.of());
        Set<String> byService = services.getOrDefault(principal.toLowerCase(Locale.ROOT), Set.of());
        if (byService.isEmpty()) {
            return List.copyOf(byName);
        }
        List<String> ids = new ArrayList<>(byName);
        byService.stream().filter(id -> !byName.contains(id)).forEach(ids::add);
        ids.sort(java.util.Comparator.comparing(order::get));
        return ids;
    }

    private static void add(Map<String, Set<String>> map, String key, Entity entity) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entity.id());
        }
    }
}
