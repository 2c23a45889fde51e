package dev.iammodeller.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The entity of the model that an ARN names (the first in the model's order when several share it), looked up
 * through one index made on the first lookup: for reading ARNs the analysis writes (an escalation step's target,
 * a trusted principal) back into entities. For names a person types, see {@link EntityNames}.
 */
public final class EntitiesByArn {
    private final IamModel model;
    private Map<String, Entity> byArn;

    public EntitiesByArn(IamModel model) {
        this.model = model;
    }

    /** The entity this ARN names, if the model holds one. */
    public synchronized Optional<Entity> entity(String arn) {
        if (byArn == null) {
            byArn = new HashMap<>();
            for (Entity entity : model.entities().values()) {
                if (entity.arn() != null) {
                    byArn.putIfAbsent(entity.arn(), entity);
                }
            }
        }
        return Optional.ofNullable(arn == null ? null : byArn.get(arn));
    }
}
