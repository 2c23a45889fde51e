package dev.iammodeller.io.export;

import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.Colour;
import dev.iammodeller.diagram.picture.Mark;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.diagram.picture.Outline;
import dev.iammodeller.diagram.picture.Picture;
import dev.iammodeller.diagram.picture.PictureGroup;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A picture as a PNG image drawn by Java2D (headless), with the bundled DejaVu fonts. The image is at most
 * {@value #MAX_PIXELS} pixels and {@value #MAX_SIDE} on a side: a larger picture is drawn at the scale that
 * fits, and the export says so, never running out of memory.
 */
final class PngPicture {
    static final long MAX_PIXELS = 16_000_000L;
    static final int MAX_SIDE = 16_384;

    /** The PNG bytes and the scale it was drawn at (lower than asked for when capped). */
    record Drawn(byte[] bytes, double scale, int width, int height) {
    }

    private PngPicture() {
    }

    /** The largest scale up to {@code wanted} at which the picture stays within the caps. */
    static double cappedScale(Rect bounds, double wanted) {
        double scale = wanted;
        double side = Math.max(bounds.width(), bounds.height()) * scale;
        if (side > MAX_SIDE) {
            scale *= MAX_SIDE / side;
        }
        double pixels = bounds.width() * scale * bounds.height() * scale;
        if (pixels > MAX_PIXELS) {
            scale *= Math.sqrt(MAX_PIXELS / pixels);
        }
        return scale;
    }

    static Drawn draw(Picture picture, double wanted) {
        Rect b = picture.bounds();
        double scale = cappedScale(b, wanted);
        int width = Math.max(1, (int) Math.floor(b.width() * scale));
        int height = Math.max(1, (int) Math.floor(b.height() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            // zoomed out past reading, marks are a pixel or two: drawn without smoothing, far faster on a huge model
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, scale < NodeFace.DETAIL_SCALE
                    ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(colour(picture.background()));
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            g.translate(-b.x(), -b.y());
            Map<Float, Font> regular = new HashMap<>();
            Map<Float, Font> bold = new HashMap<>();
            for (PictureGroup group : picture.groups()) {
                for (Mark mark : group.marks()) {
                    if (mark instanceof Mark.Shape shape) {
                        shape(g, shape);
                    } else if (mark instanceof Mark.Text text) {
                        Map<Float, Font> fonts = text.bold() ? bold : regular;
                        g.setFont(fonts.computeIfAbsent((float) text.size(),
                                size -> PictureFonts.font(text.bold()).deriveFont(size)));
                        g.setColor(colour(text.colour()));
                        g.drawString(text.text(), (float) text.x(), (float) text.y());
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return new Drawn(encode(image), scale, width, height);
    }

    /** The image as PNG, deflated at a middle level (the writer's default spends twice the time for a few percent). */
    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.5f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static void shape(Graphics2D g, Mark.Shape shape) {
        Path2D path = path(shape.outline());
        if (shape.fill() != null && !shape.fill().invisible()) {
            g.setColor(colour(shape.fill()));
            g.fill(path);
        }
        if (shape.stroke() != null && shape.width() > 0) {
            g.setColor(colour(shape.stroke()));
            g.setStroke(stroke(shape.width(), shape.dashes(), shape.round()));
            g.draw(path);
        }
    }

    static BasicStroke stroke(double width, List<Double> dashes, boolean round) {
        int cap = round ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
        int join = round ? BasicStroke.JOIN_ROUND : BasicStroke.JOIN_MITER;
        if (dashes.isEmpty()) {
            return new BasicStroke((float) width, cap, join, 10f);
        }
        float[] pattern = new float[dashes.size()];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = dashes.get(i).floatValue();
        }
        return new BasicStroke((float) width, cap, join, 10f, pattern, 0f);
    }

    static Path2D path(Outline outline) {
        Path2D.Double path = new Path2D.Double();
        for (Outline.Segment s : outline.segments()) {
            double[] p = s.points();
            switch (s.step()) {
                case MOVE -> path.moveTo(p[0], p[1]);
                case LINE -> path.lineTo(p[0], p[1]);
                case CUBIC -> path.curveTo(p[0], p[1], p[2], p[3], p[4], p[5]);
                case CLOSE -> path.closePath();
            }
        }
        return path;
    }

    private static Color colour(Colour c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }
}
