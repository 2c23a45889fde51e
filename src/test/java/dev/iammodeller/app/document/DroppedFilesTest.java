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
    void aModelFileOrAPictureOpensOtherJsonIsImportedTheRestIsNotTaken() {
        Path model = Path.of("estate.IAM.JSON");
        Path export = Path.of("account.json");
        assertEquals(new DroppedFiles(model, List.of()), DroppedFiles.of(List.of(export, model)).orElseThrow());
        assertEquals(new DroppedFiles(null, List.of(export)), DroppedFiles.of(List.of(export, Path.of("notes.txt"))).orElseThrow());
        assertEquals(new DroppedFiles(Path.of("model.PNG"), List.of()), DroppedFiles.of(List.of(Path.of("model.PNG"))).orElseThrow(),
                "a PNG or SVG export carries its model");
        assertTrue(DroppedFiles.of(List.of(Path.of("photo.jpg"))).isEmpty());
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
