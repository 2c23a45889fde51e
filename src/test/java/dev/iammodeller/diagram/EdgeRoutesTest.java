package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An edge drawn over a box it does not connect reads as an edge to that box: a policy attached to a group, drawn
 * through the user under the group, looks attached to the user. Edges bend around such boxes.
 */
class EdgeRoutesTest {
    private static final double W = Drawing.NODE_WIDTH;
    private static final double H = Drawing.NODE_HEIGHT;

    private static Rect box(double x, double y) {
        return new Rect(x, y, W, H);
    }

    /** Whether some leg of the course runs over the box (its inside, a pixel in from its border). */
    private static boolean over(List<Point> course, Rect box) {
        for (int at = 1; at < course.size(); at++) {
            if (box.grow(-1).cut(course.get(at - 1), course.get(at)) != null) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aClearLineStaysStraightFromBorderToBorder() {
        Rect group = box(0, 0);
        Rect user = box(0, 200);
        Map<String, Rect> boxes = Map.of("group", group, "user", user, "aside", box(400, 100));
        List<Point> course = new EdgeRoutes(boxes).between("user", user, "group", group);
        assertEquals(2, course.size());
        assertEquals(new Point(W / 2, 200), course.get(0), "leaves the user at its top");
        assertEquals(new Point(W / 2, H), course.get(1), "meets the group at its bottom");
    }

    @Test
    void aLineOverABoxBendsAroundIt() {
        Rect group = box(0, 0);
        Rect user = box(0, 120);
        Rect policy = box(0, 240);
        Map<String, Rect> boxes = Map.of("group", group, "user", user, "policy", policy);
        List<Point> course = new EdgeRoutes(boxes).between("policy", policy, "group", group);
        assertTrue(course.size() > 2, "bent: " + course);
        assertTrue(!over(course, user), "kept off the user: " + course);
        assertTrue(policy.grow(0.01).contains(course.get(0)), "starts on the policy's border");
        assertTrue(group.grow(0.01).contains(course.get(course.size() - 1)), "ends on the group's border");
        for (Point bend : course.subList(1, course.size() - 1)) {
            assertTrue(!user.contains(bend) && !group.contains(bend) && !policy.contains(bend), "a bend beside the boxes");
        }
    }

    @Test
    void aLineOverTwoBoxesInAColumnGoesAlongTheirSide() {
        Rect group = box(0, 0);
        Rect user = box(0, 100);
        Rect function = box(0, 200);
        Rect policy = box(0, 300);
        Map<String, Rect> boxes = Map.of("group", group, "user", user, "function", function, "policy", policy);
        List<Point> course = new EdgeRoutes(boxes).between("policy", policy, "group", group);
        assertTrue(!over(course, user) && !over(course, function), "kept off both: " + course);
    }

    @Test
    void anEdgeUpToTheFrameThatHoldsItsStartMeetsTheFrameAtItsTop() {
        Rect account = new Rect(-20, -40, W + 40, 400);
        Rect above = box(0, 0);
        Rect role = box(0, 200);
        Map<String, Rect> boxes = Map.of("above", above, "role", role);
        List<Point> course = new EdgeRoutes(boxes).between("role", role, "account", account);
        assertTrue(!over(course, above), "kept off the box above it: " + course);
        assertEquals(account.y(), course.get(course.size() - 1).y(), "ends on the frame's top");
    }

    /**
     * A role deep in a laid-out account (a grid of many boxes) that trusts the account: its edge to the account went
     * straight up over every box above it, reading as a trust of each; it runs up the gap beside the role's column.
     */
    @Test
    void anEdgeUpToTheFrameThatHoldsItsStartRunsUpTheGapBesideItsColumn() {
        Map<String, Rect> boxes = new java.util.HashMap<>();
        double cellWidth = W + AutoLayout.COLUMN_GAP;
        double cellHeight = H + AutoLayout.ROW_GAP;
        for (int column = 0; column < 5; column++) {
            for (int row = 0; row < 8; row++) {
                boxes.put("n" + column + "-" + row, box(column * cellWidth, row * cellHeight));
            }
        }
        Rect account = new Rect(-24, -64, 5 * cellWidth + 48, 8 * cellHeight + 100);
        Rect role = boxes.get("n2-6");
        List<Point> course = new EdgeRoutes(boxes).between("n2-6", role, "account", account);
        boxes.forEach((id, box) -> assertTrue(id.equals("n2-6") || !over(course, box), "kept off " + id + ": " + course));
        assertEquals(account.y(), course.get(course.size() - 1).y(), "ends on the frame's top");
        assertTrue(course.size() == 3, "one bend, beside the role: " + course);
        Point bend = course.get(1);
        assertEquals(role.centre().y(), bend.y(), 0.01, "leaves the role at the middle of its side");
        assertTrue(Math.abs(bend.x() - role.x()) <= AutoLayout.COLUMN_GAP / 2 + 0.01
                || Math.abs(bend.x() - role.maxX()) <= AutoLayout.COLUMN_GAP / 2 + 0.01, "in the gap beside it: " + bend);
        // and the other way (a frame's edge to a node it holds), the same course reversed
        List<Point> back = new EdgeRoutes(boxes).between("account", account, "n2-6", role);
        boxes.forEach((id, box) -> assertTrue(id.equals("n2-6") || !over(back, box), "kept off " + id + ": " + back));
        assertEquals(account.y(), back.get(0).y(), "starts on the frame's top");
    }

    @Test
    void anEdgeFromABoxToItselfStaysAsAnchorsPutsIt() {
        Rect role = box(0, 200);
        Map<String, Rect> boxes = Map.of("role", role, "above", box(0, 0));
        Point[] ends = Anchors.between(role, role);
        assertEquals(List.of(ends[0], ends[1]), new EdgeRoutes(boxes).between("role", role, "role", role),
                "a role that trusts itself");
    }

    /** A model file may put a box anywhere: an edge across more than the world's width is drawn straight, at once. */
    @Test
    void anEdgeToABoxFarOutsideEveryDrawingStaysStraight() {
        Rect near = box(0, 0);
        Rect far = box(1e15, 3e14);
        Rect nowhere = box(Double.NaN, 0);
        Map<String, Rect> boxes = Map.of("near", near, "far", far, "nowhere", nowhere, "between", box(1e14, 3e13));
        EdgeRoutes routes = new EdgeRoutes(boxes);
        assertEquals(2, routes.between("near", near, "far", far).size());
        assertEquals(2, routes.between("near", near, "nowhere", nowhere).size());
    }

    @Test
    void aLineThroughACrowdStaysStraight() {
        Map<String, Rect> boxes = new LinkedHashMap<>();
        Rect from = box(0, 0);
        Rect to = box(0, 1000);
        boxes.put("from", from);
        boxes.put("to", to);
        for (int row = 1; row < 9; row++) {
            for (int column = -2; column <= 2; column++) {
                boxes.put("n" + row + "," + column, box(column * (W + 10), row * 100));
            }
        }
        assertEquals(2, new EdgeRoutes(boxes).between("from", from, "to", to).size(), "no bend clears eight rows");
    }

    @Test
    void theSameBoxesGiveTheSameCourse() {
        Rect group = box(0, 0);
        Rect user = box(0, 120);
        Rect policy = box(30, 240);
        Map<String, Rect> boxes = new LinkedHashMap<>(Map.of("group", group, "user", user, "policy", policy));
        Map<String, Rect> reordered = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(boxes.keySet());
        java.util.Collections.reverse(ids);
        ids.forEach(id -> reordered.put(id, boxes.get(id)));
        assertEquals(new EdgeRoutes(boxes).between("policy", policy, "group", group),
                new EdgeRoutes(reordered).between("policy", policy, "group", group));
    }

    @Test
    void noEdgeOfAnExampleRunsOverABoxItDoesNotConnect() throws Exception {
        Path folder = Path.of("src/main/resources/examples");
        List<String> over = new ArrayList<>();
        int bent = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".iam.json")).sorted().toList()) {
                bent += bentOver(ModelFile.read(file), file.getFileName().toString(), over);
            }
        }
        assertEquals(List.of(), over);
        assertTrue(bent >= 5, "the examples have edges that had to bend: " + bent);
    }

    /**
     * The imported sample account draws its AWS managed policies in a grid under the account, and their attachments run
     * up to the principals across both: each finds its way between the boxes.
     */
    @Test
    void noEdgeOfAnImportedAccountRunsOverABoxItDoesNotConnect() throws Exception {
        IamModel model = dev.iammodeller.io.authz.AuthorizationImport.importFiles(List.of(Path.of(
                "src/test/resources/authz-details/test_files_example-authz-details.json")),
                dev.iammodeller.io.authz.ImportProgress.NONE).model();
        List<String> over = new ArrayList<>();
        int bent = bentOver(model, "imported", over);
        assertEquals(List.of(), over);
        assertTrue(bent >= 3, "some attachments had to bend: " + bent);
    }

    /**
     * A drawing of many boxes tries only the corners of the boxes in an edge's way (a crowd's search costs seconds there),
     * and, over more of them, its gaps: a laid-out account is a grid whose column and row gaps lead everywhere.
     */
    @Test
    void inALargeDrawingAnEdgeOverManyBoxesRunsAlongTheGaps() {
        Map<String, Rect> boxes = new LinkedHashMap<>();
        for (int row = 0; row < 20; row++) {
            for (int column = 0; column < 20; column++) {
                boxes.put(row + "," + column, box(column * (W + 40), row * 120));
            }
        }
        Rect from = boxes.get("0,0");
        Rect to = boxes.get("6,1");
        EdgeRoutes routes = new EdgeRoutes(boxes);
        List<Point> gaps = routes.between("0,0", from, "6,1", to);
        assertTrue(gaps.size() > 2, "over five boxes of a grid: along its gaps " + gaps);
        boxes.forEach((id, box) -> assertTrue(id.equals("0,0") || id.equals("6,1") || !over(gaps, box), id + ": " + gaps));
        for (int at = 1; at < gaps.size(); at++) {
            Point a = gaps.get(at - 1);
            Point b = gaps.get(at);
            assertTrue(a.x() == b.x() || a.y() == b.y(), "each leg along a gap, up or across: " + gaps);
        }
        // packed without gaps (each box over the next), no course is clear: straight, over them
        Map<String, Rect> packed = new LinkedHashMap<>();
        for (int row = 0; row < 20; row++) {
            for (int column = 0; column < 20; column++) {
                packed.put(row + "," + column, box(column * (W - 10), row * (H - 10)));
            }
        }
        assertEquals(2, new EdgeRoutes(packed).between("5,5", packed.get("5,5"), "12,6", packed.get("12,6")).size());
        Map<String, Rect> few = new LinkedHashMap<>();
        boxes.forEach((id, box) -> {
            if (box.y() <= 6 * 120 && box.x() <= 3 * (W + 40)) {
                few.put(id, box);
            }
        });
        List<Point> course = new EdgeRoutes(few).between("0,0", from, "6,1", to);
        assertTrue(course.size() > 2, "a few boxes: a way is found between them " + course);
        few.forEach((id, box) -> assertTrue(id.equals("0,0") || id.equals("6,1") || !over(course, box), id));
    }

    /**
     * A comment on an edge sits halfway along its course, not over the box it goes around; a right-click on a bend finds
     * the edge (example 1: AWSLambda_FullAccess attached to group dev, drawn around alice and report-fn).
     */
    @Test
    void aCommentOnABentEdgeFollowsItsCourse() throws Exception {
        IamModel model = ModelFile.read(Path.of("src/main/resources/examples/01-group-vs-service-role.iam.json"));
        Drawing drawing = Drawing.of(model);
        ModelEdge attached = DiagramEdges.of(model).stream()
                .filter(e -> e.from().equals("AWSLambda_FullAccess") && e.to().equals("dev")).findFirst().orElseThrow();
        List<Point> course = drawing.course(attached.from(), attached.to());
        assertTrue(course.size() > 2, "bent: " + course);
        dev.iammodeller.model.Comment comment = new dev.iammodeller.model.Comment(1,
                dev.iammodeller.model.CommentPin.edge(attached), "why here?", "", "", false, List.of());
        Point marker = CommentPlaces.of(List.of(comment), drawing).get(1);
        assertEquals(0, EdgeRoutes.distance(marker, course), 1e-6, "on the course");
        drawing.nodes().forEach((id, box) -> assertTrue(!box.contains(marker), "not over " + id));
        assertEquals(attached, CommentPlaces.edgeNear(course.get(1), DiagramEdges.of(model), drawing, 4));
    }

    /**
     * Boxes scattered at random (a fixed seed), some overlapping, some in frames that hold their edges' ends: every
     * course starts on its first end's border and ends on its last's, and a bent one runs over no box it does not connect.
     */
    @Test
    void scatteredBoxesGetCoursesThatStartAndEndOnTheirBordersAndBendClear() {
        java.util.Random random = new java.util.Random(20261207);
        for (int round = 0; round < 40; round++) {
            Map<String, Rect> boxes = new LinkedHashMap<>();
            int count = 5 + random.nextInt(60);
            for (int at = 0; at < count; at++) {
                boxes.put("n" + at, box(random.nextInt(1600), random.nextInt(1000)));
            }
            EdgeRoutes routes = new EdgeRoutes(boxes);
            Rect frame = new Rect(-50, -80, 1900, 1200);
            for (int edge = 0; edge < 30; edge++) {
                String fromId = "n" + random.nextInt(count);
                String toId = random.nextInt(10) == 0 ? "frame" : "n" + random.nextInt(count);
                Rect from = boxes.get(fromId);
                Rect to = toId.equals("frame") ? frame : boxes.get(toId);
                List<Point> course = routes.between(fromId, from, toId, to);
                assertTrue(course.size() >= 2);
                assertTrue(from.grow(0.01).contains(course.get(0)), "starts on " + fromId + ": " + course);
                Point last = course.get(course.size() - 1);
                assertTrue(to.grow(0.01).contains(last) && !to.grow(-0.01).contains(last), "ends on " + toId + ": " + course);
                if (course.size() > 2) {
                    // a box over one of the edge's end boxes is left out: the edge leaves through it anyway
                    boxes.forEach((id, box) -> assertTrue(id.equals(fromId) || id.equals(toId) || box.intersects(from)
                            || to != frame && box.intersects(to) || !over(course, box),
                            fromId + " to " + toId + " over " + id + ": " + course));
                }
            }
        }
    }

    /** The edges of a model whose courses bend, each that still runs over a box it does not connect added to {@code over}. */
    private static int bentOver(IamModel model, String name, List<String> over) {
        Drawing drawing = Drawing.of(model);
        int bent = 0;
        for (ModelEdge edge : DiagramEdges.of(model)) {
            List<Point> course = drawing.course(edge.from(), edge.to());
            if (course == null) {
                continue;
            }
            bent += course.size() > 2 ? 1 : 0;
            drawing.nodes().forEach((id, node) -> {
                if (!id.equals(edge.from()) && !id.equals(edge.to()) && over(course, node)) {
                    over.add(name + ": " + edge + " over " + id);
                }
            });
        }
        return bent;
    }

    @Test
    void aCourseHasAMiddleAndADistance() {
        List<Point> course = List.of(new Point(0, 0), new Point(0, 100), new Point(100, 100));
        assertEquals(new Point(0, 100), EdgeRoutes.middle(course));
        assertEquals(10, EdgeRoutes.distance(new Point(50, 110), course), 1e-9);
        assertEquals(5, EdgeRoutes.distance(new Point(-5, 50), course), 1e-9);
    }

    @Test
    void aDrawingHasNoCourseForAnEdgeToWhatItDoesNotDraw() {
        assertNull(Drawing.of(IamModel.EMPTY).course("a", "b"));
    }
}
