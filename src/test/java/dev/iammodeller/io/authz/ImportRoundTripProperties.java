package dev.iammodeller.io.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelRules;
import dev.iammodeller.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the importer writes always reopens: for every export fixture and for generated exports of several
 * shapes and seeds (service-linked and Identity Center roles with policies among them), import, save, open,
 * analyze and save again: the model breaks no rule, opens without a problem, and the second save is
 * byte-identical to the first.
 */
class ImportRoundTripProperties {
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of(List.of("cloudmapper-demo.json")),
                Arguments.of(List.of("test_files_example-authz-details.json")),
                Arguments.of(List.of("test_files_example_authz_details_for_overrides_complete.json")),
                Arguments.of(List.of("test_files_example_authz_v2.json")),
                Arguments.of(List.of("handwritten/features.json")),
                Arguments.of(List.of("handwritten/paged-1.json", "handwritten/paged-2.json")),
                Arguments.of(List.of("handwritten/production-account.json")),
                Arguments.of(List.of("handwritten/hand-merged-two-accounts.json")),
                Arguments.of(List.of("handwritten/production-account.json", "handwritten/features.json",
                        "cloudmapper-demo.json")));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureReopensAndSavesTheSameTwice(List<String> names) throws Exception {
        assertRoundTrip(AuthorizationImportFixturesTest.importFixtures(names.toArray(String[]::new)).model(), names.toString());
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(new SyntheticAuthorizationDetails.Shape("123456789012", 20, 5, 30, 12, 1L)),
                Arguments.of(new SyntheticAuthorizationDetails.Shape("210987654321", 7, 2, 45, 3, 2L)),
                Arguments.of(new SyntheticAuthorizationDetails.Shape("333344445555", 40, 9, 14, 25, 3L)),
                Arguments.of(new SyntheticAuthorizationDetails.Shape("123456789012", 1, 1, 60, 1, 4L)),
                Arguments.of(new SyntheticAuthorizationDetails.Shape("444455556666", 25, 0, 25, 0, 5L)));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void everyGeneratedExportReopensAndSavesTheSameTwice(SyntheticAuthorizationDetails.Shape shape,
                                                          @TempDir Path folder) throws Exception {
        Path export = folder.resolve("export.json");
        SyntheticAuthorizationDetails.write(export, shape);
        IamModel model = AuthorizationImport.importFiles(List.of(export), ImportProgress.NONE).model();
        if (shape.roles() > 14) {
            assertEquals(true, model.all(Role.class).stream().anyMatch(Role::serviceLinked), "a service-linked role");
        }
        Path saved = folder.resolve("export.iam.json");
        ModelFile.write(model, saved);
        IamModel reopened = ModelFile.read(saved);
        Findings.of(Catalog.load(), new AccessCheck(reopened));
        Path again = folder.resolve("again.iam.json");
        ModelFile.write(reopened, again);
        assertEquals(Files.readString(saved), Files.readString(again), shape.toString());
        assertEquals(List.of(), ModelRules.check(reopened), shape.toString());
    }

    private static void assertRoundTrip(IamModel imported, String what) throws Exception {
        assertEquals(List.of(), ModelRules.check(imported), what);
        String first = ModelFile.toJson(imported);
        IamModel reopened = ModelFile.read(first, "imported.iam.json");
        Findings.of(Catalog.load(), new AccessCheck(reopened));
        assertEquals(first, ModelFile.toJson(reopened), what);
        assertEquals(imported, reopened, what);
    }
}
