package dev.iammodeller.analysis.findings;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The entities of the model a finding is about, to select and frame them: its subject, and every element
 * of its path that names an entity by id or ARN (for an escalation, the target of each step, read from
 * {@code action on target: note}).
 */
public final class FindingSubjects {
    private FindingSubjects() {
    }

    public static Set<String> of(IamModel model, Finding finding) {
        Map<String, String> idByArn = new HashMap<>();
        for (Entity entity : model.entities().values()) {
            if (entity.arn() != null) {
                idByArn.putIfAbsent(entity.arn(), entity.id());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        if (finding.subjectId() != null && model.entities().containsKey(finding.subjectId())) {
            out.add(finding.subjectId());
        }
        for (String element : finding.path()) {
            String name = element;
            int on = element.indexOf(" on ");
            if (on > 0) {
                int colon = element.indexOf(": ", on);
                name = element.substring(on + 4, colon < 0 ? element.length() : colon);
            } else if (element.contains(" via group ")) {
                out.add(element.substring(element.indexOf(" via group ") + 11).trim());
                name = element.substring(0, element.indexOf(" via group "));
            }
            if (model.entities().containsKey(name)) {
                out.add(name);
            } else if (idByArn.containsKey(name)) {
                out.add(idByArn.get(name));
            }
        }
        out.removeIf(id -> !model.entities().containsKey(id));
        return out;
    }
}
