package dev.iammodeller.analysis.compare;

/**
 * One row of a comparison's table: what changed ({@code change}: "added", "new reach", "closed path"...), about
 * what ({@code subject}), the details, and the entity of the union the row is about ({@code focusId}, null when
 * none is drawn), which the window frames when the row is chosen.
 */
public record ComparisonRow(String change, String subject, String detail, String focusId) {
}
