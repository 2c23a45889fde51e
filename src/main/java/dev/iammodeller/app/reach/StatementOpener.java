package dev.iammodeller.app.reach;

/** Opens a policy entity in the policy editor at a line (the lead wires it to the policy editor's openAt). */
@FunctionalInterface
public interface StatementOpener {
    void open(String entityId, int line);
}
