package dev.iammodeller.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.export.ExportFormat;
import dev.iammodeller.io.export.ExportOptions;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.junit.jupiter.api.Test;

/** What File › Export… offers for each format and what it asks of the exporter. */
class ExportSettingsTest {
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final ExportSettings settings = new ExportSettings(selection);

    @Test
    void theFirstFormatOfferedIsOneThisVersionCanWrite() {
        assertTrue(settings.formatProperty().get().available());
        assertEquals(10, ExportSettings.formats().size(), "every format is listed, the unavailable ones disabled");
    }

    @Test
    void aFormatThisVersionCannotWriteSaysSo() {
        for (ExportFormat format : ExportSettings.formats()) {
            assertEquals(!format.available(), ExportSettings.label(format).endsWith(": not in this version yet"),
                    format.word());
        }
        assertEquals("draw.io diagram (.drawio)", ExportSettings.label(ExportFormat.DRAWIO));
        assertEquals("Policy JSON files (.zip, or a folder)", ExportSettings.label(ExportFormat.POLICIES));
    }

    @Test
    void theScaleAndHighlightsApplyToPicturesTheThemeToWhatIsDrawn() {
        settings.formatProperty().set(ExportFormat.DOT);
        assertFalse(settings.scaleApplies().get());
        assertTrue(settings.themeApplies().get());
        settings.formatProperty().set(ExportFormat.PNG);
        assertTrue(settings.scaleApplies().get());
        assertTrue(settings.themeApplies().get());
        settings.formatProperty().set(ExportFormat.TERRAFORM);
        assertFalse(settings.themeApplies().get(), "Terraform has no colours");
    }

    @Test
    void onlyTheSelectionNeedsOneSelectedNodeAndADiagram() {
        settings.formatProperty().set(ExportFormat.MERMAID);
        assertFalse(settings.onlySelectionApplies().get(), "nothing selected");
        selection.add("alice");
        assertTrue(settings.onlySelectionApplies().get());
        assertFalse(settings.highlightsApply().get(), "Mermaid shows no highlights");
        selection.add("dev");
        assertFalse(settings.onlySelectionApplies().get(), "two selected: which neighbourhood?");
        selection.remove("dev");
        settings.formatProperty().set(ExportFormat.POLICIES);
        assertFalse(settings.onlySelectionApplies().get(), "policy files are every policy of the model");
    }

    @Test
    void theOptionsCarryTheThemeTheSelectedNodeAndYaml() {
        selection.add("alice");
        settings.formatProperty().set(ExportFormat.DRAWIO);
        settings.darkProperty().set(true);
        assertEquals(ExportOptions.DEFAULT.withDark(true), settings.options(Path.of("out.drawio")),
                "only the selection is off");
        settings.onlySelectionProperty().set(true);
        assertEquals("alice", settings.options(Path.of("out.drawio")).selected());
        settings.formatProperty().set(ExportFormat.CLOUDFORMATION);
        ExportOptions template = settings.options(Path.of("stack.YAML"));
        assertTrue(template.yaml());
        assertFalse(template.dark(), "no theme for a template");
        assertNull(template.selected());
        assertFalse(settings.options(Path.of("stack.json")).yaml());
    }

    @Test
    void aPictureGetsTheScaleChosenAndItsHighlights() {
        selection.add("alice");
        settings.formatProperty().set(ExportFormat.PNG);
        settings.scaleProperty().set(3);
        ExportOptions png = settings.options(Path.of("out.png"));
        assertEquals(3.0, png.scale());
        assertEquals("alice", png.selected(), "the selected node's highlights are drawn");
        settings.formatProperty().set(ExportFormat.DRAWIO);
        assertEquals(1.0, settings.options(Path.of("out.drawio")).scale(), "a diagram file has no scale");
    }

    @Test
    void theNameSuggestedComesFromTheModelsFileOrTitle() {
        settings.formatProperty().set(ExportFormat.GRAPHML);
        assertEquals("estate.graphml", settings.suggestedName("Ignored", Path.of("/m/estate.iam.json")));
        assertEquals("a-group-versus-a-role.graphml", settings.suggestedName("A group versus a role!", null));
        settings.formatProperty().set(ExportFormat.POLICIES);
        assertEquals("estate-policies.zip", settings.suggestedName("", Path.of("estate.iam.json")));
        assertEquals("untitled-policies.zip", settings.suggestedName("***", null));
    }

    @Test
    void theChooserStartsWhereTheLastExportWentElseBesideTheModel(@org.junit.jupiter.api.io.TempDir Path home)
            throws java.io.IOException {
        Path exported = java.nio.file.Files.createDirectory(home.resolve("exports"));
        Path models = java.nio.file.Files.createDirectory(home.resolve("models"));
        Path opened = java.nio.file.Files.createDirectory(home.resolve("opened"));
        Path model = models.resolve("estate.iam.json");
        java.util.Optional<Path> none = java.util.Optional.empty();
        java.util.Optional<Path> lastOpened = java.util.Optional.of(opened);
        assertEquals(exported,
                ExportSettings.startFolder(java.util.Optional.of(exported), model, lastOpened).orElseThrow());
        assertEquals(models, ExportSettings.startFolder(none, model, lastOpened).orElseThrow(),
                "never exported: beside the model, as a file named on the command line");
        java.util.Optional<Path> gone = java.util.Optional.of(home.resolve("gone"));
        assertEquals(models, ExportSettings.startFolder(gone, model, none).orElseThrow(),
                "a folder exported to, no longer there");
        assertEquals(opened, ExportSettings.startFolder(none, null, lastOpened).orElseThrow(), "a model never saved");
        assertTrue(ExportSettings.startFolder(none, null, none).isEmpty(), "the chooser's own start");
    }

    @Test
    void aNameTypedWithoutAnEndingGetsTheFormats() {
        assertEquals(Path.of("/x/model.tf"), ExportSettings.withExtension(Path.of("/x/model"), ExportFormat.TERRAFORM));
        assertEquals(Path.of("/x/model.gv"), ExportSettings.withExtension(Path.of("/x/model.gv"), ExportFormat.DOT));
        assertEquals(Path.of("/x/policies"), ExportSettings.withExtension(Path.of("/x/policies"), ExportFormat.POLICIES),
                "a folder");
    }
}
