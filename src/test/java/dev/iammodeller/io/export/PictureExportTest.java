package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.Colour;
import dev.iammodeller.diagram.picture.Picture;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.PolicyText;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The pictures parsed back: SVG as XML, PDF by its text, PNG decoded; the model inside PNG and SVG. */
class PictureExportTest {
    private static byte[] export(IamModel model, ExportFormat format, ExportOptions options) {
        return ((Exported.Single) Exporter.export(model, format, options)).bytes();
    }

    private static IamModel example(String name) throws Exception {
        return ModelFile.read(ExportFixtures.examplesFolder().resolve(name));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList list = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String title(Element group) {
        NodeList titles = group.getElementsByTagName("title");
        return titles.getLength() == 0 ? null : titles.item(0).getTextContent();
    }

    @Test
    void svgHasAGroupPerNodeTitledByItsArnAndItsNamesAsTextEscapedAndWhole() throws Exception {
        IamModel model = ExportFixtures.hostile();
        String svg = new String(export(model, ExportFormat.SVG, ExportOptions.DEFAULT), StandardCharsets.UTF_8);
        Document doc = DrawioExportTest.parse(svg);
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(SvgPicture.SVG, doc.getDocumentElement().getNamespaceURI() == null
                ? doc.getDocumentElement().getAttribute("xmlns") : doc.getDocumentElement().getNamespaceURI());
        Map<String, Element> groups = new HashMap<>();
        for (Element g : elements(doc, "g")) {
            if (g.hasAttribute("data-id")) {
                groups.put(g.getAttribute("data-id"), g);
            }
        }
        for (Entity entity : model.entities().values()) {
            Element g = groups.get(entity.id());
            assertTrue(g != null, entity.id() + " is drawn");
            assertEquals(KindLooks.isFrame(entity.kind()) ? "frame" : "node", g.getAttribute("class"));
            assertEquals(entity.arn() != null ? entity.arn() : entity.name(), title(g), entity.id());
        }
        assertEquals(ExportFixtures.TRUST_USER_ARN, title(groups.get("u1")), "markup, quotes, accents come back whole");
        List<String> texts = elements(doc, "text").stream().map(Element::getTextContent).toList();
        assertTrue(texts.contains("zoë") && texts.contains("ZOË"), texts.toString());
        assertTrue(texts.contains("Legend"));
        assertTrue(svg.contains("&lt;b&gt;Tom &amp;"), "escaped in the file");
    }

    @Test
    void pngAndSvgCarryTheModelFileExactlyAsSavingWritesIt(@TempDir Path dir) throws Exception {
        IamModel model = ExportFixtures.hostile();
        String json = ModelFile.toJson(model);
        byte[] png = export(model, ExportFormat.PNG, ExportOptions.DEFAULT);
        byte[] svg = export(model, ExportFormat.SVG, ExportOptions.DEFAULT);
        assertEquals(json, EmbeddedModel.fromPng(png).orElseThrow());
        assertEquals(json, EmbeddedModel.fromSvg(svg).orElseThrow());
        assertTrue(ImageIO.read(new ByteArrayInputStream(png)) != null, "the chunk leaves a valid PNG");
        IamModel example = example("07-provisioning-escalation.iam.json");
        Files.write(dir.resolve("a.png"), export(example, ExportFormat.PNG, ExportOptions.DEFAULT));
        Files.write(dir.resolve("b.svg"), export(example, ExportFormat.SVG, ExportOptions.DEFAULT));
        assertEquals(example, EmbeddedModel.open(dir.resolve("a.png")), "opening the PNG opens the model");
        assertEquals(example, EmbeddedModel.open(dir.resolve("b.svg")), "opening the SVG opens the model");
    }

    @Test
    void aPictureWithoutAModelIsRefusedSayingSo(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", plain);
        Files.write(dir.resolve("photo.png"), plain.toByteArray());
        Files.writeString(dir.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata/></svg>");
        for (String name : List.of("photo.png", "drawing.svg")) {
            IOException refused = assertThrows(IOException.class, () -> EmbeddedModel.open(dir.resolve(name)));
            assertTrue(refused.getMessage().contains("without a model"), refused.getMessage());
        }
    }

    @Test
    void pngDecodesAtTheScaleAskedFor() throws Exception {
        IamModel model = example("01-group-vs-service-role.iam.json");
        Picture picture = PictureExport.picture(model, ExportOptions.DEFAULT, new ArrayList<>());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(export(model, ExportFormat.PNG,
                ExportOptions.DEFAULT.withScale(2))));
        assertEquals((int) Math.floor(picture.bounds().width() * 2), image.getWidth());
        assertEquals((int) Math.floor(picture.bounds().height() * 2), image.getHeight());
        Colour background = picture.background();
        assertEquals(background.red() << 16 | background.green() << 8 | background.blue(), image.getRGB(1, 1) & 0xffffff);
    }

    @Test
    void aHugePictureIsDrawnSmallerNeverOutOfMemory() throws Exception {
        Picture huge = new Picture(new Rect(0, 0, 400_000, 150_000), Colour.of("#ffffff"), List.of());
        PngPicture.Drawn drawn = PngPicture.draw(huge, 16);
        assertTrue((long) drawn.width() * drawn.height() <= PngPicture.MAX_PIXELS);
        assertTrue(drawn.width() <= PngPicture.MAX_SIDE && drawn.height() <= PngPicture.MAX_SIDE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawn.bytes()));
        assertEquals(drawn.width(), image.getWidth());
        assertTrue((long) image.getWidth() * image.getHeight() > PngPicture.MAX_PIXELS * 0.99, "as large as allowed");
        assertEquals(400_000.0 / 150_000, (double) image.getWidth() / image.getHeight(), 0.01, "in proportion");
    }

    @Test
    void pdfHasSearchableNamesThenTheLegendAndTheFindings() throws Exception {
        IamModel model = ExportFixtures.hostile();
        String text;
        try (PDDocument pdf = Loader.loadPDF(export(model, ExportFormat.PDF, ExportOptions.DEFAULT))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains(ExportFixtures.HOSTILE), "a hostile name whole: " + text);
        assertTrue(text.contains("zoë") && text.contains("ZOË"));
        assertTrue(text.indexOf("Legend") < text.indexOf("Findings"), "the legend, then the findings");
        assertTrue(text.contains("Every node by name"));
        IamModel escalation = example("07-provisioning-escalation.iam.json");
        try (PDDocument pdf = Loader.loadPDF(export(escalation, ExportFormat.PDF, ExportOptions.DEFAULT
                .withSelected("onboard-dev").withEscalation(true)))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains("ESCALATION"), "the escalation finding is listed: " + text);
        assertTrue(text.contains("1  lambda:UpdateFunctionCode"), "the first step is drawn as text");
        assertTrue(text.contains("created on the way"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aPdfOfMoreThanAThousandPrincipalsListsTheAdminEquivalentFindingsAndSaysItLeavesOutTheEscalations() throws Exception {
        Exported.Single exported = (Exported.Single) Exporter.export(ExportFixtures.manyPrincipalsWithAnAdminAndAnEscalation(),
                ExportFormat.PDF, ExportOptions.DEFAULT);
        assertTrue(exported.notes().stream().anyMatch(n -> n.contains("escalation findings") && !n.contains("admin")
                && n.contains(String.format(java.util.Locale.ROOT, "%,d users and roles", PictureExport.FULL_FINDINGS_PRINCIPALS + 2))), "a note: " + exported.notes());
        String text = text(exported.bytes());
        int findings = text.indexOf("Findings");
        assertTrue(findings >= 0 && text.indexOf("are left out here", findings) > findings,
                "the appendix says what it leaves out, under its heading");
        assertTrue(text.contains("ADMIN_EQUIVALENT") && text.contains("user-0 may do every action"),
                "the admin-equivalent finding is listed: " + text.substring(findings, findings + 600));
        assertTrue(!text.contains("ESCALATION"), "the escalation finding is not");
        assertTrue(text.contains("user-" + PictureExport.FULL_FINDINGS_PRINCIPALS), "every node is still listed by name");
    }

    @Test
    void aPdfOfFifteenHundredPrincipalsListsEveryFindingTheEscalationsIncluded() throws Exception {
        IamModel model = ExportFixtures.principalsWithAnAdminAndAnEscalation(PictureExport.FULL_FINDINGS_PRINCIPALS);
        assertEquals(1500, model.all(dev.iammodeller.model.User.class).size());
        Exported.Single exported = (Exported.Single) Exporter.export(model, ExportFormat.PDF, ExportOptions.DEFAULT);
        assertListsEveryFinding(exported);
    }

    @Test
    void aPdfWhoseEscalationsAreWorkedOutForItsSelectionListsThemAtAnySize() throws Exception {
        Exported.Single exported = (Exported.Single) Exporter.export(ExportFixtures.manyPrincipalsWithAnAdminAndAnEscalation(),
                ExportFormat.PDF, ExportOptions.DEFAULT.withSelected("u1"));
        assertListsEveryFinding(exported);
    }

    /** The PDF lists the escalation findings with the admin-equivalent one, and says of nothing that it is left out. */
    private static void assertListsEveryFinding(Exported.Single exported) throws IOException {
        assertTrue(exported.notes().stream().noneMatch(n -> n.contains("left out")), "no note: " + exported.notes());
        String text = text(exported.bytes());
        assertTrue(text.contains("ESCALATION") && text.contains("ADMIN_EQUIVALENT"), "every finding is listed");
        assertTrue(!text.contains("are left out here"));
    }

    @Test
    void aSelectionIsHighlightedAndItsEscalationPathDrawnStepByStep() throws Exception {
        IamModel model = example("07-provisioning-escalation.iam.json");
        Document doc = DrawioExportTest.parse(new String(export(model, ExportFormat.SVG, ExportOptions.DEFAULT
                .withSelected("onboard-dev").withEscalation(true)), StandardCharsets.UTF_8));
        List<String> hops = new ArrayList<>();
        List<String> created = new ArrayList<>();
        for (Element g : elements(doc, "g")) {
            if (g.getAttribute("class").equals("escalation-hop-label")) {
                hops.add(g.getTextContent());
            } else if (g.getAttribute("class").equals("escalation-created")) {
                created.add(g.getTextContent());
            }
        }
        assertEquals(2, hops.size(), hops.toString());
        assertTrue(hops.get(0).contains("1  lambda:UpdateFunctionCode"), hops.toString());
        assertTrue(hops.get(1).contains("2  iam:CreateUser"), hops.toString());
        assertTrue(created.get(0).contains("user/customer-x"), created.toString());
        String selected = elements(doc, "g").stream().filter(g -> g.getAttribute("data-id").equals("onboard-dev"))
                .findFirst().orElseThrow().getElementsByTagName("path").item(0).getAttributes()
                .getNamedItem("stroke").getNodeValue();
        assertEquals("#e11d48", selected, "a principal with an escalation path has the red border");
    }

    /**
     * A PNG of a model too large to be drawn whole with its details (the pixels a PNG may have) and an escalation path
     * draws the path framed, as the canvas frames it: its hops, what it creates and gains, the selection and the
     * legend, and not what lies far from them.
     */
    @Test
    void aPngTooLargeToReadWholeFramesTheEscalationPathAsTheCanvasDoes() throws Exception {
        assertTrue(PictureExport.framesThePath(new Rect(0, 0, 60_000, 60_000), 1), "drawn whole at 0.067");
        assertTrue(!PictureExport.framesThePath(new Rect(0, 0, 2_000, 1_000), 1), "drawn whole at 1");
        assertTrue(!PictureExport.framesThePath(new Rect(0, 0, 2_000, 1_000), 0.2), "a small scale asked is drawn as asked");
        assertTrue(!PictureExport.framesThePath(new Rect(0, 0, 8_000, 8_000), 1), "drawn whole at 0.5: still detailed");

        IamModel seven = example("07-provisioning-escalation.iam.json");
        IamModel model = seven.with(new dev.iammodeller.model.User("far", "111111111111", "far-away", "/", false, false, Map.of()))
                .withLayout(seven.layout().withNode("far", new dev.iammodeller.model.Layout.Point(6_000, 4_000)));
        ExportOptions options = ExportOptions.DEFAULT.withSelected("onboard-dev").withEscalation(true);
        var highlighting = PictureHighlights.of(model, options, new ArrayList<>());
        var drawing = dev.iammodeller.diagram.Drawing.of(model);
        var edges = DiagramView.edges(model);
        Picture whole = dev.iammodeller.diagram.picture.DiagramPicture.of(model, drawing, edges, highlighting,
                dev.iammodeller.diagram.picture.Palette.LIGHT, PictureFonts.WIDTHS);
        Picture framed = dev.iammodeller.diagram.picture.DiagramPicture.aroundEscalation(model, drawing, edges, highlighting,
                dev.iammodeller.diagram.picture.Palette.LIGHT, PictureFonts.WIDTHS);
        List<dev.iammodeller.diagram.picture.PictureGroup> path = whole.groups().stream()
                .filter(g -> g.role().startsWith("escalation")).toList();
        assertTrue(path.size() >= 4, "two hops, their labels, what is created and the gain: " + path.size());
        for (var group : path) {
            assertTrue(framed.groups().stream().anyMatch(g -> g.role().equals(group.role()) && g.box().equals(group.box())),
                    group.role() + " is drawn where the whole picture draws it");
            assertTrue(framed.bounds().contains(group.box()), group.role() + " inside the picture");
        }
        assertTrue(framed.groups().stream().anyMatch(g -> "onboard-dev".equals(g.entityId())), "the selection");
        assertTrue(framed.bounds().contains(framed.group("legend").box()), "the legend beside the path");
        assertTrue(whole.groups().stream().anyMatch(g -> "far".equals(g.entityId())));
        assertTrue(framed.groups().stream().noneMatch(g -> "far".equals(g.entityId())), "far-away is not drawn");
        assertTrue(framed.bounds().width() < 3_000 && framed.bounds().height() < 2_000, framed.bounds().toString());
    }

    /**
     * A PNG drawn smaller than life draws an escalation path's steps as the canvas does at that zoom, at their size on
     * the screen: the gain ("⇒ gains administrator…", a label filled with the escalation colour) is as many pixels wide at
     * half the scale as at the full one.
     */
    @Test
    void aPngDrawnSmallerThanLifeKeepsTheEscalationStepsAtTheirSizeOnScreen() throws Exception {
        IamModel model = example("07-provisioning-escalation.iam.json");
        ExportOptions options = ExportOptions.DEFAULT.withSelected("provisioner").withEscalation(true);
        Colour red = dev.iammodeller.diagram.picture.Palette.LIGHT.colour("-reach-escalation");
        int full = widestRun(export(model, ExportFormat.PNG, options.withScale(1)), red);
        int half = widestRun(export(model, ExportFormat.PNG, options.withScale(0.5)), red);
        assertTrue(full > 100, "the gain's label is drawn: " + full);
        assertEquals(full, half, 4, "as wide at half the scale");
    }

    /** The longest row of pixels of exactly this colour in a PNG. */
    private static int widestRun(byte[] png, Colour colour) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int rgb = colour.red() << 16 | colour.green() << 8 | colour.blue();
        int widest = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                run = (image.getRGB(x, y) & 0xffffff) == rgb ? run + 1 : 0;
                widest = Math.max(widest, run);
            }
        }
        return widest;
    }
}
