package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds entities by a piece of their name or ARN, ignoring case: what Ctrl+F looks for. */
public final class NodeSearch {
    private NodeSearch() {
    }

    /** The ids of the matching entities, names matching first, then ARNs, each in id order. */
    public static List<String> matches(IamModel model, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> byName = new ArrayList<>();
        List<String> byArn = new ArrayList<>();
        for (Entity e : model.entities().values()) {
            if (e.name().toLowerCase(Locale.ROOT).contains(q)) {
                byName.add(e.id());
            } else if (e.arn() != null && e.arn().toLowerCase(Locale.ROOT).contains(q)) {
                byArn.add(e.id());
            }
        }
        byName.addAll(byArn);
        return byName;
    }
}
