package dev.iammodeller.analysis.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 65 privilege-escalation paths of pathfinding.cloud (Datadog, Apache-2.0: see
 * {@code escalation/LICENSE} and {@code escalation/NOTICE}), as {@code scripts/build-escalation-paths.py}
 * converts them: id, name, category, required permissions. The rules cite these ids; {@link #NOT_COVERED}
 * says, for each path no rule covers, why the model cannot express it.
 */
public final class PathfindingPaths {
    /** One path: {@code iam-001}, {@code iam:CreatePolicyVersion}, {@code self-escalation}, its required permissions. */
    public record Entry(String id, String name, String category, List<String> required, String parent) {
        public Entry {
            required = List.copyOf(required);
        }
    }

    static final String RESOURCE = "/escalation/pathfinding-paths.json";

    /** The paths no rule covers, and why. Every other path is found by a rule, under its id. */
    public static final Map<String, String> NOT_COVERED = Map.ofEntries(
            Map.entry("sts-001", "plain role assumption is reach, not escalation: the reach analysis shows it "
                    + "(\"via role R\"); the rules follow it as a hop and chain the assumed role's own paths"),
            Map.entry("iam-003", "needs a user that already holds two access keys; the model records only whether "
                    + "a user has keys, not how many (iam-002 reports the user)"),
            Map.entry("cloudformation-004", "the model draws no CloudFormation stack sets to update"));

    private static volatile List<Entry> entries;

    private PathfindingPaths() {
    }

    public static List<Entry> all() {
        List<Entry> known = entries;
        if (known == null) {
            known = read();
            entries = known;
        }
        return known;
    }

    public static Optional<Entry> byId(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The names of the rules' ids, by id, in the data set's order. */
    public static Map<String, String> names() {
        Map<String, String> out = new LinkedHashMap<>();
        all().forEach(e -> out.put(e.id(), e.name()));
        return out;
    }

    private static List<Entry> read() {
        try (InputStream in = PathfindingPaths.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Entry> out = new ArrayList<>();
            for (JsonNode path : root.get("paths")) {
                List<String> required = new ArrayList<>();
                path.get("required").forEach(p -> required.add(p.get("permission").asText()));
                JsonNode parent = path.get("parent");
                out.add(new Entry(path.get("id").asText(), path.get("name").asText(), path.get("category").asText(),
                        required, parent == null || parent.isNull() ? null : parent.get("id").asText()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
