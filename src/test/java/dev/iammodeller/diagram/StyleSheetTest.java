package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.ModelEdge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet and the rendering description agree: one set of colours for the screen (CSS) and an
 * export (this package), every highlight state is styled, every kind is explained.
 */
class StyleSheetTest {
    private static String css() throws IOException {
        try (InputStream in = StyleSheetTest.class.getResourceAsStream("/app/iam-modeller.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }
    }

    @Test
    void familyAndEdgeColoursAreTheSameInBothThemes() throws IOException {
        String css = css();
        int dark = css.indexOf(".root.dark");
        for (Family family : Family.values()) {
            String name = "-iam-family-" + family.cssName() + ": ";
            assertTrue(css.indexOf(name + family.lightColour().toLowerCase(Locale.ROOT)) < dark, name + " light");
            assertTrue(css.indexOf(name + family.darkColour().toLowerCase(Locale.ROOT), dark) > dark, name + " dark");
        }
        for (EdgeStyle style : EdgeStyles.all()) {
            String name = "-iam-" + style.cssName() + ": ";
            assertTrue(css.indexOf(name + style.lightColour().toLowerCase(Locale.ROOT)) < dark, name + " light");
            assertTrue(css.indexOf(name + style.darkColour().toLowerCase(Locale.ROOT), dark) > dark, name + " dark");
            assertTrue(css.contains("." + style.cssName() + " .edge-line"), style.cssName() + " is styled");
        }
    }

    @Test
    void everyHighlightStateIsAPseudoClassOfTheStylesheet() throws IOException {
        String css = css();
        for (dev.iammodeller.analysis.HighlightStyle style : dev.iammodeller.analysis.HighlightStyle.values()) {
            assertTrue(css.contains(".node:" + style.pseudoClass()), style.pseudoClass());
        }
        for (String state : new String[] {"selected", "reach-dimmed", "escalation", "connect-target"}) {
            assertTrue(css.contains(".node:" + state), state);
        }
    }

    @Test
    void everyKindAndEdgeHasItsLookAndItsSentence() {
        for (EntityKind kind : EntityKind.values()) {
            KindLook look = KindLooks.of(kind);
            assertNotNull(look, kind.name());
            assertTrue(look.explanation().endsWith("."), kind + " explained in a sentence");
            assertTrue(look.icon().startsWith("M"), kind + " has an icon");
        }
        for (ModelEdge.Kind kind : ModelEdge.Kind.values()) {
            assertNotNull(EdgeStyles.of(kind), kind.name());
        }
    }
}
