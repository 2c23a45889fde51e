package dev.iammodeller.io.export;

import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.diagram.picture.Picture;
import dev.iammodeller.diagram.picture.PictureGroup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A picture as a PDF of A3 landscape pages, drawn with PDFBox as vector paths and text shown as text: the
 * diagram fitted on one page when it can be read there (at least {@value #READABLE} points per picture unit),
 * else tiled over pages at that scale (each page says its row and column, empty tiles left out); then the
 * legend and the appendix ({@link PdfAppendix}: the findings and every node by name and ARN).
 */
final class PdfPicture {
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());
    static final double MARGIN = 36;
    static final double HEADER = 18;
    /** Below this many points per picture unit, names are too small to read: tile instead. */
    static final double READABLE = NodeFace.DETAIL_SCALE;

    private PdfPicture() {
    }

    /** The PDF, in the fonts' faces read beforehand ({@link PdfFonts.Faces#read}), with its appendix when asked for. */
    static byte[] write(Picture picture, String title, double scale, PdfFonts.Faces faces, Supplier<PdfAppendix> appendix)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("IAM Modeller");
            PdfFonts fonts = new PdfFonts(document, faces);
            List<PictureGroup> diagram = new ArrayList<>(picture.groups());
            PictureGroup legend = picture.group("legend");
            diagram.removeIf(group -> group == legend);
            Rect bounds = diagramBounds(picture, legend);
            double width = PAGE.getWidth() - 2 * MARGIN;
            double height = PAGE.getHeight() - 2 * MARGIN - HEADER;
            double fit = Math.min(width / bounds.width(), height / bounds.height()) * Math.min(1, scale);
            if (fit >= READABLE * scale || fit >= 1) {
                page(document, fonts, picture, diagram, bounds, Math.min(fit, scale), title);
            } else {
                double tile = READABLE * scale;
                double tileWidth = width / tile;
                double tileHeight = height / tile;
                int columns = (int) Math.ceil(bounds.width() / tileWidth);
                int rows = (int) Math.ceil(bounds.height() / tileHeight);
                List<List<PictureGroup>> near = nearTiles(diagram, bounds, tileWidth, tileHeight, rows, columns);
                for (int row = 0; row < rows; row++) {
                    for (int column = 0; column < columns; column++) {
                        Rect region = new Rect(bounds.x() + column * tileWidth, bounds.y() + row * tileHeight,
                                tileWidth, tileHeight);
                        List<PictureGroup> met = near.get(row * columns + column).stream()
                                .filter(g -> g.box().intersects(region)).toList();
                        if (met.stream().anyMatch(g -> !g.role().equals("frame"))) {
                            page(document, fonts, picture, new PageRegion(region, fonts).shown(met), region, tile,
                                    title + " (row " + (row + 1) + " of " + rows + ", column " + (column + 1) + " of "
                                    + columns + ")");
                        }
                    }
                }
            }
            if (legend != null) {
                page(document, fonts, picture, List.of(legend), legend.box().grow(8),
                        Math.min(2, Math.min(width / legend.box().width(), height / legend.box().height())), "Legend");
            }
            appendix.get().write(document, fonts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * For each tile (row by row), the groups whose box reaches it or the tiles next to it, in drawing order: the
     * few a page need test, instead of every group of the picture for every page.
     */
    private static List<List<PictureGroup>> nearTiles(List<PictureGroup> groups, Rect bounds, double tileWidth,
                                                      double tileHeight, int rows, int columns) {
        List<List<PictureGroup>> near = new ArrayList<>(rows * columns);
        for (int i = 0; i < rows * columns; i++) {
            near.add(new ArrayList<>());
        }
        for (PictureGroup group : groups) {
            Rect box = group.box();
            int firstColumn = Math.max(0, (int) Math.floor((box.x() - bounds.x()) / tileWidth) - 1);
            int lastColumn = Math.min(columns - 1, (int) Math.floor((box.maxX() - bounds.x()) / tileWidth) + 1);
            int firstRow = Math.max(0, (int) Math.floor((box.y() - bounds.y()) / tileHeight) - 1);
            int lastRow = Math.min(rows - 1, (int) Math.floor((box.maxY() - bounds.y()) / tileHeight) + 1);
            for (int row = firstRow; row <= lastRow; row++) {
                for (int column = firstColumn; column <= lastColumn; column++) {
                    near.get(row * columns + column).add(group);
                }
            }
        }
        return near;
    }

    private static Rect diagramBounds(Picture picture, PictureGroup legend) {
        Rect all = null;
        for (PictureGroup group : picture.groups()) {
            if (group != legend) {
                all = all == null ? group.box() : all.union(group.box());
            }
        }
        return all == null ? picture.bounds() : all.grow(12);
    }

    /** One page: a heading, then the region of the picture on the page's background, clipped to it. */
    private static void page(PDDocument document, PdfFonts fonts, Picture picture, List<PictureGroup> groups,
                             Rect region, double scale, String heading) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            PdfText.line(out, fonts, page, heading, MARGIN, MARGIN + 11, 11, true);
            double width = region.width() * scale;
            double height = region.height() * scale;
            PdfCanvas canvas = new PdfCanvas(out, page, fonts, region.x(), region.y(), MARGIN, MARGIN + HEADER, scale);
            out.saveGraphicsState();
            canvas.clip(MARGIN, MARGIN + HEADER, width, height);
            out.setNonStrokingColor(picture.background().red() / 255f, picture.background().green() / 255f,
                    picture.background().blue() / 255f);
            out.addRect((float) MARGIN, (float) (PAGE.getHeight() - MARGIN - HEADER - height), (float) width,
                    (float) height);
            out.fill();
            canvas.draw(groups);
            out.restoreGraphicsState();
        }
    }
}
