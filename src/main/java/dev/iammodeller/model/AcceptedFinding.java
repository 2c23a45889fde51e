package dev.iammodeller.model;

import java.util.Comparator;

/**
 * A finding a reviewer has accepted, kept in the model file so that reports list it apart and CI gates
 * ({@code analyze --findings --fail-on}) do not count it.
 *
 * @param code       the finding's rule ({@code ESCALATION}, {@code EXTERNAL_TRUST}, ...)
 * @param subject    the ARN of the entity it is about, or its id when it has no ARN
 * @param reason     why it is accepted, in the reviewer's words (never blank)
 * @param acceptedBy who accepted it, or null
 * @param at         when, as ISO-8601 text ({@code 2025-01-31T10:15:00Z}), or null
 */
public record AcceptedFinding(String code, String subject, String reason, String acceptedBy, String at) {
    /** By code, then subject: the order the model and its file keep. */
    public static final Comparator<AcceptedFinding> ORDER = Comparator.comparing(AcceptedFinding::code)
            .thenComparing(AcceptedFinding::subject);

    public AcceptedFinding {
        if (code == null || code.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an accepted finding names its code and its subject");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an accepted finding says why it is accepted");
        }
    }

    /** True when this acceptance is of the finding with this code about this ARN or id. */
    public boolean covers(String findingCode, String subjectArn, String subjectId) {
        return code.equals(findingCode) && (subject.equals(subjectArn) || subject.equals(subjectId));
    }
}
