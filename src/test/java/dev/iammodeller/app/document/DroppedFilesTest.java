package dev.iammodeller.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.IamModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a drop means, and what the title says. */
class DroppedFilesTest {
    @Test
    void aModelFileOpensOtherJsonIsImportedTheRestIsNotTaken() {
        Path model = Path.of("estate.IAM.JSON");
        Path export = Path.of("account.json");
        assertEquals(new DroppedFiles(model, List.of()), DroppedFiles.of(List.of(export, model)).orElseThrow());
        assertEquals(new DroppedFiles(null, List.of(export)), DroppedFiles.of(List.of(export, Path.of("notes.txt"))).orElseThrow());
        assertTrue(DroppedFiles.of(List.of(Path.of("picture.png"))).isEmpty());
    }

    @Test
    void theTitleNamesTheFileOrTheModelAndMarksUnsavedChanges() {
        IamModel example = ExampleModels.load(ExampleModels.first());
        assertEquals("estate.iam.json — IAM Modeller", WindowTitle.text(Path.of("/m/estate.iam.json"), example, false));
        assertEquals("• estate.iam.json — IAM Modeller", WindowTitle.text(Path.of("/m/estate.iam.json"), example, true));
        assertEquals("• " + example.title() + " — IAM Modeller", WindowTitle.text(null, example, true));
        assertEquals("Untitled — IAM Modeller", WindowTitle.text(null, IamModel.EMPTY, false));
    }
}
