package dev.iammodeller.app.policyeditor;

/** Opens the policy editor on an entity's policy document (a policy, a trust policy, a resource policy). */
public interface PolicyEditorLauncher {
    /** Shows the editor of the entity's document, bringing an open one to the front. */
    void open(String entityId);

    /** As {@link #open}, with the caret on 1-based {@code line} (a statement the evaluator points at). */
    void openAt(String entityId, int line);
}
