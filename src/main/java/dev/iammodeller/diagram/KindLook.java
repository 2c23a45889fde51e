package dev.iammodeller.diagram;

import dev.iammodeller.model.EntityKind;

/**
 * How one kind is drawn and explained: the word for it, its family, its icon as SVG path data on a 24×24
 * box, and one sentence that teaches what the kind is.
 */
public record KindLook(EntityKind kind, String word, Family family, String icon, String explanation) {
    /** The name in style classes: {@code kind-managed-policy}. */
    public String cssName() {
        return "kind-" + word.replace(' ', '-');
    }
}
