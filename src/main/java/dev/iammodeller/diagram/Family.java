package dev.iammodeller.diagram;

/**
 * The four families the palette and the canvas colour things by. Each has a colour for the light and the
 * dark theme; the stylesheet's looked-up colours {@code -iam-family-<name>} hold the same values, so a
 * drawing exported to SVG looks like the screen.
 */
public enum Family {
    IDENTITIES("identity", "#2563eb", "#60a5fa"),
    POLICIES("policy", "#b45309", "#fbbf24"),
    RESOURCES("resource", "#15803d", "#4ade80"),
    ORGANIZATION("organization", "#7c3aed", "#c4b5fd");

    private final String cssName;
    private final String lightColour;
    private final String darkColour;

    Family(String cssName, String lightColour, String darkColour) {
        this.cssName = cssName;
        this.lightColour = lightColour;
        this.darkColour = darkColour;
    }

    /** The name in style classes and looked-up colours: {@code family-identity}, {@code -iam-family-identity}. */
    public String cssName() {
        return cssName;
    }

    public String lightColour() {
        return lightColour;
    }

    public String darkColour() {
        return darkColour;
    }
}
