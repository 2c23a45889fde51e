package dev.iammodeller.app.findings;

import java.util.Set;

/** Selects and frames entities on the canvas (the lead wires it to the canvas). */
@FunctionalInterface
public interface Framer {
    void frame(Set<String> entityIds);
}
