package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.authz.SyntheticAuthorizationDetails;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.RelationKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command's contract: the summary line, progress and notes on stderr, exit codes, nothing half-written. */
class ImportCommandTest {
    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String fixture(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/authz-details/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsOneAccountAndPrintsTheSummary(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("goat.iam.json");
        Run run = run(fixture("test_files_example_authz_v2.json"), "-o", model.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("imported 1 user, 1 group, 2 roles, 3 policies from 1 account\n", run.out().replace("\r\n", "\n"));
        // AdministratorAccess is attached but not listed: taken from the catalogue, and said so.
        assertTrue(run.err().contains("note: arn:aws:iam::aws:policy/AdministratorAccess is not in the export"), run.err());
        IamModel loaded = ModelFile.read(model);
        assertEquals(List.of("policy-aws-AdministratorAccess"),
                loaded.to("group-012345678901-GOAT", RelationKind.ATTACHED_TO).stream().map(r -> r.from()).toList());
    }

    @Test
    void severalAccountsIntoOneModel(@TempDir Path dir) {
        Path model = dir.resolve("estate.iam.json");
        Run run = run("-o", model.toString(), fixture("cloudmapper-demo.json"),
                fixture("test_files_example-authz-details.json"));
        assertEquals(0, run.exit(), run.err());
        // 2 + 3 users, 1 + 2 groups, 4 + 3 roles, 2 + 32 policies (none shared).
        assertEquals("imported 5 users, 3 groups, 7 roles, 34 policies from 2 accounts\n", run.out().replace("\r\n", "\n"));
        assertTrue(Files.exists(model));
    }

    @Test
    void aRefusedFileExitsOneWithItsPlaceAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"UserDetailList\": [\n    {\"UserName\": \"a\"", StandardCharsets.UTF_8);
        Path model = dir.resolve("out.iam.json");
        Run run = run(fixture("cloudmapper-demo.json"), bad.toString(), "-o", model.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        // Line 3 is `    {"UserName": "a"` (20 characters): the text ends at column 21.
        assertTrue(run.err().startsWith(bad + ":3:21: "), run.err());
        assertTrue(run.err().contains("ends too early"), run.err());
        assertFalse(Files.exists(model));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(bad), files.toList());
        }
    }

    @Test
    void aRefusedFileLeavesAnEarlierModelAlone(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("out.iam.json");
        Files.writeString(model, "earlier", StandardCharsets.UTF_8);
        Run run = run(fixture("handwritten/paged-1.json"), "-o", model.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(fixture("handwritten/paged-1.json") + ":24:20 ($.IsTruncated): "), run.err());
        assertEquals("earlier", Files.readString(model, StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        String out = dir.resolve("x.iam.json").toString();
        for (String[] args : List.of(new String[0], new String[] {fixture("cloudmapper-demo.json")},
                new String[] {"-o", out}, new String[] {fixture("cloudmapper-demo.json"), "-o"},
                new String[] {"--frobnicate", fixture("cloudmapper-demo.json"), "-o", out})) {
            Run run = run(args);
            assertEquals(2, run.exit(), String.join(" ", args));
            assertTrue(run.err().contains("usage: iam-modeller import FILE... -o MODEL.iam.json"), run.err());
            assertEquals("", run.out());
        }
        Run missing = run(dir.resolve("missing.json").toString(), "-o", out);
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("missing.json: no such file"), missing.err());
    }

    @Test
    void largeFilesShowProgress(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        SyntheticAuthorizationDetails.write(big,
                new SyntheticAuthorizationDetails.Shape("210987654321", 400, 40, 300, 150));
        Run run = run(big.toString(), "-o", dir.resolve("big.iam.json").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("reading " + big + ": 10%"), run.err());
        assertTrue(run.err().contains("reading " + big + ": 100%"), run.err());
        assertEquals("imported 400 users, 40 groups, 300 roles, 166 policies from 1 account\n",
                run.out().replace("\r\n", "\n"));
    }

    @Test
    void anOrganizationFolderImportsTheOrganizationIdentityCenterAndEachAccount(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("organization.iam.json");
        String folder = Path.of(ImportCommandTest.class.getResource("/organization/example").toURI()).toString();
        Run run = run(folder, "-o", model.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("imported 1 user, 0 groups, 3 roles, 2 policies from 3 accounts; organization o-a1b2c3d4e5: 2 units,"
                + " 4 accounts, 3 SCPs and RCPs; Identity Center: 3 users, 2 groups, 3 permission sets, 6 assignments",
                run.out().strip());
        assertTrue(java.nio.file.Files.readString(model).contains("\"kind\": \"permissionSet\""));
    }

    @Test
    void aFolderThatIsNoOrganizationFolderIsAUsageError(@TempDir Path dir) {
        Run run = run(dir.toString(), "-o", dir.resolve("m.iam.json").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("describe-organization.json"), run.err());
    }
}
