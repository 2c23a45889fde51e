package dev.iammodeller.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of docs/architecture.md: the domain never touches JavaFX, and nothing points back. */
class LayeringTest {
    private static final String BASE = "dev.iammodeller";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    @Test
    void nothingOutsideAppImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage(BASE + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(classes);
    }

    @Test
    void catalogIsALeaf() {
        noClasses().that().resideInAPackage(BASE + ".catalog..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".policy..", BASE + ".eval..",
                        BASE + ".model..", BASE + ".analysis..", BASE + ".io..", BASE + ".cli..", BASE + ".app..",
                        BASE + ".diagram..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void policyDependsOnlyOnCatalog() {
        noClasses().that().resideInAPackage(BASE + ".policy..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".eval..", BASE + ".model..",
                        BASE + ".analysis..", BASE + ".io..", BASE + ".cli..", BASE + ".app..", BASE + ".diagram..")
                .check(classes);
    }

    @Test
    void evalKnowsNoGraphModelOrUi() {
        noClasses().that().resideInAPackage(BASE + ".eval..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".model..", BASE + ".analysis..",
                        BASE + ".io..", BASE + ".cli..", BASE + ".app..", BASE + ".diagram..")
                .check(classes);
    }

    /** The drawing (layout, what to draw) is shared by the canvas and exporters: it knows the model, not its users. */
    @Test
    void diagramKnowsTheModelButNotAppCliIoOrAnalysis() {
        noClasses().that().resideInAPackage(BASE + ".diagram..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".app..", BASE + ".cli..", BASE + ".io..",
                        BASE + ".analysis..")
                .check(classes);
    }

    @Test
    void theModelDoesNotKnowHowItIsDrawnStoredOrAnalysed() {
        noClasses().that().resideInAPackage(BASE + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".diagram..", BASE + ".io..",
                        BASE + ".analysis..")
                .check(classes);
    }

    @Test
    void noDomainPackageDependsOnCliOrApp() {
        noClasses().that().resideInAnyPackage(BASE + ".policy..", BASE + ".eval..", BASE + ".model..",
                        BASE + ".analysis..", BASE + ".catalog..", BASE + ".io..", BASE + ".diagram..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".cli..", BASE + ".app..")
                .check(classes);
    }

    @Test
    void theDrawingKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage(BASE + ".diagram..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".app..", BASE + ".cli..", BASE + ".io..",
                        BASE + ".analysis..")
                .check(classes);
    }

    @Test
    void appAndCliDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage(BASE + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".app..").check(classes);
        noClasses().that().resideInAPackage(BASE + ".app..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".cli..").check(classes);
    }

    /**
     * The layers of docs/architecture.md as one rule: each layer is reached only from the layers above it
     * (the launcher starts the window or a command; app and cli are both tops and never meet).
     */
    @Test
    void theLayersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy(BASE)
                .layer("App").definedBy(BASE + ".app..")
                .layer("Cli").definedBy(BASE + ".cli..")
                .layer("Io").definedBy(BASE + ".io..")
                .layer("Analysis").definedBy(BASE + ".analysis..")
                .layer("Diagram").definedBy(BASE + ".diagram..")
                .layer("Model").definedBy(BASE + ".model..")
                .layer("Eval").definedBy(BASE + ".eval..")
                .layer("Policy").definedBy(BASE + ".policy..")
                .layer("Catalog").definedBy(BASE + ".catalog..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("App", "Cli")
                .whereLayer("Analysis").mayOnlyBeAccessedByLayers("App", "Cli", "Io")
                .whereLayer("Diagram").mayOnlyBeAccessedByLayers("App", "Cli", "Io")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("App", "Cli", "Io", "Analysis", "Diagram")
                .whereLayer("Eval").mayOnlyBeAccessedByLayers("App", "Cli", "Io", "Analysis")
                .whereLayer("Policy").mayOnlyBeAccessedByLayers("App", "Cli", "Io", "Analysis", "Diagram", "Model", "Eval")
                .whereLayer("Catalog").mayOnlyBeAccessedByLayers("App", "Cli", "Io", "Analysis", "Diagram", "Model",
                        "Eval", "Policy")
                .check(classes);
    }

    /** No package is in a cycle, not even two subpackages of one layer (app's root is the composition root only). */
    @Test
    void noPackageIsInACycle() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(classes);
    }
}
