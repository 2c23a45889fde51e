package dev.iammodeller.model;

/**
 * Marks a finding accepted, with the reviewer's reason (replacing an earlier acceptance of the same finding).
 * {@code subjectName} only words the Edit menu's label.
 */
public record AcceptFinding(AcceptedFinding accepted, String subjectName) implements ModelCommand {
    @Override
    public String label() {
        return "Accept finding " + accepted.code() + " of " + subjectName;
    }

    @Override
    public IamModel apply(IamModel model) {
        return model.withAccepted(accepted);
    }
}
