package dev.iammodeller.diagram.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.CommentPlaces;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Family;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ModelEdge;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.User;
import dev.iammodeller.model.Group;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The picture places what the canvas shows where its node and frame views place it. */
class DiagramPictureTest {
    private static IamModel model() {
        Map<String, Entity> entities = new LinkedHashMap<>();
        entities.put("acct", new Account("acct", "111122223333", "main", null, false));
        entities.put("alice", new User("alice", "111122223333", "alice", "/", false, false, Map.of()));
        entities.put("dev", new Group("dev", "111122223333", "dev", "/"));
        Layout layout = new Layout(Map.of("alice", new Layout.Point(100, 200), "dev", new Layout.Point(400, 200)),
                Map.of());
        return new IamModel("t", "", entities, List.of(new Relation(RelationKind.MEMBER_OF, "alice", "dev")), layout);
    }

    private static final Set<ModelEdge> EDGES = Set.of(new ModelEdge(ModelEdge.Kind.MEMBER_OF, "alice", "dev"));

    /** alice selected: her group dev the source of her reach, the account dimmed, the arrow of her membership. */
    private static Highlighting aliceSelected() {
        return new Highlighting("alice", Map.of("dev", Emphasis.SOURCE), Set.of("acct"), Set.of(),
                List.of(new Highlighting.Arrow("alice", "dev", "member of", Emphasis.DIRECT)), null);
    }

    private static Picture picture(Highlighting highlighting, boolean detailed) {
        IamModel model = model();
        return DiagramPicture.of(model, Drawing.of(model), EDGES,
                highlighting, Palette.LIGHT, TextWidth.ESTIMATE, detailed ? 1 : 0.2);
    }

    private static PictureGroup group(Picture picture, String id) {
        return picture.groups().stream().filter(g -> id.equals(g.entityId())).findFirst().orElseThrow();
    }

    @Test
    void aNodeIsItsBodyStripeIconNameAndSubtitleAtTheFacesOffsets() {
        PictureGroup alice = group(picture(Highlighting.NONE, true), "alice");
        assertEquals(new Rect(100, 200, Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT), alice.box());
        assertEquals("arn:aws:iam::111122223333:user/alice", alice.title());
        Mark.Shape body = (Mark.Shape) alice.marks().get(0);
        assertEquals(Palette.LIGHT.colour("-iam-node-fill"), body.fill());
        Mark.Shape stripe = (Mark.Shape) alice.marks().get(1);
        assertEquals(Palette.LIGHT.family(Family.IDENTITIES), stripe.fill());
        Mark.Text name = (Mark.Text) alice.marks().get(3);
        assertEquals(new Mark.Text("alice", 100 + NodeFace.TEXT_X, 200 + NodeFace.NAME_Y, NodeFace.NAME_FONT, true,
                Palette.LIGHT.text()), name);
        Mark.Text subtitle = (Mark.Text) alice.marks().get(4);
        assertEquals("user", subtitle.text());
        assertEquals(200 + NodeFace.SUBTITLE_Y, subtitle.y());
    }

    @Test
    void drawnTooSmallToReadANodeKeepsItsBoxAndStripeAndAnEdgeItsLine() {
        Picture plain = picture(Highlighting.NONE, false);
        assertEquals(2, group(plain, "alice").marks().size());
        PictureGroup edge = plain.groups().stream().filter(g -> g.role().equals("edge")).findFirst().orElseThrow();
        assertEquals(1, edge.marks().size(), "no head");
        assertTrue(((Mark.Shape) edge.marks().get(0)).dashes().isEmpty());
    }

    /**
     * Drawn between a quarter and 45 % of its size (a PNG of a 3,000-principal account comes out at 27 %), as the canvas at
     * that zoom: each box says its name by itself at 11 px or more in its box, an escalating one its badge too, grown.
     */
    @Test
    void drawnPastTheDetailsANodeStillSaysItsName() {
        IamModel model = model();
        for (double scale : new double[] {0.44, 0.34, 0.27, 0.25}) {
            Picture picture = DiagramPicture.of(model, Drawing.of(model), Set.of(), new Highlighting(null, Map.of(), Set.of(),
                    Set.of("alice"), List.of(), null), Palette.LIGHT, TextWidth.ESTIMATE, scale);
            PictureGroup dev = group(picture, "dev");
            List<Mark.Text> texts = dev.marks().stream().filter(m -> m instanceof Mark.Text).map(Mark.Text.class::cast).toList();
            assertEquals(1, texts.size(), "the name alone at " + scale);
            Mark.Text name = texts.get(0);
            assertEquals("dev", name.text());
            assertTrue(name.size() * scale >= 11 - 1e-9, name.size() * scale + " px at " + scale);
            Rect box = dev.box();
            assertEquals(box.x() + NodeFace.ALONE_X, name.x(), 1e-9);
            assertTrue(name.y() > box.y() + Drawing.NODE_HEIGHT / 2 && name.y() < box.maxY(), "its baseline in the box's lower half");
            assertTrue(name.y() - 0.72 * name.size() >= box.y() - 1e-9, "its capitals inside the box at " + scale);
            // alice escalates: her name, and the grown badge over her box's corner
            List<Mark> alice = group(picture, "alice").marks();
            assertTrue(alice.stream().anyMatch(m -> m instanceof Mark.Text t && t.text().equals("alice")));
            assertTrue(alice.stream().anyMatch(m -> m instanceof Mark.Text t && t.text().equals("!") && t.size() > 12));
        }
        Picture plain = DiagramPicture.of(model, Drawing.of(model), Set.of(), Highlighting.NONE, Palette.LIGHT,
                TextWidth.ESTIMATE, 0.24);
        assertTrue(group(plain, "dev").marks().stream().noneMatch(m -> m instanceof Mark.Text), "under a quarter: plain");
    }

    @Test
    void aSelectionEmphasisesWhatItReachesAndDimsTheRest() {
        Highlighting highlighting = aliceSelected();
        Picture picture = picture(highlighting, true);
        Mark.Shape alice = (Mark.Shape) group(picture, "alice").marks().get(0);
        assertEquals(Palette.LIGHT.colour("-iam-selection"), alice.stroke());
        assertEquals(Emphasis.SELECTED.width(), alice.width());
        Mark.Shape dev = (Mark.Shape) group(picture, "dev").marks().get(0);
        assertEquals(Palette.LIGHT.colour("-iam-reach-source"), dev.stroke());
        Mark.Shape frame = (Mark.Shape) group(picture, "acct").marks().get(0);
        assertEquals(EdgeLook.DIMMED * Palette.LIGHT.colour("-iam-frame-fill").alpha(), frame.fill().alpha(), 1e-9);
        PictureGroup arrow = picture.groups().stream().filter(g -> g.role().equals("path")).findFirst().orElseThrow();
        assertEquals(Palette.LIGHT.colour("-reach-direct"), ((Mark.Shape) arrow.marks().get(0)).stroke());
        PictureGroup label = picture.groups().stream().filter(g -> g.role().equals("path-label")).findFirst().orElseThrow();
        assertTrue(label.marks().stream().anyMatch(m -> m instanceof Mark.Text t && t.text().equals("member of")));
        assertTrue(picture.groups().indexOf(label) > picture.groups().indexOf(arrow), "the label is drawn over its arrow");
        PictureGroup legend = picture.group("legend");
        assertNotNull(legend);
        assertTrue(legend.box().x() > picture.groups().get(0).box().maxX(), "the legend stands right of the diagram");
        assertTrue(picture.bounds().contains(legend.box()));
        assertTrue(legend.marks().stream().anyMatch(m -> m instanceof Mark.Text t && t.text().equals("source")));
    }

    @Test
    void zoomedOutPastWhereThePathLabelsCanBeReadTheyAreLeftOutAndTheArrowsStay() {
        Highlighting highlighting = aliceSelected();
        IamModel model = model();
        Set<ModelEdge> edges = EDGES;
        // a 12 px label grown at most 1.8 times: 12 * 1.8 * 0.5 = 10.8 px on the image, under 11; at 0.52, 11.2 px
        for (double scale : new double[] {0.5, 0.3}) {
            Picture small = DiagramPicture.of(model, Drawing.of(model), edges, highlighting, Palette.LIGHT, TextWidth.ESTIMATE, scale);
            assertTrue(small.groups().stream().anyMatch(g -> g.role().equals("path")), "the arrow at " + scale);
            assertTrue(small.groups().stream().noneMatch(g -> g.role().equals("path-label")), "no label at " + scale);
        }
        for (double scale : new double[] {0.52, 1, 2}) {
            Picture readable = DiagramPicture.of(model, Drawing.of(model), edges, highlighting, Palette.LIGHT, TextWidth.ESTIMATE, scale);
            assertTrue(readable.groups().stream().anyMatch(g -> g.role().equals("path-label")), "the label at " + scale);
        }
    }

    /**
     * Drawn at a scale, what the canvas draws over the diagram is as large as the canvas draws it at that zoom
     * (LiveCanvas, ReadableText.overlayScale): a badge, a comment marker and a path's label grown by 1 / zoom up to
     * 1.8 times, an escalation step's label and line by 1 / zoom with no bound; at 1 and above, their own size.
     */
    @Test
    void drawnSmallerThanLifeWhatStandsOverTheDiagramGrowsAsOnTheCanvas() {
        IamModel plain = model();
        IamModel model = new IamModel(plain.title(), "", plain.entities(), plain.relations(), plain.layout(), List.of(),
                List.of(new dev.iammodeller.model.Comment(1, dev.iammodeller.model.CommentPin.node("dev"), "why?", null,
                        null, false, List.of())));
        Set<ModelEdge> edges = EDGES;
        Highlighting path = new Highlighting("alice", Map.of("dev", Emphasis.SOURCE), Set.of(), Set.of("alice"),
                List.of(new Highlighting.Arrow("alice", "dev", "member of", Emphasis.DIRECT)), null);
        Highlighting steps = new Highlighting("alice", Map.of(), Set.of(), Set.of("alice"), List.of(),
                new Highlighting.Escalation(List.of(new Highlighting.Hop(new Highlighting.Stop("alice", null),
                        new Highlighting.Stop("dev", null), "iam:AddUserToGroup")), "administrator", false));
        Rect aliceBox = new Rect(100, 200, Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
        Map<Double, double[]> grownAt = new LinkedHashMap<>(); // scale -> {badges, markers and path labels; steps}
        grownAt.put(2.0, new double[] {1, 1});
        grownAt.put(1.0, new double[] {1, 1});
        grownAt.put(0.8, new double[] {1.25, 1.25});
        grownAt.put(0.6, new double[] {1 / 0.6, 1 / 0.6});
        grownAt.put(0.52, new double[] {1.8, 1 / 0.52});
        Picture life = DiagramPicture.of(model, Drawing.of(model), edges, path, Palette.LIGHT, TextWidth.ESTIMATE, 1);
        Picture lifeSteps = DiagramPicture.of(model, Drawing.of(model), edges, steps, Palette.LIGHT, TextWidth.ESTIMATE, 1);
        for (Map.Entry<Double, double[]> at : grownAt.entrySet()) {
            double scale = at.getKey();
            double grown = at.getValue()[0];
            double step = at.getValue()[1];
            Picture picture = DiagramPicture.of(model, Drawing.of(model), edges, path, Palette.LIGHT, TextWidth.ESTIMATE,
                    scale);
            Rect badge = NodeFace.badge(aliceBox, grown);
            Mark.Shape drawnBadge = group(picture, "alice").marks().stream().filter(m -> m instanceof Mark.Shape)
                    .map(m -> (Mark.Shape) m).filter(m -> Palette.LIGHT.colour("-reach-escalation").equals(m.fill()))
                    .findFirst().orElseThrow();
            assertEquals(Outline.roundRect(badge, badge.width()).svg(), drawnBadge.outline().svg(), "the badge at " + scale);
            assertEquals(1.5 * grown, drawnBadge.width(), 1e-9);

            PictureGroup label = picture.groups().stream().filter(g -> g.role().equals("path-label")).findFirst().orElseThrow();
            PictureGroup lifeLabel = life.groups().stream().filter(g -> g.role().equals("path-label")).findFirst().orElseThrow();
            assertEquals(lifeLabel.box().width() * grown, label.box().width(), 1e-9, "the path's label at " + scale);
            assertEquals(lifeLabel.box().height() * grown, label.box().height(), 1e-9);
            assertEquals(EdgeLook.LABEL_FONT * grown, text(label, "member of").size(), 1e-9);
            assertTrue(label.marks().stream().allMatch(m -> label.box().grow(1e-6).contains(bounds(m))),
                    "the label's marks within its box at " + scale);

            PictureGroup marker = picture.group("comment");
            assertEquals(CommentPlaces.SIZE * grown, marker.box().height(), 1e-9, "the marker at " + scale);
            assertEquals(CommentMarks.FONT * grown, text(marker, "1").size(), 1e-9);

            Picture stepped = DiagramPicture.of(model, Drawing.of(model), edges, steps, Palette.LIGHT, TextWidth.ESTIMATE,
                    scale);
            PictureGroup hop = stepped.groups().stream().filter(g -> g.role().equals("escalation-hop")).findFirst().orElseThrow();
            assertEquals(EdgeLook.ESCALATION_WIDTH * step, ((Mark.Shape) hop.marks().get(0)).width(), 1e-9,
                    "the step's line at " + scale);
            assertEquals(List.of(12.0 * step, 5.0 * step), ((Mark.Shape) hop.marks().get(0)).dashes());
            PictureGroup hopLabel = stepped.groups().stream().filter(g -> g.role().equals("escalation-hop-label"))
                    .findFirst().orElseThrow();
            PictureGroup lifeHop = lifeSteps.groups().stream().filter(g -> g.role().equals("escalation-hop-label"))
                    .findFirst().orElseThrow();
            assertEquals(lifeHop.box().width() * step, hopLabel.box().width(), 1e-9, "the step's label at " + scale);
            assertEquals(EdgeLook.LABEL_FONT * step, text(hopLabel, "iam:AddUserToGroup").size(), 1e-9);
            PictureGroup gain = stepped.group("escalation-gain");
            PictureGroup lifeGain = lifeSteps.group("escalation-gain");
            assertEquals(lifeGain.box().height() * step, gain.box().height(), 1e-9, "the gain at " + scale);
        }
    }

    /**
     * Drawn past the names, as the canvas zoomed out: the selection and what it reaches keep their names over their
     * nodes, on plates, at 12 px on the image (the selection's framed in the selection's colour); where each box says
     * its whole name by itself, no plate; in full detail, none.
     */
    @Test
    void drawnPastTheNamesTheSelectionAndWhatItReachesKeepTheirNamesReadable() {
        Highlighting highlighting = aliceSelected();
        IamModel model = model();
        Set<ModelEdge> edges = EDGES;
        Picture small = DiagramPicture.of(model, Drawing.of(model), edges, highlighting, Palette.LIGHT, TextWidth.ESTIMATE, 0.2);
        List<PictureGroup> names = small.groups().stream().filter(g -> g.role().equals("zoomed-out-name")).toList();
        assertEquals(List.of("alice", "dev"), names.stream().map(PictureGroup::title).toList(), "the selection's first");
        for (PictureGroup name : names) {
            Mark.Text text = text(name, name.title());
            assertEquals(12, text.size() * 0.2, 1e-9, "12 px on the image");
            Rect node = Drawing.of(model).nodes().get(name.title());
            assertTrue(name.box().maxY() <= node.y() + 1e-9 && name.box().maxX() > node.x() && name.box().x() < node.maxX(),
                    name.title() + " over its node: " + name.box() + " " + node);
        }
        assertEquals(Palette.LIGHT.colour("-iam-selection"), ((Mark.Shape) names.get(0).marks().get(0)).stroke());
        assertEquals(Palette.LIGHT.colour("-iam-muted-text"), ((Mark.Shape) names.get(1).marks().get(0)).stroke());
        assertTrue(!names.get(0).box().intersects(names.get(1).box()), "the two plates apart");

        Picture named = DiagramPicture.of(model, Drawing.of(model), edges, highlighting, Palette.LIGHT, TextWidth.ESTIMATE, 0.3);
        assertTrue(named.groups().stream().noneMatch(g -> g.role().equals("zoomed-out-name")),
                "at 30 % each box says its short name whole");
        Picture whole = DiagramPicture.of(model, Drawing.of(model), edges, highlighting, Palette.LIGHT, TextWidth.ESTIMATE, 1);
        assertTrue(whole.groups().stream().noneMatch(g -> g.role().equals("zoomed-out-name")));
    }

    /**
     * Drawn past the names, as the canvas zoomed out that far: each frame with room for it says its name (13 px on the
     * image) and what it holds (11.5 px) on a plate in its top left corner, inside it, no plate over another; outer
     * frames first. Where the boxes say names, the frames' own headers do.
     */
    @Test
    void drawnPastTheNamesEachFrameSaysItsNameAndCountsInItsCorner() throws Exception {
        IamModel model;
        try (java.io.InputStream in = DiagramPictureTest.class.getResourceAsStream("/examples/02-organization-admin-access.iam.json")) {
            model = dev.iammodeller.io.ModelFile.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "02.iam.json");
        }
        Drawing drawing = Drawing.of(model);
        Picture small = DiagramPicture.of(model, drawing, Set.of(), Highlighting.NONE, Palette.LIGHT, TextWidth.ESTIMATE, 0.2);
        List<PictureGroup> titles = small.groups().stream().filter(g -> g.role().equals("frame-title")).toList();
        assertTrue(!titles.isEmpty(), "no frame says its name");
        Map<String, Rect> byName = new LinkedHashMap<>();
        drawing.frames().forEach((id, box) -> byName.put(model.entity(id).orElseThrow().name(), box));
        String outermost = model.entities().values().stream().filter(e -> e.kind() == dev.iammodeller.model.EntityKind.ORGANIZATION_ROOT)
                .findFirst().orElseThrow().name();
        assertEquals(outermost, titles.get(0).title(), "the organization's root first");
        for (PictureGroup title : titles) {
            Rect frame = byName.get(title.title());
            assertNotNull(frame, title.title());
            assertTrue(frame.contains(title.box()), title.title() + " inside its frame");
            List<Mark.Text> texts = title.marks().stream().filter(m -> m instanceof Mark.Text).map(m -> (Mark.Text) m).toList();
            assertEquals(13, texts.get(0).size() * 0.2, 1e-9);
            assertTrue(texts.get(0).bold());
            assertTrue(texts.size() == 1 || Math.abs(texts.get(1).size() * 0.2 - 11.5) < 1e-9);
            for (PictureGroup other : titles) {
                assertTrue(other == title || !other.box().intersects(title.box()), title.title() + " and " + other.title());
            }
        }
        for (PictureGroup frame : small.groups().stream().filter(g -> g.role().equals("frame")).toList()) {
            assertTrue(frame.marks().stream().noneMatch(m -> m instanceof Mark.Text), "its own header left out, as on the canvas");
        }
        Picture named = DiagramPicture.of(model, drawing, Set.of(), Highlighting.NONE, Palette.LIGHT, TextWidth.ESTIMATE, 0.3);
        assertTrue(named.groups().stream().noneMatch(g -> g.role().equals("frame-title")));
        assertTrue(named.groups().stream().filter(g -> g.role().equals("frame"))
                .allMatch(g -> g.marks().stream().anyMatch(m -> m instanceof Mark.Text)), "each frame's own header");
    }

    /** Drawn below 1, the legend keeps its size on the image, as the canvas's stands over the view at its own size. */
    @Test
    void drawnSmallerThanLifeTheLegendKeepsItsSizeOnTheImage() {
        IamModel model = model();
        PictureGroup life = DiagramPicture.of(model, Drawing.of(model), EDGES, aliceSelected(), Palette.LIGHT,
                TextWidth.ESTIMATE, 1).group("legend");
        for (double scale : new double[] {0.75, 0.4, 0.2}) {
            Picture small = DiagramPicture.of(model, Drawing.of(model), EDGES, aliceSelected(), Palette.LIGHT,
                    TextWidth.ESTIMATE, scale);
            PictureGroup legend = small.group("legend");
            assertEquals(life.box().width(), legend.box().width() * scale, 1e-9, "as wide on the image at " + scale);
            assertEquals(life.box().height(), legend.box().height() * scale, 1e-9);
            assertEquals(text(life, "source").size(), text(legend, "source").size() * scale, 1e-9);
            assertTrue(small.bounds().contains(legend.box()), "inside the picture at " + scale);
        }
        Picture large = DiagramPicture.of(model, Drawing.of(model), EDGES, aliceSelected(), Palette.LIGHT, TextWidth.ESTIMATE, 2);
        assertEquals(life.box(), large.group("legend").box(), "at 2 as at 1");
    }

    private static Mark.Text text(PictureGroup group, String text) {
        return group.marks().stream().filter(m -> m instanceof Mark.Text t && t.text().equals(text))
                .map(m -> (Mark.Text) m).findFirst().orElseThrow();
    }

    /** Where a shape's outline lies, or a text's baseline start (what a label's box must hold). */
    private static Rect bounds(Mark mark) {
        if (mark instanceof Mark.Text t) {
            return new Rect(t.x(), t.y(), 0, 0);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Outline.Segment segment : ((Mark.Shape) mark).outline().segments()) {
            for (int i = 0; i < segment.points().length; i += 2) {
                minX = Math.min(minX, segment.points()[i]);
                maxX = Math.max(maxX, segment.points()[i]);
                minY = Math.min(minY, segment.points()[i + 1]);
                maxY = Math.max(maxY, segment.points()[i + 1]);
            }
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }
}
