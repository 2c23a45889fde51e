package dev.iammodeller.analysis.findings;

import java.util.List;

/**
 * One thing a reviewer of the model should look at.
 *
 * @param code       what kind of finding ({@link Findings#ADMIN_EQUIVALENT}, {@link Findings#ESCALATION}, ...)
 * @param severity   how much it matters
 * @param subjectId  the id of the model entity it is about (a user, a role, a resource)
 * @param subjectArn that entity's ARN (null when it has none)
 * @param message    one sentence about this model: who, what, under which conditions
 * @param rule       one sentence of the IAM rule behind the finding, for someone learning IAM
 * @param path       how it comes about, one hop per element (policies a grant comes through, the steps of an
 *                   escalation, the principal a trust names), possibly empty
 */
public record Finding(String code, Severity severity, String subjectId, String subjectArn, String message, String rule,
                      List<String> path) {
    public Finding {
        path = List.copyOf(path);
    }
}
