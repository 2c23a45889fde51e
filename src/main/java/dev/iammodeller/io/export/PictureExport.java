package dev.iammodeller.io.export;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.analysis.findings.FindingsReview;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.picture.DiagramPicture;
import dev.iammodeller.diagram.picture.Highlighting;
import dev.iammodeller.diagram.picture.Palette;
import dev.iammodeller.diagram.picture.Picture;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The picture formats: the canvas's drawing described once ({@link DiagramPicture}) and drawn as SVG, PNG or
 * PDF. PNG and SVG carry the model file inside ({@link EmbeddedModel}); PDF adds the legend and the findings.
 */
final class PictureExport {
    private PictureExport() {
    }

    static Exported export(IamModel model, ExportFormat format, ExportOptions options) {
        List<String> notes = new ArrayList<>();
        Picture picture = picture(model, options, notes);
        byte[] bytes = switch (format) {
            case SVG -> SvgPicture.write(picture, options.scale(), ModelFile.toJson(model)).getBytes(StandardCharsets.UTF_8);
            case PNG -> png(picture, model, options, notes);
            case PDF -> pdf(picture, model, options);
            default -> throw new IllegalArgumentException(format.word() + " is not a picture format");
        };
        return new Exported.Single(bytes, notes);
    }

    /** What the canvas draws for the model with these options (theme, selection, escalation path). */
    static Picture picture(IamModel model, ExportOptions options, List<String> notes) {
        Highlighting highlighting = options.selected() == null ? Highlighting.NONE
                : PictureHighlights.of(model, options, notes);
        return DiagramPicture.of(model, Drawing.of(model), DiagramView.edges(model), highlighting,
                Palette.of(options.dark()), PictureFonts.WIDTHS);
    }

    private static byte[] png(Picture picture, IamModel model, ExportOptions options, List<String> notes) {
        PngPicture.Drawn drawn = PngPicture.draw(picture, options.scale());
        if (drawn.scale() < options.scale()) {
            notes.add(String.format(Locale.ROOT, "export: the picture is %d × %d pixels at scale %.3f, lowered from %s"
                            + " to stay within %d million pixels and %d on a side (an SVG or PDF keeps every detail)",
                    drawn.width(), drawn.height(), drawn.scale(), SvgPicture.number(options.scale()),
                    PngPicture.MAX_PIXELS / 1_000_000, PngPicture.MAX_SIDE));
        }
        return EmbeddedModel.intoPng(drawn.bytes(), ModelFile.toJson(model));
    }

    private static byte[] pdf(Picture picture, IamModel model, ExportOptions options) {
        FindingsReview review = FindingsReview.of(Findings.of(Catalog.load(), new AccessCheck(model)),
                model.acceptedFindings());
        try {
            return PdfPicture.write(picture, model.title(), options.scale(), PdfAppendix.of(model, review));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
