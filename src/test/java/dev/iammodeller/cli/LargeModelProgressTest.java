package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.authz.SyntheticAuthorizationDetails;
import dev.iammodeller.model.IamModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --escalations} and {@code --findings}, and {@code diff}, of a large model (500 users, groups and roles
 * or more) say on standard error how far the escalations have come, every tenth of the way; a small model's run says
 * nothing there, and the report itself is untouched.
 */
class LargeModelProgressTest {
    @TempDir
    static Path folder;
    private static Path large;
    private static long principals;
    /** Whose escalations they are: the users and roles (groups have none of their own), as "1,234 users and roles". */
    private static String usersAndRoles;

    @BeforeAll
    static void aLargeGeneratedAccount() throws Exception {
        IamModel imported = SyntheticAuthorizationDetails.imported(
                new SyntheticAuthorizationDetails.Shape("123456789012", 300, 30, 250, 60, 11L));
        principals = dev.iammodeller.diagram.OpeningView.identities(imported);
        usersAndRoles = String.format(java.util.Locale.ROOT, "%,d users and roles", imported.all(dev.iammodeller.model.User.class)
                .size() + imported.all(dev.iammodeller.model.Role.class).size());
        large = folder.resolve("large.iam.json");
        ModelFile.write(imported, large);
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AnalyzeCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aLargeModelsEscalationsSayHowFarTheyHaveComeOnStandardError() {
        assertTrue(principals >= 500, "a large model: " + principals);
        String[] run = run(large.toString(), "--escalations");
        List<String> lines = Arrays.asList(run[1].strip().split("\\R"));
        String said = "analyze: working out the escalations of " + usersAndRoles + ": ";
        assertEquals(11, lines.size(), run[1]);
        for (int tenth = 0; tenth <= 10; tenth++) {
            assertEquals(said + tenth * 10 + "%", lines.get(tenth));
        }
        assertFalse(run[0].contains("working out"), "the report on standard output is the report alone");
        assertTrue(run[0].startsWith(run(large.toString(), "--escalations")[0].substring(0, 40)));
    }

    @Test
    void findingsSayItTooAndASmallModelSaysNothing() throws Exception {
        assertTrue(run(large.toString(), "--findings")[1].contains("working out the escalations of " + usersAndRoles
                + ": 100%"));
        String example = Path.of(LargeModelProgressTest.class.getResource("/examples/07-provisioning-escalation.iam.json")
                .toURI()).toString();
        assertEquals("", run(example, "--escalations")[1]);
        assertEquals("", run(example, "--findings")[1]);
        assertEquals("", run(large.toString(), "--escalations", "--all-paths")[1], "every path is written as it is found");
    }

    @Test
    void diffSaysItForEachLargeModelNamingIt() throws Exception {
        java.nio.file.Path copy = folder.resolve("copy.iam.json");
        java.nio.file.Files.copy(large, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DiffCommand.run(List.of(large.toString(), copy.toString()), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, "the same model twice grants nothing new");
        List<String> lines = Arrays.asList(err.toString(StandardCharsets.UTF_8).strip().split("\\R"));
        assertEquals(22, lines.size(), lines.toString());
        assertEquals("diff: working out the escalations of " + usersAndRoles + " of large.iam.json: 0%", lines.get(0));
        assertEquals("diff: working out the escalations of " + usersAndRoles + " of copy.iam.json: 100%",
                lines.get(21));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("working out"));
    }
}
