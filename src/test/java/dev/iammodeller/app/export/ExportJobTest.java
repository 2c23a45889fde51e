package dev.iammodeller.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.app.document.Preferences;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.work.CurrentThreadWork;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.export.ExportFixtures;
import dev.iammodeller.io.export.ExportFormat;
import dev.iammodeller.io.export.ExportOptions;
import dev.iammodeller.model.IamModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's export: written whole, the folder remembered, a failure shown, one at a time. */
class ExportJobTest {
    @TempDir
    Path home;
    private final List<String> problems = new ArrayList<>();

    @Test
    void aFileIsWrittenAndItsFolderKeptInThePreferences() throws Exception {
        Preferences preferences = Preferences.load(home.resolve("preferences.json"));
        ExportJob job = new ExportJob(new CurrentThreadWork(), preferences, problems::add);
        Path out = home.resolve("slides/scenario.graphml");
        job.start(example(), ExportFormat.GRAPHML, ExportOptions.DEFAULT, out);
        String xml = Files.readString(out);
        assertTrue(xml.contains("<graphml"), xml.substring(0, Math.min(200, xml.length())));
        assertTrue(xml.contains("report-logger"), "the role is a node");
        assertEquals("Exported graphml to " + out, job.messageProperty().get());
        assertFalse(job.busyProperty().get());
        assertEquals(home.resolve("slides"), Preferences.load(home.resolve("preferences.json")).lastExportFolder().orElseThrow(),
                "written to the preferences file");
        assertEquals(List.of(), problems);
    }

    @Test
    void policyFilesNeverReplaceAFolderOfOtherFiles() throws Exception {
        Path work = Files.createDirectories(home.resolve("work"));
        Files.writeString(work.resolve("notes.txt"), "mine");
        ExportJob job = new ExportJob(new CurrentThreadWork(), Preferences.notKept(), problems::add);
        job.start(example(), ExportFormat.POLICIES, ExportOptions.DEFAULT, work);
        assertEquals("mine", Files.readString(work.resolve("notes.txt")), "the user's file is still there");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("holds other files"), problems.get(0));
        assertTrue(job.messageProperty().get().startsWith("Not exported: "), job.messageProperty().get());

        Path fresh = home.resolve("policies");
        job.start(example(), ExportFormat.POLICIES, ExportOptions.DEFAULT, fresh);
        assertTrue(Files.isRegularFile(fresh.resolve("index.json")));
        job.start(example(), ExportFormat.POLICIES, ExportOptions.DEFAULT, fresh);
        assertEquals(1, problems.size(), "an earlier export (it has index.json) is replaced");
        job.start(example(), ExportFormat.POLICIES, ExportOptions.DEFAULT, home.resolve("policies.zip"));
        assertTrue(Files.size(home.resolve("policies.zip")) > 100);
    }

    @Test
    void aSecondExportWaitsForTheFirst() throws Exception {
        List<Runnable> held = new ArrayList<>();
        BackgroundWork later = new BackgroundWork() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
                held.add(() -> onResult.accept(work.get()));
            }
        };
        ExportJob job = new ExportJob(later, Preferences.notKept(), problems::add);
        job.start(example(), ExportFormat.DOT, ExportOptions.DEFAULT, home.resolve("a.dot"));
        assertTrue(job.busyProperty().get());
        assertEquals("Exporting dot to a.dot…", job.messageProperty().get());
        job.start(example(), ExportFormat.DOT, ExportOptions.DEFAULT, home.resolve("b.dot"));
        assertEquals(1, held.size(), "ignored while one runs");
        held.get(0).run();
        assertFalse(job.busyProperty().get());
        assertTrue(Files.exists(home.resolve("a.dot")));
        assertFalse(Files.exists(home.resolve("b.dot")));
    }

    @Test
    void aPdfOfALargeModelListsTheEscalationFindingsOfTheWindowsAnalysis() throws Exception {
        IamModel model = ExportFixtures.manyPrincipalsWithAnAdminAndAnEscalation();
        List<IamModel> asked = new ArrayList<>();
        ModelAnalysis windows = new ModelAnalysis(Catalog.load(), model);
        ExportJob job = new ExportJob(new CurrentThreadWork(), Preferences.notKept(), problems::add, wanted -> {
            asked.add(wanted);
            return windows;
        });
        job.start(model, ExportFormat.GRAPHML, ExportOptions.DEFAULT, home.resolve("big.graphml"));
        assertEquals(List.of(), asked, "a format that draws no findings nor highlights asks for no analysis");

        job.start(model, ExportFormat.PDF, ExportOptions.DEFAULT, home.resolve("big.pdf"));
        assertEquals(1, asked.size());
        assertSame(model, asked.get(0), "the analysis of the very model value exported");
        String text = pdfText(home.resolve("big.pdf"));
        assertTrue(text.contains("ESCALATION") && text.contains("ADMIN_EQUIVALENT"), "every finding is listed");
        assertFalse(text.contains("are left out here"));
        assertEquals("Exported pdf to " + home.resolve("big.pdf"), job.messageProperty().get(), "no note of anything left out");

        new ExportJob(new CurrentThreadWork(), Preferences.notKept(), problems::add)
                .start(model, ExportFormat.PDF, ExportOptions.DEFAULT, home.resolve("alone.pdf"));
        String alone = pdfText(home.resolve("alone.pdf"));
        assertTrue(alone.contains("are left out here") && !alone.contains("ESCALATION"),
                "without the window's analysis the escalation findings of so large a model are left out");
        assertEquals(List.of(), problems);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static IamModel example() throws Exception {
        try (InputStream in = ExportJobTest.class.getResourceAsStream("/examples/01-group-vs-service-role.iam.json")) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "01");
        }
    }
}
