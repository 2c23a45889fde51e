package dev.iammodeller.analysis.findings;

import java.util.List;

/**
 * One thing a reviewer of the model should look at: one finding per rule ({@code code}) and subject.
 *
 * @param code        what kind of finding ({@link Findings#ADMIN_EQUIVALENT}, {@link Findings#ESCALATION}, ...)
 * @param severity    how much it matters
 * @param subjectId   the id of the model entity it is about (a user, a role, a resource): for the window and
 *                    JSON only; text names the subject by {@code subjectName} and {@code subjectArn}
 * @param subjectName that entity's name
 * @param subjectArn  that entity's ARN (null when it has none)
 * @param account     the 12-digit account the entity lives in (null when it lives in none)
 * @param message     one sentence about this model: who, what, under which conditions, by names and ARNs
 * @param rule        one sentence of the IAM rule behind the finding, for someone learning IAM
 * @param path        how it comes about, one hop per element, by names and ARNs (policies a grant comes
 *                    through, the steps of the shortest escalation, the principals a trust names), possibly empty
 * @param related     the ids of the other model entities it involves, for the window to frame (never printed)
 */
public record Finding(String code, Severity severity, String subjectId, String subjectName, String subjectArn,
                      String account, String message, String rule, List<String> path, List<String> related) {
    public Finding {
        path = List.copyOf(path);
        related = List.copyOf(related);
    }

    /** How the subject reads in text: its name and ARN ({@code app-1020 (arn:aws:iam::...:role/app-1020)}). */
    public String subjectText() {
        return subjectArn == null || subjectArn.equals(subjectName) ? subjectName : subjectName + " (" + subjectArn + ")";
    }
}
