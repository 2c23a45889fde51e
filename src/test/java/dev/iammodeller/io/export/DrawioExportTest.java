package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The draw.io file parsed back: an uncompressed mxfile whose cells sit where the canvas draws them, in AWS 2021 shapes. */
class DrawioExportTest {
    private static final Pattern SHAPE = Pattern.compile("(?:shape|grIcon|resIcon)=(mxgraph\\.aws4\\.[a-z0-9_]+)");

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> knownShapes() throws IOException {
        try (InputStream in = DrawioExportTest.class.getResourceAsStream("/export/aws4-shapes.txt")) {
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

    /** A cell of the page: the mxCell, and the object around it if any. */
    record Cell(Element cell, Element object) {
        String id() {
            return object != null ? object.getAttribute("id") : cell.getAttribute("id");
        }
    }

    static Map<String, Cell> cells(Document doc) {
        Element root = (Element) doc.getElementsByTagName("root").item(0);
        Map<String, Cell> cells = new HashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (!(children.item(i) instanceof Element e)) {
                continue;
            }
            Cell cell = e.getTagName().equals("object")
                    ? new Cell((Element) e.getElementsByTagName("mxCell").item(0), e) : new Cell(e, null);
            assertTrue(cells.put(cell.id(), cell) == null, "duplicate id " + cell.id());
        }
        return cells;
    }

    private static double attr(Element geometry, String name) {
        String value = geometry.getAttribute(name);
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }

    /** Checks the draw.io file of the model against its drawing; the number of bends its edges carry. */
    private static int check(IamModel model) throws Exception {
        String xml = DrawioExport.export(model, ExportOptions.DEFAULT);
        Document doc = parse(xml);
        assertEquals("mxfile", doc.getDocumentElement().getTagName());
        Element diagram = (Element) doc.getElementsByTagName("diagram").item(0);
        assertNotNull(diagram.getElementsByTagName("mxGraphModel").item(0), "uncompressed");
        Map<String, Cell> cells = cells(doc);
        assertEquals("0", cells.get("1").cell().getAttribute("parent"));
        assertFalse(cells.get("0").cell().hasAttribute("parent"));
        Set<String> shapes = knownShapes();
        Drawing drawing = Drawing.of(model);
        int vertices = 0;
        int bends = 0;
        for (Cell cell : cells.values()) {
            Element c = cell.cell();
            if (!cell.id().equals("0")) {
                assertTrue(cells.containsKey(c.getAttribute("parent")), cell.id() + " has a parent");
            }
            Matcher m = SHAPE.matcher(c.getAttribute("style"));
            while (m.find()) {
                assertTrue(shapes.contains(m.group(1)), cell.id() + ": " + m.group(1) + " is not a draw.io AWS 2021 shape");
            }
            if ("1".equals(c.getAttribute("vertex"))) {
                vertices++;
                assertNotNull(cell.object(), cell.id());
                String entityId = cell.object().getAttribute("modelId");
                Entity entity = model.entities().get(entityId);
                assertEquals(entity.name(), cell.object().getAttribute("label"));
                assertEquals(entity.kind().json(), cell.object().getAttribute("iamKind"));
                assertTrue(c.getAttribute("style").contains("shape=mxgraph.aws4."), cell.id());
                String parentFrame = drawing.containment().parentOf(entityId);
                assertEquals(parentFrame == null ? "1" : "iam-" + parentFrame, c.getAttribute("parent"), entityId);
                Element geometry = (Element) c.getElementsByTagName("mxGeometry").item(0);
                Rect canvas = drawing.shape(entityId);
                Rect origin = parentFrame == null ? new Rect(0, 0, 0, 0) : drawing.shape(parentFrame);
                assertEquals(canvas.x() - origin.x(), attr(geometry, "x"), 0.01, entityId + " x, relative to its frame");
                assertEquals(canvas.y() - origin.y(), attr(geometry, "y"), 0.01, entityId + " y, relative to its frame");
                if (drawing.frames().containsKey(entityId)) {
                    assertTrue(c.getAttribute("style").contains("shape=mxgraph.aws4.group;"), entityId);
                    assertTrue(c.getAttribute("style").contains("container=1"), entityId);
                    assertEquals(canvas.width(), attr(geometry, "width"), 0.01);
                    if (entity.kind().json().equals("account")) {
                        assertTrue(c.getAttribute("style").contains("grIcon=mxgraph.aws4.group_account"));
                    }
                }
            }
            if ("1".equals(c.getAttribute("edge"))) {
                String source = c.getAttribute("source");
                String target = c.getAttribute("target");
                assertTrue(cells.containsKey(source) && cells.containsKey(target), cell.id());
                String a = drawing.containment().parentOf(source.substring(4));
                String b = drawing.containment().parentOf(target.substring(4));
                if (a == null || b == null) {
                    assertEquals("1", c.getAttribute("parent"), "an edge leaving every frame is on the layer");
                } else if (a.equals(b)) {
                    assertEquals("iam-" + a, c.getAttribute("parent"), "an edge inside one frame belongs to it");
                }
                // bent as on the canvas: its bends as points, relative to its parent's corner
                java.util.List<dev.iammodeller.diagram.Point> course = drawing.course(source.substring(4), target.substring(4));
                NodeList points = c.getElementsByTagName("mxPoint");
                assertEquals(course.size() - 2, points.getLength(), cell.id() + " bends");
                String parent = c.getAttribute("parent");
                Rect origin = parent.equals("1") ? new Rect(0, 0, 0, 0) : drawing.shape(parent.substring(4));
                for (int at = 0; at < points.getLength(); at++) {
                    Element point = (Element) points.item(at);
                    assertEquals(course.get(at + 1).x() - origin.x(), attr(point, "x"), 0.01, cell.id());
                    assertEquals(course.get(at + 1).y() - origin.y(), attr(point, "y"), 0.01, cell.id());
                }
                bends += points.getLength();
            }
        }
        assertEquals(model.entities().size(), vertices, "every entity is a vertex");
        return bends;
    }

    @Test
    void everyExampleOpensWithTheCanvasPositions() throws Exception {
        int bends = 0;
        for (IamModel model : ExportFixtures.examples().values()) {
            bends += check(model);
        }
        assertTrue(bends > 0, "the edges bent around boxes on the canvas are bent in draw.io too");
    }

    @Test
    void hostileNamesComeBackWhole() throws Exception {
        IamModel model = ExportFixtures.hostile();
        check(model);
        Document doc = parse(DrawioExport.export(model, ExportOptions.DEFAULT));
        assertEquals(model.title(), ((Element) doc.getElementsByTagName("diagram").item(0)).getAttribute("name"));
        Cell user = cells(doc).get("iam-u1");
        assertEquals(ExportFixtures.HOSTILE, user.object().getAttribute("label"));
        assertTrue(user.cell().getAttribute("style").contains("shape=mxgraph.aws4.user;"));
        assertTrue(cells(doc).get("iam-g1").cell().getAttribute("style").contains("shape=mxgraph.aws4.users;"));
        assertTrue(cells(doc).get("iam-b1").cell().getAttribute("style").contains("shape=mxgraph.aws4.bucket;"));
        assertTrue(cells(doc).get("iam-c1").cell().getAttribute("style").contains("shape=mxgraph.aws4.instance2;"));
        assertFalse(user.cell().getAttribute("style").contains("html=1"), "labels are plain text");
    }

    @Test
    void aSelectionKeepsTheNodeItsNeighboursAndTheirFrames() throws Exception {
        IamModel model = ExportFixtures.hostile();
        Map<String, Cell> cells = cells(parse(DrawioExport.export(model, ExportOptions.DEFAULT.withSelected("g1"))));
        Set<String> vertices = new HashSet<>();
        cells.values().stream().filter(c -> "1".equals(c.cell().getAttribute("vertex")))
                .forEach(c -> vertices.add(c.object().getAttribute("modelId")));
        assertEquals(Set.of("g1", "u1", "u2", "p1", "acct-1", "ou-ab12-1", "r-ab12"), vertices);
    }
}
