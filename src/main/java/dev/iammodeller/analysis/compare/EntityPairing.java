package dev.iammodeller.analysis.compare;

import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which entity of the new model is which entity of the base model: the same id and kind; failing that, the
 * same kind and ARN; failing that (what AWS gives no ARN: services, inline policies, organization parts), the
 * same kind and name (an inline policy: the same name on the paired owner). So two files imported apart, whose
 * ids need not agree, still compare entity by entity.
 */
public final class EntityPairing {
    private final Map<String, String> baseToNew = new HashMap<>();
    private final Map<String, String> newToBase = new HashMap<>();

    private EntityPairing() {
    }

    public static EntityPairing of(IamModel base, IamModel next) {
        EntityPairing pairing = new EntityPairing();
        for (Entity entity : base.entities().values()) {
            Entity same = next.entities().get(entity.id());
            if (same != null && same.kind() == entity.kind()) {
                pairing.pair(entity.id(), same.id());
            }
        }
        pairing.pairBy(base, next, entity -> entity instanceof InlinePolicy || entity.arn() == null ? null : entity.arn());
        pairing.pairBy(base, next, entity -> entity instanceof InlinePolicy || entity.arn() != null ? null
                : entity instanceof AwsService service ? service.prefix() : entity.name());
        pairing.pairBy(base, next, entity -> entity instanceof InlinePolicy policy ? policy.name() : null);
        return pairing;
    }

    /** The new model's id of a base entity, or null when the new model does not hold it. */
    public String newId(String baseId) {
        return baseToNew.get(baseId);
    }

    /** The id a base entity has when both models are drawn as one: its new id when paired, else its own. */
    public String unionId(String baseId) {
        String newId = newId(baseId);
        return newId != null ? newId : baseId;
    }

    /** The base model's id of a new entity, or null when the base model does not hold it. */
    public String baseId(String newId) {
        return newToBase.get(newId);
    }

    private void pair(String baseId, String newId) {
        baseToNew.put(baseId, newId);
        newToBase.put(newId, baseId);
    }

    private interface Key {
        /** What pairs an entity in this round, or null when the round does not pair it. */
        String of(Entity entity);
    }

    /** Pairs the entities left, each with the one of the same kind, key and (for an inline policy) paired owner. */
    private void pairBy(IamModel base, IamModel next, Key key) {
        Map<String, String> unpaired = new HashMap<>();
        for (Entity entity : next.entities().values()) {
            String k = key.of(entity);
            if (k != null && !newToBase.containsKey(entity.id())) {
                unpaired.putIfAbsent(entity.kind() + "\u0000" + owner(entity) + "\u0000" + k, entity.id());
            }
        }
        for (Entity entity : base.entities().values()) {
            String k = key.of(entity);
            if (k == null || baseToNew.containsKey(entity.id())) {
                continue;
            }
            String owner = entity instanceof InlinePolicy policy ? Objects.toString(newId(policy.owner())) : "";
            String match = unpaired.remove(entity.kind() + "\u0000" + owner + "\u0000" + k);
            if (match != null) {
                pair(entity.id(), match);
            }
        }
    }

    private static String owner(Entity entity) {
        return entity instanceof InlinePolicy policy ? policy.owner() : "";
    }
}
