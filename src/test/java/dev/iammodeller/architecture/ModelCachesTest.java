package dev.iammodeller.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.WeakHashMap;
import org.junit.jupiter.api.Test;

/** Issue 14: one analysis per model value owns every cache; nothing keeps answers about models in a static map. */
class ModelCachesTest {
    private static IamModel example(String file) throws Exception {
        try (InputStream in = ModelCachesTest.class.getResourceAsStream("/examples/" + file)) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        }
    }

    @Test
    void noClassKeepsAnswersInAWeakHashMap() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.iammodeller");
        noClasses().should().callConstructor(WeakHashMap.class)
                .because("caches of a model value live in its ModelAnalysis, not in static maps keyed by models")
                .check(classes);
    }

    @Test
    void anAnalysisAnswersEachQuestionOnceAndAnotherAnalysisAgain() throws Exception {
        IamModel model = example("02-organization-admin-access.iam.json");
        Catalog catalog = Catalog.load();
        ModelAnalysis analysis = new ModelAnalysis(catalog, model);
        assertSame(analysis.assumable("bob"), analysis.assumable("bob"));
        assertSame(analysis.forward("bob"), analysis.forward("bob"));
        ModelAnalysis other = new ModelAnalysis(catalog, model);
        assertNotSame(analysis.assumable("bob"), other.assumable("bob"), "a second analysis of the value keeps its own answers");
    }
}
