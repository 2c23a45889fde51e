package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.Family;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The colours of one theme, by the name of the stylesheets' looked-up colour ({@code -iam-node-fill} in
 * iam-modeller.css, {@code -reach-label-fill} in live-evaluator.css): one set for the canvas and the exported
 * pictures. A test reads the stylesheets and checks that they hold exactly these values.
 */
public final class Palette {
    public static final Palette LIGHT = new Palette(false, new String[][] {
        {"-iam-canvas-background", "#f7f8fa"}, {"-iam-canvas-grid", "#e3e6eb"}, {"-iam-muted-text", "#6b7280"},
        {"-iam-text", "#111827"}, {"-iam-node-fill", "#ffffff"}, {"-iam-node-stroke", "#cbd5e1"},
        {"-iam-frame-fill", "rgba(124, 58, 237, 0.035)"}, {"-iam-overlay-fill", "rgba(255, 255, 255, 0.94)"},
        {"-iam-overlay-border", "#d0d4da"}, {"-iam-selection", "#f97316"}, {"-iam-connect-target", "#0ea5e9"},
        {"-iam-reach-direct", "#16a34a"}, {"-iam-reach-source", "#475569"}, {"-iam-reach-conditional", "#ca8a04"},
        {"-iam-reach-denied", "#dc2626"}, {"-iam-reach-via-role", "#0891b2"}, {"-iam-reach-indirect", "#9333ea"},
        {"-iam-escalation", "#e11d48"},
        {"-iam-reach-direct-fill", "#a3e2ba"}, {"-iam-reach-conditional-fill", "#f3e0bb"},
        {"-iam-reach-denied-fill", "#f2a5a5"}, {"-iam-reach-via-role-fill", "#a0d9e6"},
        {"-iam-reach-indirect-fill", "#d3adf7"},
        {"-reach-source", "#475569"}, {"-reach-direct", "#16a34a"}, {"-reach-via-role", "#0891b2"},
        {"-reach-indirect", "#9333ea"}, {"-reach-conditional", "#ca8a04"}, {"-reach-denied", "#dc2626"},
        {"-reach-escalation", "#e11d48"}, {"-reach-panel-muted", "#6b7280"},
        {"-reach-label-fill", "rgba(255, 255, 255, 0.96)"}, {"-reach-label-text", "#111827"},
        {"-reach-badge-text", "#ffffff"},
    });
    public static final Palette DARK = new Palette(true, new String[][] {
        {"-iam-canvas-background", "#171a21"}, {"-iam-canvas-grid", "#2a3140"}, {"-iam-muted-text", "#9ca3af"},
        {"-iam-text", "#e5e7eb"}, {"-iam-node-fill", "#222834"}, {"-iam-node-stroke", "#3b4456"},
        {"-iam-frame-fill", "rgba(196, 181, 253, 0.05)"}, {"-iam-overlay-fill", "rgba(34, 40, 52, 0.94)"},
        {"-iam-overlay-border", "#3b4456"}, {"-iam-selection", "#fb923c"}, {"-iam-connect-target", "#38bdf8"},
        {"-iam-reach-direct", "#4ade80"}, {"-iam-reach-source", "#cbd5e1"}, {"-iam-reach-conditional", "#facc15"},
        {"-iam-reach-denied", "#f87171"}, {"-iam-reach-via-role", "#22d3ee"}, {"-iam-reach-indirect", "#c084fc"},
        {"-iam-escalation", "#fb7185"},
        {"-iam-reach-direct-fill", "#164326"}, {"-iam-reach-conditional-fill", "#4b3c06"},
        {"-iam-reach-denied-fill", "#4a2222"}, {"-iam-reach-via-role-fill", "#0a4047"},
        {"-iam-reach-indirect-fill", "#3a284c"},
        {"-reach-source", "#cbd5e1"}, {"-reach-direct", "#4ade80"}, {"-reach-via-role", "#22d3ee"},
        {"-reach-indirect", "#c084fc"}, {"-reach-conditional", "#facc15"}, {"-reach-denied", "#f87171"},
        {"-reach-escalation", "#fb7185"}, {"-reach-panel-muted", "#9ca3af"},
        {"-reach-label-fill", "rgba(23, 26, 33, 0.96)"}, {"-reach-label-text", "#f3f4f6"},
        {"-reach-badge-text", "#1f232b"},
    });

    private final boolean dark;
    private final Map<String, Colour> colours;

    private Palette(boolean dark, String[][] named) {
        this.dark = dark;
        Map<String, Colour> all = new LinkedHashMap<>();
        for (String[] pair : named) {
            all.put(pair[0], Colour.of(pair[1]));
        }
        for (Family family : Family.values()) {
            all.put("-iam-family-" + family.cssName(), Colour.of(dark ? family.darkColour() : family.lightColour()));
        }
        for (EdgeStyle style : EdgeStyles.all()) {
            all.put("-iam-" + style.cssName(), Colour.of(dark ? style.darkColour() : style.lightColour()));
        }
        this.colours = Collections.unmodifiableMap(all);
    }

    public static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public boolean dark() {
        return dark;
    }

    /** Every colour by its looked-up name in the stylesheets. */
    public Map<String, Colour> colours() {
        return colours;
    }

    /** A colour by its looked-up name; an unknown name is a mistake in the code. */
    public Colour colour(String name) {
        Colour c = colours.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no colour " + name);
        }
        return c;
    }

    public Colour background() {
        return colour("-iam-canvas-background");
    }

    public Colour text() {
        return colour("-iam-text");
    }

    public Colour mutedText() {
        return colour("-iam-muted-text");
    }

    public Colour family(Family family) {
        return colour("-iam-family-" + family.cssName());
    }

    public Colour edge(EdgeStyle style) {
        return colour("-iam-" + style.cssName());
    }
}
