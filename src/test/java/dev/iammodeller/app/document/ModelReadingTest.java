package dev.iammodeller.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.export.ExportFormat;
import dev.iammodeller.io.export.ExportOptions;
import dev.iammodeller.io.export.Exported;
import dev.iammodeller.io.export.Exporter;
import dev.iammodeller.model.IamModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Open of a picture: an exported PNG or SVG opens its model (untitled), any other picture is refused. */
class ModelReadingTest {
    @Test
    void anExportedPictureOpensItsModelAndSavingWillAskWhere(@TempDir Path dir) throws Exception {
        IamModel model = ExampleModels.load(ExampleModels.first());
        for (ExportFormat format : new ExportFormat[] {ExportFormat.PNG, ExportFormat.SVG}) {
            Path picture = dir.resolve("estate." + format.word());
            Files.write(picture, ((Exported.Single) Exporter.export(model, format, ExportOptions.DEFAULT)).bytes());
            ModelReading reading = ModelReading.of(picture);
            assertTrue(reading.loaded(), reading.problems().toString());
            assertEquals(model, reading.model());
            assertTrue(reading.fromPicture(), "opened untitled, so that Save never writes JSON over the picture");
        }
        Path file = dir.resolve("estate.iam.json");
        ModelFile.write(model, file);
        assertFalse(ModelReading.of(file).fromPicture());
    }

    @Test
    void aPictureWithoutAModelIsRefusedSayingSo(@TempDir Path dir) throws Exception {
        Path photo = dir.resolve("photo.png");
        ImageIO.write(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        ModelReading reading = ModelReading.of(photo);
        assertFalse(reading.loaded());
        assertTrue(reading.problems().get(0).contains("without a model inside"), reading.problems().toString());
    }
}
