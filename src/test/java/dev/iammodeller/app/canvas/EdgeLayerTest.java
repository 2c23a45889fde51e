package dev.iammodeller.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.ModelEdge;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The edge paths hold only the edges crossing the kept region, cut to it, and follow moves in and out of it. */
@ExtendWith(ApplicationExtension.class)
class EdgeLayerTest {
    private static final ModelEdge NEAR = new ModelEdge(ModelEdge.Kind.MEMBER_OF, "a", "b");
    private static final ModelEdge FAR = new ModelEdge(ModelEdge.Kind.MEMBER_OF, "c", "d");
    private static final ModelEdge ACROSS = new ModelEdge(ModelEdge.Kind.MEMBER_OF, "a", "d");

    @Start
    void start(Stage stage) {
    }

    @Test
    void onlyEdgesCrossingTheKeptRegionAreDrawnAndLongOnesAreCutToIt(FxRobot robot) {
        robot.interact(() -> {
            EdgeLayer edges = new EdgeLayer();
            Rect a = new Rect(0, 0, 180, 56);
            Rect b = new Rect(0, 300, 180, 56);
            Rect c = new Rect(5000, 0, 180, 56);
            Rect d = new Rect(5000, 300, 180, 56);
            for (ModelEdge edge : new ModelEdge[] {NEAR, FAR, ACROSS}) {
                edges.add(edge);
            }
            edges.connect(NEAR, a, b);
            edges.connect(FAR, c, d);
            edges.connect(ACROSS, a, d);
            edges.flush();
            assertEquals(3, edges.drawnCount(), "no region kept yet: everything");
            Rect keep = new Rect(-100, -100, 1000, 600);
            edges.cull(keep);
            assertEquals(2, edges.drawnCount(), "the far edge left the paths");
            Path lines = (Path) edges.node().getChildren().stream().filter(n -> "edges-member-of".equals(n.getId()))
                    .map(n -> ((javafx.scene.Group) n).getChildren().get(0)).findFirst().orElseThrow();
            assertEquals(4, lines.getElements().size());
            for (var element : lines.getElements()) {
                double x = element instanceof MoveTo m ? m.getX() : ((LineTo) element).getX();
                assertEquals(true, x <= keep.maxX(), "cut to the region: " + x);
            }
            edges.connect(FAR, new Rect(300, 0, 180, 56), d);
            edges.flush();
            assertEquals(3, edges.drawnCount(), "moved into the region: drawn again");
            edges.remove(NEAR);
            edges.flush();
            assertEquals(2, edges.drawnCount());
        });
    }

    @Test
    void edgesWithAFadedEndAreDrawnFadedUnderTheOthers(FxRobot robot) {
        robot.interact(() -> {
            EdgeLayer edges = nearFarAnd(ACROSS, new Rect(0, 0, 180, 56), new Rect(500, 300, 180, 56));
            javafx.scene.Group plain = group(edges, "edges-member-of");
            javafx.scene.Group faded = group(edges, "edges-member-of-faded");
            assertEquals(6, lines(plain).getElements().size());
            assertEquals(0, lines(faded).getElements().size());

            assertEquals(true, edges.fade(id -> id.equals("d")));
            assertEquals(2, lines(plain).getElements().size(), "a to b only");
            assertEquals(4, lines(faded).getElements().size(), "c to d and a to d: d is faded");
            assertEquals(true, faded.getPseudoClassStates().contains(EdgeLayer.FADED));
            assertEquals(true, edges.node().getChildren().indexOf(faded) < edges.node().getChildren().indexOf(plain),
                    "the faded edges are drawn first, under the others");
            assertEquals(false, edges.fade(id -> id.equals("d")), "nothing changed");

            edges.fade(id -> false);
            assertEquals(6, lines(plain).getElements().size());
            assertEquals(0, lines(faded).getElements().size());
        });
    }

    @Test
    void attachmentsAreThinUnderThePlainEdgesAndTheEdgesBetweenLitEndsOnTop(FxRobot robot) {
        robot.interact(() -> {
            EdgeLayer edges = nearFarAnd(new ModelEdge(ModelEdge.Kind.ATTACHED_TO, "p", "a"), new Rect(300, 0, 180, 56),
                    new Rect(0, 0, 180, 56));
            javafx.scene.Group under = group(edges, "edges-attached-to-under");
            javafx.scene.Group plain = group(edges, "edges-member-of");
            assertEquals(2, lines(under).getElements().size(), "an attachment is drawn under");
            assertEquals(true, under.getStyleClass().contains(EdgeLayer.THIN));
            assertEquals(false, plain.getStyleClass().contains(EdgeLayer.THIN));
            assertEquals(true, edges.node().getChildren().indexOf(under) < edges.node().getChildren().indexOf(plain));

            edges.fade(id -> false, id -> id.equals("a") || id.equals("b") || id.equals("p"));
            javafx.scene.Group lit = group(edges, "edges-member-of-lit");
            javafx.scene.Group litAttached = group(edges, "edges-attached-to-lit");
            assertEquals(2, lines(lit).getElements().size(), "a to b: both ends lit");
            assertEquals(2, lines(plain).getElements().size(), "c to d stays");
            assertEquals(2, lines(litAttached).getElements().size(), "a lit attachment is on top, full width");
            assertEquals(false, litAttached.getStyleClass().contains(EdgeLayer.THIN));
            int top = edges.node().getChildren().size() - 1;
            for (javafx.scene.Node other : edges.node().getChildren()) {
                if (!other.getId().endsWith("-lit")) {
                    assertEquals(true, edges.node().getChildren().indexOf(other) < edges.node().getChildren().indexOf(lit),
                            other.getId() + " is under the lit edges");
                }
            }
            assertEquals(true, edges.node().getChildren().indexOf(lit) <= top);
        });
    }

    @Test
    void onlyTheSelectionsConnectionsWhenNotEveryEdgeIsDrawn(FxRobot robot) {
        robot.interact(() -> {
            EdgeLayer edges = nearFarAnd(ACROSS, new Rect(0, 0, 180, 56), new Rect(500, 300, 180, 56));
            assertEquals(3, edges.drawnCount());
            java.util.Set<String> selected = new java.util.HashSet<>();
            assertEquals(true, edges.drawEvery(false, selected::contains, e -> false));
            assertEquals(0, edges.drawnCount(), "nothing selected: no edge drawn");

            selected.add("d");
            edges.drawEvery(false, selected::contains, e -> false);
            assertEquals(2, edges.drawnCount(), "d's own: c to d and a to d");
            javafx.scene.Group plain = group(edges, "edges-member-of");
            assertEquals(4, lines(plain).getElements().size());

            // d's highlights: it reaches c; a and b are faded
            edges.fade(id -> id.equals("a") || id.equals("b"), id -> id.equals("c"), true);
            assertEquals(2, edges.drawnCount(), "c to d (not faded) and a to d (d is selected)");
            selected.clear();
            edges.drawEvery(false, selected::contains, e -> false);
            assertEquals(1, edges.drawnCount(), "the highlights' subject still shown: c to d, between two ends not faded");

            edges.fade(id -> false, id -> false, false);
            assertEquals(0, edges.drawnCount(), "no selection, no highlights: none");
            edges.add(new ModelEdge(ModelEdge.Kind.MEMBER_OF, "b", "c"));
            edges.connect(new ModelEdge(ModelEdge.Kind.MEMBER_OF, "b", "c"), new Rect(0, 300, 180, 56), new Rect(5000, 0, 180, 56));
            edges.flush();
            assertEquals(0, edges.drawnCount(), "an edge added while only the selection's are drawn is left out too");
            assertEquals(true, edges.drawEvery(false, selected::contains, FAR::equals));
            assertEquals(1, edges.drawnCount(), "an edge pinned (just made) is drawn too");
            assertEquals(true, edges.drawEvery(true, selected::contains, e -> false));
            assertEquals(4, edges.drawnCount(), "every edge again");
        });
    }

    @Test
    void zoomedOutPastTheNamesTheLitEdgesKeepTwoPixelsOnScreen(FxRobot robot) {
        robot.interact(() -> {
            EdgeLayer edges = nearFarAnd(ACROSS, new Rect(0, 0, 180, 56), new Rect(500, 300, 180, 56));
            edges.fade(id -> false, id -> id.equals("a") || id.equals("b"));
            Path lit = lines(group(edges, "edges-member-of-lit"));
            Path plain = lines(group(edges, "edges-member-of"));
            edges.setScale(0.05);
            assertEquals("-fx-stroke-width: 40.0", lit.getStyle(), "2 px at 5 %");
            assertEquals("", plain.getStyle(), "the rest as they are");
            edges.setScale(0.6);
            assertEquals("", lit.getStyle(), "names readable: drawn at their width");
        });
    }

    @Test
    void anEdgeWithABoxInItsWayIsDrawnBentAroundItAndStraightOnceTheBoxIsGone(FxRobot robot) {
        robot.interact(() -> {
            Rect a = new Rect(0, 0, 180, 56);
            Rect b = new Rect(0, 300, 180, 56);
            Rect between = new Rect(0, 150, 180, 56);
            EdgeLayer edges = new EdgeLayer();
            edges.add(NEAR);
            edges.connect(NEAR, a, b, () -> new dev.iammodeller.diagram.EdgeRoutes(java.util.Map.of("a", a, "b", b,
                    "between", between)));
            edges.flush();
            Path lines = lines(group(edges, "edges-member-of"));
            assertEquals(true, lines.getElements().size() > 2, "bent: " + lines.getElements());
            for (var element : lines.getElements()) {
                double x = element instanceof MoveTo m ? m.getX() : ((LineTo) element).getX();
                double y = element instanceof MoveTo m ? m.getY() : ((LineTo) element).getY();
                assertEquals(false, between.grow(-1).contains(new dev.iammodeller.diagram.Point(x, y)), "no corner on the box");
            }
            edges.connect(NEAR, a, b, () -> new dev.iammodeller.diagram.EdgeRoutes(java.util.Map.of("a", a, "b", b)));
            edges.flush();
            assertEquals(2, lines.getElements().size(), "straight again");
        });
    }

    /** A layer holding a to b (near), c to d (far) and one more edge, drawn. */
    private static EdgeLayer nearFarAnd(ModelEdge more, Rect from, Rect to) {
        EdgeLayer edges = new EdgeLayer();
        for (ModelEdge edge : new ModelEdge[] {NEAR, FAR, more}) {
            edges.add(edge);
        }
        edges.connect(NEAR, new Rect(0, 0, 180, 56), new Rect(0, 300, 180, 56));
        edges.connect(FAR, new Rect(500, 0, 180, 56), new Rect(500, 300, 180, 56));
        edges.connect(more, from, to);
        edges.flush();
        return edges;
    }

    private static javafx.scene.Group group(EdgeLayer edges, String id) {
        return (javafx.scene.Group) edges.node().getChildren().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow();
    }

    private static Path lines(javafx.scene.Group kind) {
        return (Path) kind.getChildren().get(0);
    }
}
