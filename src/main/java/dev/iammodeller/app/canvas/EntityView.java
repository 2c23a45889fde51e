package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.KindLook;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * What every entity's view has: its id, the style classes of its kind and family, the kind's tooltip
 * (or the live evaluator's explanation above it). {@link NodeView} and {@link FrameView} draw the rest.
 */
abstract class EntityView extends Group implements ShapeView {
    private final String id;
    private final EntityKind kind;
    private String explanation = "";
    /** The whole name when the view shows it shortened, else empty: the first line of the tooltip. */
    private String fullName = "";
    /** The tooltip with the whole name and the explanation, made on hover; null until the first change. */
    private TooltipOnHover explained;

    /**
     * A view of {@code entity}. It takes no CSS id: JavaFX shares the styles it works out only among nodes without
     * one, and with an id on every view the first picture of a large model zoomed out styled each of thousands of
     * views on its own (3 s for the 3,000-principal account, 31 s for an organization of ten). {@link #entityId()}
     * says which entity it shows. The kind's tooltip comes with {@link #installKindTooltip}.
     */
    EntityView(Entity entity, String styleClass) {
        this.id = entity.id();
        this.kind = entity.kind();
        KindLook look = KindLooks.of(kind);
        getStyleClass().addAll(styleClass, "family-" + look.family().cssName(), look.cssName());
    }

    /**
     * Gives the view the kind's shared tooltip, unless it says more already (the whole name, an explanation): when it
     * is made, or once it enters a scene (a view out of view never shows a tooltip).
     */
    void installKindTooltip() {
        if (explained == null) {
            KindTooltips.install(this, kind);
        }
    }

    @Override
    public void explain(String explanation) {
        String shown = explanation == null ? "" : explanation;
        if (!shown.equals(this.explanation)) {
            // every edit re-applies the highlights to every view: install a tooltip only when its text changes
            this.explanation = shown;
            tooltip();
        }
    }

    /** Says the whole name in the tooltip when the view shows it shortened (empty: it shows it whole). */
    void showFullName(String name) {
        String shown = name == null ? "" : name;
        if (!shown.equals(fullName)) {
            fullName = shown;
            tooltip();
        }
    }

    /**
     * The kind's shared tooltip at once when there is nothing else to say; else the tooltip with the whole name and the
     * explanation, made when the pointer first comes over the view (a large model explains a thousand views at once,
     * and a tooltip each cost the window a second or more).
     */
    private void tooltip() {
        if (fullName.isEmpty() && explanation.isEmpty()) {
            KindTooltips.install(this, kind);
        }
        if (explained == null) {
            explained = new TooltipOnHover(this, this::madeTooltip);
        } else {
            explained.stale();
        }
    }

    /** What the tooltip says now: the kind's shared one when there is nothing more to say. */
    private javafx.scene.control.Tooltip madeTooltip() {
        String text = fullName.isEmpty() ? explanation : explanation.isEmpty() ? fullName : fullName + "\n" + explanation;
        return text.isEmpty() ? KindTooltips.of(kind) : KindTooltips.explained(kind, text);
    }

    /** The kind of the entity it shows. */
    EntityKind kind() {
        return kind;
    }

    @Override
    public String entityId() {
        return id;
    }

    @Override
    public Node node() {
        return this;
    }
}
