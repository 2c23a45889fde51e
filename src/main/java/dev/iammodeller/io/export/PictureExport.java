package dev.iammodeller.io.export;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.analysis.findings.FindingsReview;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.DiagramPicture;
import dev.iammodeller.diagram.picture.Highlighting;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.diagram.picture.Palette;
import dev.iammodeller.diagram.picture.Picture;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Set;

/**
 * The picture formats: the canvas's drawing described once ({@link DiagramPicture}) and drawn as SVG, PNG or
 * PDF. PNG and SVG carry the model file inside ({@link EmbeddedModel}); PDF adds the legend and the findings.
 */
final class PictureExport {
    /**
     * Up to this many users and roles a PDF lists every finding; above, the escalation findings (whose analysis
     * grows faster than the principals, with what they can gain of each other: 8 - 9 s on 3,000 principals) are
     * left out unless already worked out for the export (with a selection, for its red borders; or the caller's),
     * and it says so. On two cores, from the jar (a JVM of its own, ADR 0021), the PDF of a 1,500-principal synthetic
     * account with them takes 3.8 s, of a 1,750-principal one 4.0 - 4.3 s, of a 2,000-principal one 6.0 s
     * (docs/performance.md).
     */
    static final int FULL_FINDINGS_PRINCIPALS = 1500;
    private PictureExport() {
    }

    /**
     * The picture of the model in a format; {@code analysed} (may be null) is an analysis of this model whose
     * escalations are worked out already, which the picture's highlights and a PDF's findings then use.
     */
    static Exported export(IamModel model, ExportFormat format, ExportOptions options, ModelAnalysis analysed) {
        List<String> notes = new ArrayList<>();
        // a PDF's fonts are read and its findings worked out on another core while the diagram is drawn
        CompletableFuture<PdfFonts.Faces> faces = format == ExportFormat.PDF
                ? CompletableFuture.supplyAsync(PictureExport::faces) : null;
        ModelAnalysis analysis = analysed == null && options.selected() != null
                ? new ModelAnalysis(Catalog.load(), model) : analysed;
        // with a selection the highlights work out every principal's escalations first, and the findings use them
        Highlighting highlighting = options.selected() == null ? Highlighting.NONE
                : PictureHighlights.of(analysis, Escalations.of(analysis.check()), options.selected(), options.escalation(),
                notes);
        CompletableFuture<Appendix> appendix = format == ExportFormat.PDF
                ? CompletableFuture.supplyAsync(() -> appendix(model, analysis)) : null;
        // a PNG's or SVG's model file is written out on another core too
        CompletableFuture<String> file = format == ExportFormat.PNG || format == ExportFormat.SVG
                ? CompletableFuture.supplyAsync(() -> ModelFile.toJson(model)) : null;
        Scene scene = Scene.of(model, highlighting, options);
        Picture picture = scene.draw(1);
        byte[] bytes = switch (format) {
            case SVG -> SvgPicture.write(picture, options.scale(), joined(file));
            case PNG -> png(pngPicture(scene, picture, options, notes), file, options, notes);
            case PDF -> pdf(picture, model, options, faces, appendix, notes);
            default -> throw new IllegalArgumentException(format.word() + " is not a picture format");
        };
        return new Exported.Single(bytes, notes);
    }

    /** What the canvas draws for the model with these options (theme, selection, escalation path), in full detail. */
    static Picture picture(IamModel model, ExportOptions options, List<String> notes) {
        Highlighting highlighting = options.selected() == null ? Highlighting.NONE
                : PictureHighlights.of(model, options, notes);
        return Scene.of(model, highlighting, options).draw(1);
    }

    /**
     * What a PNG draws: in full at a scale of 1 or more, else as the canvas draws it at that zoom (what stands over the
     * diagram grown to stay readable, and past the details without them); with an escalation path, when the size a PNG
     * may have would draw the whole model too small for its details, the path framed as the canvas frames it (the whole
     * model stays in the SVG and the PDF, and inside the PNG).
     */
    private static Picture pngPicture(Scene scene, Picture detailed, ExportOptions options, List<String> notes) {
        double scale = PngPicture.cappedScale(detailed.bounds(), options.scale());
        if (scale >= 1) {
            return detailed;
        }
        if (framesThePath(detailed.bounds(), options.scale()) && scene.highlighting().escalation() != null) {
            notes.add(String.format(Locale.ROOT, "export: drawn whole the model would be at scale %.3f, too small to read;"
                    + " the picture frames the escalation path of %s (an SVG or PDF keeps the whole model)", scale,
                    scene.model().entity(scene.highlighting().selectedId()).map(e -> e.name())
                            .orElse(scene.highlighting().selectedId())));
            return scene.aroundEscalation();
        }
        return scene.draw(scale);
    }

    /**
     * Whether a PNG of a picture this large, asked at {@code wanted}, draws an escalation path framed rather than the
     * whole model: when the most pixels a PNG may have would draw it whole under {@link NodeFace#DETAIL_SCALE} (a scale
     * asked that small is drawn as asked).
     */
    static boolean framesThePath(Rect bounds, double wanted) {
        double scale = PngPicture.cappedScale(bounds, wanted);
        return scale < NodeFace.DETAIL_SCALE && scale < wanted;
    }

    /** What a picture is made of, worked out once: the drawing, its edges, the selection's highlights, the theme. */
    private record Scene(IamModel model, Drawing drawing, Set<ModelEdge> edges, Highlighting highlighting,
                         Palette palette) {
        static Scene of(IamModel model, Highlighting highlighting, ExportOptions options) {
            return new Scene(model, Drawing.of(model), DiagramView.edges(model), highlighting, Palette.of(options.dark()));
        }

        /** The picture as drawn at {@code scale} (1: in full detail). */
        Picture draw(double scale) {
            return DiagramPicture.of(model, drawing, edges, highlighting, palette, PictureFonts.WIDTHS, scale);
        }

        /** The picture in full detail framed on the escalation path drawn. */
        Picture aroundEscalation() {
            return DiagramPicture.aroundEscalation(model, drawing, edges, highlighting, palette, PictureFonts.WIDTHS);
        }
    }

    private static byte[] png(Picture picture, CompletableFuture<String> file, ExportOptions options, List<String> notes) {
        PngPicture.Drawn drawn = PngPicture.draw(picture, options.scale());
        if (drawn.scale() < options.scale()) {
            notes.add(String.format(Locale.ROOT, "export: the picture is %d × %d pixels at scale %.3f, lowered from %s"
                            + " to stay within %d million pixels and %d on a side (an SVG or PDF keeps every detail)",
                    drawn.width(), drawn.height(), drawn.scale(), SvgPicture.number(options.scale()),
                    PngPicture.MAX_PIXELS / 1_000_000, PngPicture.MAX_SIDE));
        }
        return EmbeddedModel.intoPng(drawn.bytes(), joined(file));
    }

    /** The findings appendix of a PDF, and what it leaves out (null when nothing). */
    private record Appendix(PdfAppendix appendix, String leftOut) {
    }

    /**
     * Every finding when the model has at most {@link #FULL_FINDINGS_PRINCIPALS} users and roles or its escalations
     * are worked out already ({@code analysed} not null); else every finding but the escalation ones, saying so.
     */
    private static Appendix appendix(IamModel model, ModelAnalysis analysed) {
        int principals = model.all(User.class).size() + model.all(Role.class).size();
        Catalog catalog = analysed == null ? Catalog.load() : analysed.catalog();
        AccessCheck check = analysed == null ? new AccessCheck(model) : analysed.check();
        List<Finding> findings;
        String leftOut = null;
        if (principals <= FULL_FINDINGS_PRINCIPALS || analysed != null) {
            findings = Findings.of(catalog, check);
        } else {
            findings = Findings.withoutEscalations(catalog, check);
            leftOut = "The escalation findings of a model of " + dev.iammodeller.model.Words.number(principals)
                    + " users and roles take longer to work out"
                    + " than an export should wait and are left out here: export with --all-findings, or analyze MODEL"
                    + " --findings, lists every finding.";
        }
        FindingsReview review = FindingsReview.of(findings, model.acceptedFindings());
        return new Appendix(PdfAppendix.of(model, review, leftOut), leftOut);
    }

    private static PdfFonts.Faces faces() {
        try {
            return PdfFonts.Faces.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(Picture picture, IamModel model, ExportOptions options,
                              CompletableFuture<PdfFonts.Faces> faces, CompletableFuture<Appendix> appendix,
                              List<String> notes) {
        try {
            return PdfPicture.write(picture, model.title(), options.scale(), joined(faces), () -> {
                Appendix made = joined(appendix);
                if (made.leftOut() != null) {
                    notes.add("export: " + made.leftOut());
                }
                return made.appendix();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What another core worked out; its failure thrown as it was thrown there. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }
}
