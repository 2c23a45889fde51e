package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two examples drawn as PNG and compared with checked-in pictures within a tolerance (fonts are bundled, but
 * smoothing may differ a little between Java versions): the same size, at most 1% of the pixels off by more than
 * 48 in a channel, and a mean difference under 3 per channel. After a deliberate change of the look, regenerate
 * them with {@code mvn -B -o test -Dtest=GoldenPictureTest -Dgolden.update=true} and look at them before
 * committing (src/test/resources/export/golden/).
 */
class GoldenPictureTest {
    private static final Path GOLDEN = Path.of("src/test/resources/export/golden");

    @ParameterizedTest
    @CsvSource(textBlock = """
            01-group-vs-service-role.iam.json,  light, '',          false, 01-light.png
            07-provisioning-escalation.iam.json, dark, onboard-dev, true,  07-dark-escalation.png
            """)
    void theExamplesLookAsTheyDid(String example, String theme, String select, boolean escalation, String golden)
            throws Exception {
        IamModel model = ModelFile.read(ExportFixtures.examplesFolder().resolve(example));
        ExportOptions options = ExportOptions.DEFAULT.withDark(theme.equals("dark")).withScale(0.75)
                .withSelected(select.isEmpty() ? null : select).withEscalation(escalation);
        byte[] png = ((Exported.Single) Exporter.export(model, ExportFormat.PNG, options)).bytes();
        if (Boolean.getBoolean("golden.update")) {
            Files.write(GOLDEN.resolve(golden), png);
            return;
        }
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage expected;
        try (InputStream in = GoldenPictureTest.class.getResourceAsStream("/export/golden/" + golden)) {
            assertNotNull(in, golden + " is checked in");
            expected = ImageIO.read(in);
        }
        assertEquals(expected.getWidth(), actual.getWidth(), "width");
        assertEquals(expected.getHeight(), actual.getHeight(), "height");
        long off = 0;
        long total = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                int worst = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs((a >> shift & 0xff) - (e >> shift & 0xff));
                    worst = Math.max(worst, d);
                    total += d;
                }
                if (worst > 48) {
                    off++;
                }
            }
        }
        long pixels = (long) expected.getWidth() * expected.getHeight();
        double mean = (double) total / (pixels * 3);
        assertTrue(off <= pixels / 100, String.format(Locale.ROOT, "%d of %d pixels differ", off, pixels));
        assertTrue(mean < 3, String.format(Locale.ROOT, "mean difference %.2f", mean));
    }
}
