package dev.iammodeller.io.authz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.authz.SyntheticAuthorizationDetails.Shape;
import dev.iammodeller.io.authz.SyntheticAuthorizationDetails.Written;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.RelationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic exports import with the counts the generator wrote, whole or as pages. */
class AuthorizationImportSyntheticTest {
    private static final Shape SHAPE = new Shape("210987654321", 120, 25, 90, 60);

    private static void assertImports(Written written, ImportResult result) {
        assertEquals("imported " + written.users() + " users, " + written.groups() + " groups, " + written.roles()
                + " roles, " + written.policies() + " policies from 1 account", result.summary());
        assertEquals(List.of(), result.notes());
        assertEquals(written.inlinePolicies(), result.model().all(InlinePolicy.class).size());
        assertEquals(written.memberships(), count(result, RelationKind.MEMBER_OF));
        assertEquals(written.attachments(), count(result, RelationKind.ATTACHED_TO));
        assertEquals(written.boundaries(), count(result, RelationKind.BOUNDARY_OF));
    }

    private static long count(ImportResult result, RelationKind kind) {
        return result.model().relations().stream().filter(r -> r.kind() == kind).count();
    }

    @Test
    void oneFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("synthetic.json");
        Written written = SyntheticAuthorizationDetails.write(file, SHAPE);
        assertEquals(List.of(120, 25, 90, 60, 16), List.of(written.users(), written.groups(), written.roles(),
                written.customerPolicies(), written.awsPolicies()));
        assertImports(written, AuthorizationImport.importFiles(List.of(file), ImportProgress.NONE));
    }

    @Test
    void pages(@TempDir Path folder) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            files.add(folder.resolve("page-" + i + ".json"));
        }
        Written written = SyntheticAuthorizationDetails.writePages(files, SHAPE);
        assertImports(written, AuthorizationImport.importFiles(List.of(files.get(2), files.get(0), files.get(1)),
                ImportProgress.NONE));
    }

    @Test
    void theGeneratorIsDeterministic(@TempDir Path folder) throws Exception {
        Path a = folder.resolve("a.json");
        Path b = folder.resolve("b.json");
        SyntheticAuthorizationDetails.write(a, SHAPE);
        SyntheticAuthorizationDetails.write(b, SHAPE);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void largeFilesReportTheirProgress(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("large.json");
        Written written = SyntheticAuthorizationDetails.write(file, new Shape("210987654321", 400, 40, 300, 150));
        List<Integer> reported = new ArrayList<>();
        AuthorizationImport.importFiles(List.of(file), (name, percent) -> reported.add(percent));
        assertTrue(written.bytes() >= ExportReader.PROGRESS_MIN_CHARS, "the file is " + written.bytes() + " bytes");
        assertEquals(100, reported.get(reported.size() - 1));
        assertEquals(reported.stream().sorted().distinct().toList(), reported);
    }
}
