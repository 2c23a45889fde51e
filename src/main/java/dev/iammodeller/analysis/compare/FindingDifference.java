package dev.iammodeller.analysis.compare;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings ({@link Findings#of}) a new model raises, resolves and changes, one finding per rule and subject
 * (subjects paired by {@link EntityPairing}): new first, then resolved, then changed, each in the findings' order.
 */
public final class FindingDifference {
    private FindingDifference() {
    }

    public static List<FindingChange> of(Catalog catalog, AccessCheck base, AccessCheck next, EntityPairing pairing) {
        Map<String, Finding> before = new LinkedHashMap<>();
        for (Finding finding : Findings.of(catalog, base)) {
            before.put(finding.code() + '\u0000' + PairKey.ofBase(pairing, finding.subjectId()), finding);
        }
        Map<String, Finding> after = new LinkedHashMap<>();
        for (Finding finding : Findings.of(catalog, next)) {
            after.put(finding.code() + '\u0000' + finding.subjectId(), finding);
        }
        List<FindingChange> added = new ArrayList<>();
        List<FindingChange> changed = new ArrayList<>();
        after.forEach((key, finding) -> {
            Finding was = before.get(key);
            if (was == null) {
                added.add(new FindingChange(Change.ADDED, finding, null));
            } else if (was.severity() != finding.severity() || !was.message().equals(finding.message())) {
                changed.add(new FindingChange(Change.CHANGED, finding, was));
            }
        });
        List<FindingChange> out = new ArrayList<>(added);
        before.forEach((key, finding) -> {
            if (!after.containsKey(key)) {
                out.add(new FindingChange(Change.REMOVED, finding, null));
            }
        });
        out.addAll(changed);
        return out;
    }
}
