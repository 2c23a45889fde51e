package dev.iammodeller.analysis.findings;

import dev.iammodeller.model.AcceptedFinding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of a model split by what its reviewers accepted ({@link dev.iammodeller.model.IamModel#acceptedFindings}):
 * the open ones, which the severity counts and a CI gate count, and the accepted ones with their reasons,
 * listed apart. Both keep the order of the findings given.
 */
public record FindingsReview(List<Finding> open, List<Accepted> accepted) {
    /** A finding and the acceptance that covers it. */
    public record Accepted(Finding finding, AcceptedFinding acceptance) {
    }

    public FindingsReview {
        open = List.copyOf(open);
        accepted = List.copyOf(accepted);
    }

    public static FindingsReview of(List<Finding> findings, List<AcceptedFinding> acceptances) {
        List<Finding> open = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<AcceptedFinding> acceptance = acceptance(finding, acceptances);
            if (acceptance.isPresent()) {
                accepted.add(new Accepted(finding, acceptance.get()));
            } else {
                open.add(finding);
            }
        }
        return new FindingsReview(open, accepted);
    }

    /** The acceptance of this finding among those given: same code, subject by ARN or id. */
    public static Optional<AcceptedFinding> acceptance(Finding finding, List<AcceptedFinding> acceptances) {
        return acceptances.stream().filter(a -> a.covers(finding.code(), finding.subjectArn(), finding.subjectId()))
                .findFirst();
    }

    /** How many open findings there are of each severity, most serious first; severities with none are left out. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        open.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** The open findings of this severity or worse: what a gate such as {@code --fail-on high} fails on. */
    public List<Finding> openAtLeast(Severity threshold) {
        return open.stream().filter(f -> f.severity().compareTo(threshold) <= 0).toList();
    }
}
