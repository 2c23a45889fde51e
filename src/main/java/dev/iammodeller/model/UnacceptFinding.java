package dev.iammodeller.model;

/** Takes back the acceptance of a finding (by its code and subject ARN or id): it counts again. */
public record UnacceptFinding(String code, String subject, String subjectName) implements ModelCommand {
    @Override
    public String label() {
        return "Un-accept finding " + code + " of " + subjectName;
    }

    @Override
    public IamModel apply(IamModel model) {
        if (model.acceptedFindings().stream().noneMatch(a -> a.code().equals(code) && a.subject().equals(subject))) {
            throw new EditRefused("this finding is not accepted, so there is nothing to take back");
        }
        return model.withoutAccepted(code, subject);
    }
}
