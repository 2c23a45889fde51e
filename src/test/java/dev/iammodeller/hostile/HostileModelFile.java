package dev.iammodeller.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A model file written by hand, one entity, relation or layout entry per line, so that a test knows where each
 * is without asking the program: entity {@code i} starts at line {@link #entityLine}, column 1.
 */
final class HostileModelFile {
    static final String ACCOUNT = "111111111111";
    private final List<String> entities = new ArrayList<>();
    private final List<String> relations = new ArrayList<>();
    private final List<String> nodes = new ArrayList<>();
    private final List<String> frames = new ArrayList<>();

    /** An account, alice (a user) and dev (a group), alice a member of dev, alice placed on the canvas. */
    static HostileModelFile small() {
        HostileModelFile file = new HostileModelFile();
        file.entity("{\"kind\": \"account\", \"id\": \"acct\", \"name\": \"main\", \"accountId\": \"" + ACCOUNT
                + "\", \"management\": false}");
        file.entity(user("alice", "alice"));
        file.entity("{\"kind\": \"group\", \"id\": \"dev\", \"name\": \"dev\", \"account\": \"" + ACCOUNT
                + "\", \"path\": \"/\"}");
        file.relation("{\"kind\": \"memberOf\", \"from\": \"alice\", \"to\": \"dev\"}");
        file.node("\"alice\": {\"x\": 40, \"y\": 40}");
        return file;
    }

    static String user(String id, String name) {
        return "{\"kind\": \"user\", \"id\": \"" + id + "\", \"name\": \"" + name + "\", \"account\": \"" + ACCOUNT
                + "\", \"path\": \"/\", \"accessKeys\": false, \"consolePassword\": false, \"tags\": {}}";
    }

    static String unit(String id, String parent) {
        return "{\"kind\": \"organizationalUnit\", \"id\": \"" + id + "\", \"name\": \"" + id + "\", \"parent\": \""
                + parent + "\"}";
    }

    HostileModelFile entity(String json) {
        return add(entities, json);
    }

    HostileModelFile relation(String json) {
        return add(relations, json);
    }

    HostileModelFile node(String json) {
        return add(nodes, json);
    }

    HostileModelFile frame(String json) {
        return add(frames, json);
    }

    private HostileModelFile add(List<String> lines, String json) {
        lines.add(json);
        return this;
    }

    int entities() {
        return entities.size();
    }

    /** The line entity {@code i} is on. */
    static int entityLine(int i) {
        return 2 + i;
    }

    /** The line relation {@code i} is on. */
    int relationLine(int i) {
        return 2 + entities.size() + 2 + i;
    }

    /** The line layout node {@code i} is on. */
    int nodeLine(int i) {
        return relationLine(relations.size()) + 2 + i;
    }

    String text() {
        StringBuilder text = new StringBuilder("{\"format\": \"iam-modeller/1\", \"title\": \"hostile\", \"entities\": [\n");
        text.append(String.join(",\n", entities)).append("\n],\n\"relations\": [\n");
        text.append(String.join(",\n", relations)).append("\n],\n\"layout\": {\"nodes\": {\n");
        text.append(String.join(",\n", nodes)).append("\n}, \"frames\": {\n");
        text.append(String.join(",\n", frames)).append("\n}}}\n");
        return text.toString();
    }

    Path write(Path folder, String name) throws IOException {
        return Files.writeString(folder.resolve(name), text());
    }
}
