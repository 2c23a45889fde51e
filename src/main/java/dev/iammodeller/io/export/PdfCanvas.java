package dev.iammodeller.io.export;

import dev.iammodeller.diagram.picture.Colour;
import dev.iammodeller.diagram.picture.Mark;
import dev.iammodeller.diagram.picture.Outline;
import dev.iammodeller.diagram.picture.PictureGroup;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Draws picture marks on one PDF page as vector paths and text shown as text (so it can be searched and
 * copied): a region of the picture, its top-left corner at {@code (left, top)} of the page, {@code scale} points
 * per picture unit. PDF's y axis points up; every point is turned here.
 */
final class PdfCanvas {
    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final double originX;
    private final double originY;
    private final double left;
    private final double top;
    private final double scale;
    private final double pageHeight;
    private final Map<Double, PDExtendedGraphicsState> alphas = new HashMap<>();

    PdfCanvas(PDPageContentStream out, PDPage page, PdfFonts fonts, double originX, double originY, double left,
              double topFromPageTop, double scale) {
        this.out = out;
        this.fonts = fonts;
        this.originX = originX;
        this.originY = originY;
        this.left = left;
        this.pageHeight = page.getMediaBox().getHeight();
        this.top = pageHeight - topFromPageTop;
        this.scale = scale;
    }

    /** Keeps what follows inside a rectangle of the page (in page points from its top-left corner). */
    void clip(double x, double yFromTop, double width, double height) throws IOException {
        out.addRect((float) x, (float) (pageHeight - yFromTop - height), (float) width, (float) height);
        out.clip();
    }

    void draw(List<PictureGroup> groups) throws IOException {
        for (PictureGroup group : groups) {
            for (Mark mark : group.marks()) {
                if (mark instanceof Mark.Shape shape) {
                    shape(shape);
                } else if (mark instanceof Mark.Text text) {
                    text(text);
                }
            }
        }
    }

    private void shape(Mark.Shape shape) throws IOException {
        boolean fill = shape.fill() != null && !shape.fill().invisible();
        boolean stroke = shape.stroke() != null && shape.width() > 0 && !shape.stroke().invisible();
        if (!fill && !stroke) {
            return;
        }
        out.saveGraphicsState();
        alpha(fill ? shape.fill().alpha() : 1, stroke ? shape.stroke().alpha() : 1);
        if (fill) {
            out.setNonStrokingColor(red(shape.fill()), green(shape.fill()), blue(shape.fill()));
        }
        if (stroke) {
            out.setStrokingColor(red(shape.stroke()), green(shape.stroke()), blue(shape.stroke()));
            out.setLineWidth((float) (shape.width() * scale));
            out.setLineCapStyle(shape.round() ? 1 : 0);
            out.setLineJoinStyle(shape.round() ? 1 : 0);
            if (!shape.dashes().isEmpty()) {
                float[] pattern = new float[shape.dashes().size()];
                for (int i = 0; i < pattern.length; i++) {
                    pattern[i] = (float) (shape.dashes().get(i) * scale);
                }
                out.setLineDashPattern(pattern, 0);
            }
        }
        path(shape.outline());
        if (fill && stroke) {
            out.fillAndStroke();
        } else if (fill) {
            out.fill();
        } else {
            out.stroke();
        }
        out.restoreGraphicsState();
    }

    private void text(Mark.Text text) throws IOException {
        PDType0Font font = fonts.font(text.bold());
        String shown = fonts.drawable(font, text.text());
        if (shown.isBlank()) {
            return;
        }
        out.saveGraphicsState();
        alpha(text.colour().alpha(), 1);
        out.setNonStrokingColor(red(text.colour()), green(text.colour()), blue(text.colour()));
        out.beginText();
        out.setFont(font, (float) (text.size() * scale));
        out.newLineAtOffset((float) x(text.x()), (float) y(text.y()));
        out.showText(shown);
        out.endText();
        out.restoreGraphicsState();
    }

    private void path(Outline outline) throws IOException {
        for (Outline.Segment s : outline.segments()) {
            double[] p = s.points();
            switch (s.step()) {
                case MOVE -> out.moveTo((float) x(p[0]), (float) y(p[1]));
                case LINE -> out.lineTo((float) x(p[0]), (float) y(p[1]));
                case CUBIC -> out.curveTo((float) x(p[0]), (float) y(p[1]), (float) x(p[2]), (float) y(p[3]),
                        (float) x(p[4]), (float) y(p[5]));
                case CLOSE -> out.closePath();
            }
        }
    }

    private void alpha(double fill, double stroke) throws IOException {
        if (fill >= 1 && stroke >= 1) {
            return;
        }
        double key = Math.round(fill * 1000) * 10_000 + Math.round(stroke * 1000);
        PDExtendedGraphicsState state = alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant((float) fill);
            s.setStrokingAlphaConstant((float) stroke);
            return s;
        });
        out.setGraphicsStateParameters(state);
    }

    private double x(double pictureX) {
        return left + (pictureX - originX) * scale;
    }

    private double y(double pictureY) {
        return top - (pictureY - originY) * scale;
    }

    private static float red(Colour c) {
        return c.red() / 255f;
    }

    private static float green(Colour c) {
        return c.green() / 255f;
    }

    private static float blue(Colour c) {
        return c.blue() / 255f;
    }
}
