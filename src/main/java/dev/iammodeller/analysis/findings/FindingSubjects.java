package dev.iammodeller.analysis.findings;

import dev.iammodeller.model.IamModel;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The entities of the model a finding is about, to select and frame them: its subject, then the other
 * entities it involves ({@link Finding#related()}), those the model still holds.
 */
public final class FindingSubjects {
    private FindingSubjects() {
    }

    public static Set<String> of(IamModel model, Finding finding) {
        Set<String> out = new LinkedHashSet<>();
        if (finding.subjectId() != null) {
            out.add(finding.subjectId());
        }
        out.addAll(finding.related());
        out.removeIf(id -> !model.entities().containsKey(id));
        return out;
    }
}
