package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.model.EntityKind;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** One tooltip per kind, shared by every view of that kind: the kind explained in one sentence. */
final class KindTooltips {
    private static final Map<EntityKind, Tooltip> TIPS = new EnumMap<>(EntityKind.class);

    private KindTooltips() {
    }

    static Tooltip of(EntityKind kind) {
        return TIPS.computeIfAbsent(kind, k -> {
            Tooltip tip = new Tooltip(KindLooks.of(k).explanation());
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            tip.setShowDelay(Duration.millis(600));
            return tip;
        });
    }

    static void install(Node node, EntityKind kind) {
        Tooltip.install(node, of(kind));
    }

    /** The tooltip of a view the live evaluator highlights: {@code explanation} (why) above the kind's sentence. */
    static Tooltip explained(EntityKind kind, String explanation) {
        Tooltip tip = new Tooltip(explanation + "\n\n" + KindLooks.of(kind).explanation());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(300));
        return tip;
    }
}
