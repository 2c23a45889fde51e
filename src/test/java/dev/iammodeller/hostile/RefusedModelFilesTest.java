package dev.iammodeller.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 3, through the command line: files the editor could not show are refused by the loader with
 * their file, line, column and JSON path (exit 1), by {@code analyze} and {@code export} alike, and nothing is
 * written; an export naming one user twice (IAM ignores case) is refused by {@code import}.
 */
class RefusedModelFilesTest {
    @TempDir
    Path folder;

    /** {@code analyze FILE --findings} and {@code export FILE} both refuse it with a line that starts so. */
    private void refused(HostileModelFile model, String where, String message) throws Exception {
        Path file = model.write(folder, "hostile.iam.json");
        String expected = file + ":" + where + ": " + message;
        CommandRun analyze = CommandRun.of("analyze", file.toString(), "--findings");
        assertEquals(1, analyze.exit(), analyze.toString());
        assertEquals("", analyze.out(), analyze.toString());
        assertTrue(analyze.err().contains(expected), "expected " + expected + "\n" + analyze);
        Path out = folder.resolve("out.mmd");
        CommandRun export = CommandRun.of("export", file.toString(), "--format", "mermaid", "-o", out.toString());
        assertEquals(1, export.exit(), export.toString());
        assertTrue(export.err().contains(expected), "expected " + expected + "\n" + export);
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void theSmallModelItselfLoads() throws Exception {
        Path file = HostileModelFile.small().write(folder, "small.iam.json");
        CommandRun run = CommandRun.of("analyze", file.toString(), "--principal", "alice");
        assertEquals(0, run.exit(), run.toString());
    }

    @Test
    void unitsThatAreTheirOwnAncestors() throws Exception {
        HostileModelFile model = HostileModelFile.small()
                .entity("{\"kind\": \"root\", \"id\": \"r-ab12\", \"name\": \"Root\"}")
                .entity(HostileModelFile.unit("ou-a", "ou-b"))
                .entity(HostileModelFile.unit("ou-b", "ou-a"));
        refused(model, HostileModelFile.entityLine(4) + ":1",
                "meaning ($.entities[4]): the organizational unit \"ou-b\" is its own ancestor: the units of an"
                        + " organization form a tree under its root");
    }

    @Test
    void unitsNestedDeeperThanAwsAllows() throws Exception {
        HostileModelFile model = HostileModelFile.small()
                .entity("{\"kind\": \"root\", \"id\": \"r-ab12\", \"name\": \"Root\"}");
        String parent = "r-ab12";
        for (int level = 1; level <= 6; level++) {
            model.entity(HostileModelFile.unit("ou-" + level, parent));
            parent = "ou-" + level;
        }
        int sixth = model.entities() - 1;
        refused(model, HostileModelFile.entityLine(sixth) + ":1", "meaning ($.entities[" + sixth + "]): the"
                + " organizational unit \"ou-5\" is too deep to hold this: AWS Organizations nests units at most 5"
                + " levels below the root");
    }

    @Test
    void aCoordinateBeyondADouble() throws Exception {
        HostileModelFile model = HostileModelFile.small();
        model.node("\"dev\": {\"x\": 1e400, \"y\": 40}");
        String line = "\"dev\": {\"x\": 1e400, \"y\": 40}";
        refused(model, model.nodeLine(1) + ":" + (line.indexOf("1e400") + 1),
                "structure ($.layout.nodes.dev.x): \"x\" is 1e400: a coordinate or size is a number from -10000000 to"
                        + " 10000000");
    }

    @Test
    void aRelationListedTwice() throws Exception {
        HostileModelFile model = HostileModelFile.small()
                .relation("{\"kind\": \"memberOf\", \"from\": \"alice\", \"to\": \"dev\"}");
        refused(model, model.relationLine(1) + ":1", "structure ($.relations[1]): this relation is also at line "
                + model.relationLine(0) + ": a relation is listed once");
    }

    @Test
    void aFieldThisVersionDoesNotKnow() throws Exception {
        String line = "{\"kind\": \"group\", \"id\": \"ops\", \"name\": \"ops\", \"account\": \"111111111111\", \"path\": \"/\","
                + " \"colour\": \"teal\"}";
        HostileModelFile model = HostileModelFile.small().entity(line);
        // the place of its value, which would be lost on saving
        refused(model, HostileModelFile.entityLine(3) + ":" + (line.indexOf("\"teal\"") + 1), "structure"
                + " ($.entities[3].colour): \"colour\" is not a field this version of IAM Modeller knows here (a newer"
                + " version may have written it); it would be lost on saving, so the file is not opened");
    }

    @Test
    void twoUsersWhoseNamesDifferOnlyInCase() throws Exception {
        HostileModelFile model = HostileModelFile.small().entity(HostileModelFile.user("Alice-2", "Alice"));
        refused(model, HostileModelFile.entityLine(3) + ":1", "meaning ($.entities[3]): another user of account"
                + " 111111111111 is also named \"Alice\" (IAM names ignore case: Alice and alice are one name)");
    }

    @Test
    void anExportNamingOneUserTwiceIsNotImported() throws Exception {
        String alice = "{\"Path\": \"/\", \"UserName\": \"%s\", \"UserId\": \"AIDAAAAAAAAAAAAAAAAA%d\", \"Arn\":"
                + " \"arn:aws:iam::111111111111:user/%s\", \"CreateDate\": \"2020-01-01T00:00:00Z\", \"GroupList\": [],"
                + " \"AttachedManagedPolicies\": [], \"UserPolicyList\": []}";
        Path export = Files.writeString(folder.resolve("export.json"), "{\"UserDetailList\": [\n"
                + String.format(alice, "Alice", 1, "Alice") + ",\n" + String.format(alice, "alice", 2, "alice")
                + "\n], \"GroupDetailList\": [], \"RoleDetailList\": [], \"Policies\": []}\n");
        Path model = folder.resolve("imported.iam.json");
        CommandRun run = CommandRun.of("import", export.toString(), "-o", model.toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().startsWith(export + ":3:1 ($.UserDetailList[1]): the user \"alice\" and \"Alice\" (line 2)"
                + " are one name to IAM"), run.toString());
        assertFalse(Files.exists(model), "nothing is written");
    }
}
