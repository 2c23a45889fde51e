package dev.iammodeller.app.canvas;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** The factory of views: one maker per kind (frames for accounts, units and the root; boxes for the rest). */
final class ShapeViews {
    private final Map<EntityKind, Function<Entity, ShapeView>> makers = new EnumMap<>(EntityKind.class);

    ShapeViews() {
        for (EntityKind kind : EntityKind.values()) {
            makers.put(kind, NodeView::new);
        }
        makers.put(EntityKind.ACCOUNT, FrameView::new);
        makers.put(EntityKind.ORGANIZATIONAL_UNIT, FrameView::new);
        makers.put(EntityKind.ORGANIZATION_ROOT, FrameView::new);
    }

    /** Replaces the maker of one kind (a richer view of roles, say). */
    void register(EntityKind kind, Function<Entity, ShapeView> maker) {
        makers.put(kind, maker);
    }

    ShapeView make(Entity entity) {
        return makers.get(entity.kind()).apply(entity);
    }
}
