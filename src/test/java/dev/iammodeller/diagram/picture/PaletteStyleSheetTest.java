package dev.iammodeller.diagram.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The stylesheets and the pictures' description cannot drift apart: every looked-up colour the stylesheets
 * declare on {@code .root} and {@code .root.dark} equals the palette's, and the palette has none they lack; the
 * node highlight rules draw with the widths and dashes of {@link Emphasis}; the fonts and corners are the faces'.
 */
class PaletteStyleSheetTest {
    private static final Pattern DECLARATION = Pattern.compile("(-[a-z][a-z0-9-]*)\\s*:\\s*([^;]+);");

    private static String css(String name) throws IOException {
        try (InputStream in = PaletteStyleSheetTest.class.getResourceAsStream("/app/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The declarations of the first rule whose selector is exactly {@code selector}. */
    private static Map<String, String> rule(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(css);
        if (!m.find()) {
            throw new AssertionError("no rule " + selector);
        }
        Map<String, String> out = new LinkedHashMap<>();
        Matcher d = DECLARATION.matcher(m.group(1).replaceAll("/\\*.*?\\*/", ""));
        while (d.find()) {
            out.put(d.group(1), d.group(2).trim());
        }
        return out;
    }

    /** The looked-up colours of a theme's block: names that are not JavaFX's own, values that are colours. */
    private static Map<String, Colour> colours(String css, String selector) {
        Map<String, Colour> out = new TreeMap<>();
        rule(css, selector).forEach((name, value) -> {
            if (!name.startsWith("-fx-") && (value.startsWith("#") || value.startsWith("rgba("))) {
                out.put(name, Colour.of(value));
            }
        });
        return out;
    }

    private static Map<String, Colour> palette(Palette palette, String prefix) {
        Map<String, Colour> out = new TreeMap<>();
        palette.colours().forEach((name, colour) -> {
            if (name.startsWith(prefix)) {
                out.put(name, colour);
            }
        });
        return out;
    }

    @Test
    void theWindowsStylesheetDeclaresExactlyThePalettesColoursInBothThemes() throws IOException {
        String css = css("iam-modeller.css");
        assertEquals(palette(Palette.LIGHT, "-iam-"), colours(css, ".root"));
        assertEquals(palette(Palette.DARK, "-iam-"), colours(css, ".root.dark"));
    }

    @Test
    void theLiveEvaluatorsStylesheetDeclaresExactlyThePalettesColoursInBothThemes() throws IOException {
        String css = css("live-evaluator.css");
        assertEquals(palette(Palette.LIGHT, "-reach-"), colours(css, ".root"));
        assertEquals(palette(Palette.DARK, "-reach-"), colours(css, ".root.dark"));
    }

    @Test
    void everyHighlightOfANodeIsDrawnWithTheEmphasisColoursWidthAndDashes() throws IOException {
        String css = css("iam-modeller.css");
        for (Emphasis emphasis : Emphasis.values()) {
            if (emphasis == Emphasis.NONE) {
                Map<String, String> body = rule(css, ".node-body");
                assertEquals("-iam-node-stroke", body.get("-fx-stroke"));
                assertEquals(emphasis.width(), Double.parseDouble(body.get("-fx-stroke-width")));
                continue;
            }
            Map<String, String> rule = rule(css, ".node:" + emphasis.pseudoClass() + " .node-body");
            assertEquals(emphasis.stroke(), rule.get("-fx-stroke"), emphasis.name());
            assertEquals(emphasis.width(), Double.parseDouble(rule.get("-fx-stroke-width")), emphasis.name());
            assertEquals(emphasis.fill(), rule.get("-fx-fill"), emphasis.name());
            String dashes = rule.getOrDefault("-fx-stroke-dash-array", "");
            assertEquals(emphasis.dashes(), dashes.isEmpty() ? List.of()
                    : java.util.Arrays.stream(dashes.split("\\s+")).map(Double::valueOf).toList(), emphasis.name());
        }
    }

    @Test
    void theFontsAndCornersOfNodesAndFramesAreTheFaces() throws IOException {
        String css = css("iam-modeller.css");
        assertEquals(NodeFace.NAME_FONT + "px", px(rule(css, ".node-name").get("-fx-font-size")));
        assertEquals(NodeFace.SUBTITLE_FONT + "px", px(rule(css, ".node-subtitle").get("-fx-font-size")));
        assertEquals(FrameFace.TITLE_FONT + "px", px(rule(css, ".frame-title").get("-fx-font-size")));
        assertEquals(FrameFace.SUBTITLE_FONT + "px", px(rule(css, ".frame-subtitle").get("-fx-font-size")));
        assertEquals(FrameFace.COUNTS_FONT + "px", px(rule(css, ".frame-subtitle.frame-counts").get("-fx-font-size")));
        assertEquals(NodeFace.CORNER, Double.parseDouble(rule(css, ".node-body").get("-fx-arc-width")));
        assertEquals(FrameFace.CORNER, Double.parseDouble(rule(css, ".frame-body").get("-fx-arc-width")));
        assertEquals(FrameFace.STROKE_WIDTH, Double.parseDouble(rule(css, ".frame-body").get("-fx-stroke-width")));
        assertEquals(EdgeLook.LINE_WIDTH, Double.parseDouble(rule(css, ".edge-line").get("-fx-stroke-width")));
        assertEquals(EdgeLook.THIN_WIDTH, Double.parseDouble(rule(css, ".edge-thin .edge-line").get("-fx-stroke-width")));
        // the size ReadableText.pathLabelsReadable weighs a path's label by
        assertEquals(EdgeLook.LABEL_FONT + "px",
                px(rule(css("live-evaluator.css"), ".overlay-edge-label").get("-fx-font-size")));
    }

    /** "13px" as "13.0px", to compare with a double. */
    private static String px(String value) {
        return Double.parseDouble(value.replace("px", "")) + "px";
    }
}
