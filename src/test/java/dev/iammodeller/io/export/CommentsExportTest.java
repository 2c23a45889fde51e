package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.Picture;
import dev.iammodeller.diagram.picture.PictureGroup;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.AddComment;
import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentPin;
import dev.iammodeller.model.CommentReply;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Comments in the pictures: numbered markers in SVG and PDF (the one drawing description), their texts in the PDF's appendix. */
class CommentsExportTest {
    private static IamModel commented() throws Exception {
        IamModel model = ModelFile.read(ExportFixtures.examplesFolder().resolve("01-group-vs-service-role.iam.json"));
        model = new AddComment(new Comment(1, CommentPin.node("alice"), "Does alice need the group at all?", "dana",
                "2025-02-01T09:00:00Z", false, List.of(new CommentReply("Yes: reports", "sam", null)))).apply(model);
        model = new AddComment(Comment.open(2, CommentPin.edge(new ModelEdge(ModelEdge.Kind.MEMBER_OF, "alice", "dev")),
                "Membership reviewed in March", null, null).withResolved(true)).apply(model);
        return new AddComment(Comment.open(3, CommentPin.spot(-40, -40), "Audit account goes here", "dana", null))
                .apply(model);
    }

    private static byte[] export(IamModel model, ExportFormat format) {
        return ((Exported.Single) Exporter.export(model, format, ExportOptions.DEFAULT)).bytes();
    }

    @Test
    void svgDrawsANumberedMarkerPerCommentAndCarriesThemInItsModel() throws Exception {
        IamModel model = commented();
        byte[] svg = export(model, ExportFormat.SVG);
        Document doc = DrawioExportTest.parse(new String(svg, StandardCharsets.UTF_8));
        List<String> titles = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("comment")) {
                titles.add(g.getElementsByTagName("title").item(0).getTextContent());
                numbers.add(g.getElementsByTagName("text").item(0).getTextContent());
            }
        }
        assertEquals(List.of("Comment 1: Does alice need the group at all?",
                "Comment 2 (resolved): Membership reviewed in March", "Comment 3: Audit account goes here"), titles);
        assertEquals(List.of("1", "2", "3"), numbers);
        assertEquals(model.comments(), ModelFile.read(EmbeddedModel.fromSvg(svg).orElseThrow(), "x.svg").comments(),
                "opening the picture gives the comments back");
    }

    @Test
    void aNodesMarkerSitsOnItsTopLeftCornerAndASpotsWhereItWasPut() throws Exception {
        IamModel model = commented();
        Picture picture = PictureExport.picture(model, ExportOptions.DEFAULT, new ArrayList<>());
        List<PictureGroup> markers = picture.groups().stream().filter(g -> g.role().equals("comment")).toList();
        Rect alice = Drawing.of(model).shape("alice");
        Rect first = markers.get(0).box();
        assertTrue(first.intersects(alice) && Math.abs(first.centre().x() - alice.x()) < 20
                && Math.abs(first.centre().y() - alice.y()) < 20, first + " over the corner of " + alice);
        assertEquals(-40, markers.get(2).box().centre().x(), 1e-9);
        assertEquals(-40, markers.get(2).box().centre().y(), 1e-9);
        assertTrue(picture.bounds().contains(markers.get(2).box()), "the picture grows to hold a marker");
    }

    @Test
    void pdfListsTheCommentsInItsAppendix() throws Exception {
        String text;
        try (PDDocument pdf = Loader.loadPDF(export(commented(), ExportFormat.PDF))) {
            text = new PDFTextStripper().getText(pdf);
        }
        int comments = text.indexOf("Comments");
        assertTrue(comments > text.indexOf("Findings") && comments < text.indexOf("Every node by name"), text);
        String appendix = text.substring(comments);
        assertTrue(appendix.contains("3 comments; 2 open"), appendix);
        assertTrue(appendix.contains("1.  open  ·  on alice  ·  dana  ·  2025-02-01T09:00:00Z"), appendix);
        assertTrue(appendix.contains("Does alice need the group at all?"), appendix);
        assertTrue(appendix.contains("reply  ·  sam: Yes: reports"), appendix);
        assertTrue(appendix.contains("2.  resolved  ·  on the edge alice → dev"), appendix);
        assertTrue(appendix.contains("3.  open  ·  on the canvas at -40, -40  ·  dana"), appendix);
    }
}
