package dev.iammodeller.analysis.fixes;

import dev.iammodeller.model.ModelCommand;

/**
 * A change to the model proposed to close an escalation path or a finding: what kind of change, a sentence for
 * the reviewer ("Deny iam:PassRole to alice"), and the change itself as one undoable command whose label is that
 * sentence.
 */
public record Fix(Kind kind, String title, ModelCommand command) {
    /** The kinds of fix, in the order they are proposed: the narrowest first. */
    public enum Kind {
        NARROW_RESOURCE("Narrow a resource"),
        CONDITION("Add a condition"),
        REMOVE_ATTACHMENT("Remove an attachment"),
        DENY_STATEMENT("Add a Deny statement"),
        PERMISSIONS_BOUNDARY("Set a permissions boundary"),
        REMOVE_CREDENTIALS("Remove credentials"),
        REMOVE_ROLE("Remove a role");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
