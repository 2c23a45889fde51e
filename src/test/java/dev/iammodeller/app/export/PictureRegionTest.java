package dev.iammodeller.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Copy as Image and Print take a picture of, and how large. */
class PictureRegionTest {
    @Test
    void theSelectionWithAMarginOrTheWholeDrawingWhenNothingIsSelected() throws Exception {
        Drawing drawing = Drawing.of(example());
        Rect alice = drawing.shape("alice");
        Rect dev = drawing.shape("dev");
        Rect both = PictureRegion.of(drawing, List.of("alice", "dev", "not-in-the-model"));
        assertEquals(Math.min(alice.x(), dev.x()) - 24, both.x(), 1e-9);
        assertEquals(Math.max(alice.maxX(), dev.maxX()) + 24, both.maxX(), 1e-9);
        assertEquals(Math.max(alice.maxY(), dev.maxY()) + 24, both.maxY(), 1e-9);
        assertEquals(drawing.extent().grow(24), PictureRegion.of(drawing, List.of()));
    }

    @Test
    void theScaleIsLoweredSoThatAHugeDrawingStaysWithinOneImage() {
        assertEquals(2, PictureRegion.scaleWithin(new Rect(0, 0, 1200, 800), 2), 1e-9, "2,400 x 1,600 fits");
        assertEquals(8192.0 / 20_000, PictureRegion.scaleWithin(new Rect(0, 0, 20_000, 500), 2), 1e-9,
                "no side past 8,192 pixels");
        double square = PictureRegion.scaleWithin(new Rect(0, 0, 7000, 7000), 2);
        assertEquals(Math.sqrt(40_000_000.0) / 7000, square, 1e-9, "no more than 40 million pixels");
    }

    private static IamModel example() throws Exception {
        try (InputStream in = PictureRegionTest.class.getResourceAsStream("/examples/01-group-vs-service-role.iam.json")) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "01");
        }
    }
}
