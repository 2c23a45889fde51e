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
    /**
     * The graphics state the page holds now, so that each mark sets only what differs from the mark before
     * (a large diagram has tens of thousands of marks in a handful of styles): null where not known yet.
     */
    private Colour fillColour;
    private Colour strokeColour;
    private Float lineWidth;
    private Boolean roundEnds;
    private List<Double> dashes;
    private double alphaKey = OPAQUE;
    private PDType0Font font;
    private Float fontSize;
    private static final double OPAQUE = alphaKey(1, 1);

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
        alpha(fill ? shape.fill().alpha() : 1, stroke ? shape.stroke().alpha() : 1);
        if (fill) {
            fill(shape.fill());
        }
        if (stroke) {
            if (!shape.stroke().equals(strokeColour)) {
                out.setStrokingColor(red(shape.stroke()), green(shape.stroke()), blue(shape.stroke()));
                strokeColour = shape.stroke();
            }
            float width = (float) (shape.width() * scale);
            if (lineWidth == null || lineWidth != width) {
                out.setLineWidth(width);
                lineWidth = width;
            }
            if (roundEnds == null || roundEnds != shape.round()) {
                out.setLineCapStyle(shape.round() ? 1 : 0);
                out.setLineJoinStyle(shape.round() ? 1 : 0);
                roundEnds = shape.round();
            }
            if (!shape.dashes().equals(dashes)) {
                float[] pattern = new float[shape.dashes().size()];
                for (int i = 0; i < pattern.length; i++) {
                    pattern[i] = (float) (shape.dashes().get(i) * scale);
                }
                out.setLineDashPattern(pattern, 0);
                dashes = shape.dashes();
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
    }

    private void text(Mark.Text text) throws IOException {
        PDType0Font wanted = fonts.font(text.bold());
        String shown = fonts.drawable(wanted, text.text());
        if (shown.isBlank()) {
            return;
        }
        alpha(text.colour().alpha(), 1);
        fill(text.colour());
        out.beginText();
        float size = (float) (text.size() * scale);
        if (wanted != font || fontSize == null || fontSize != size) {
            out.setFont(wanted, size);
            font = wanted;
            fontSize = size;
        }
        out.newLineAtOffset((float) x(text.x()), (float) y(text.y()));
        out.showText(shown);
        out.endText();
    }

    private void fill(Colour colour) throws IOException {
        if (!colour.equals(fillColour)) {
            out.setNonStrokingColor(red(colour), green(colour), blue(colour));
            fillColour = colour;
        }
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
        double key = alphaKey(fill, stroke);
        if (key == alphaKey) {
            return;
        }
        PDExtendedGraphicsState state = alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant((float) Math.min(1, fill));
            s.setStrokingAlphaConstant((float) Math.min(1, stroke));
            return s;
        });
        out.setGraphicsStateParameters(state);
        alphaKey = key;
    }

    private static double alphaKey(double fill, double stroke) {
        return Math.round(Math.min(1, fill) * 1000) * 10_000 + Math.round(Math.min(1, stroke) * 1000);
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
