package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import dev.iammodeller.model.PolicyText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where a model is drawn: stored places, fallback places, frames around their content. */
class DrawingTest {
    private static final PolicyText TRUST = new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}");

    /**
     * Revealing a node (`--select`) brings what it is connected to into view with it, nearest first, as far as the
     * view holds them: user-340 of a large account centred alone left its group cut at the view's edge.
     */
    @Test
    void aNodeIsRevealedWithTheNearestOfItsConnectionsThatFitTheView() {
        Map<String, Rect> nodes = Map.of("user", box(0, 0), "group", box(500, -100), "far-group", box(3000, 0),
                "policy", box(-300, 400), "stranger", box(200, 0));
        Drawing drawing = new Drawing(nodes, Map.of(), Containment.of(IamModel.EMPTY));
        List<dev.iammodeller.model.ModelEdge> edges = List.of(
                new dev.iammodeller.model.ModelEdge(dev.iammodeller.model.ModelEdge.Kind.MEMBER_OF, "user", "group"),
                new dev.iammodeller.model.ModelEdge(dev.iammodeller.model.ModelEdge.Kind.MEMBER_OF, "user", "far-group"),
                new dev.iammodeller.model.ModelEdge(dev.iammodeller.model.ModelEdge.Kind.ATTACHED_TO, "policy", "user"),
                new dev.iammodeller.model.ModelEdge(dev.iammodeller.model.ModelEdge.Kind.MEMBER_OF, "stranger", "group"));
        // a view of 1,200 by 700 (a tenth kept as margin): the policy (nearest), then the group fit with the user; the far
        // group does not, and the stranger is not connected to it
        assertEquals(new Rect(-300, -100, 980, 556), drawing.withNeighbours("user", edges, 1200, 700));
        // a low view: the policy below does not fit with the user, the group beside it does
        assertEquals(new Rect(0, -100, 680, 156), drawing.withNeighbours("user", edges, 800, 400));
        // nothing connected, or no room: the node alone
        assertEquals(box(0, 0), drawing.withNeighbours("user", List.of(), 1000, 700));
        assertEquals(box(0, 0), drawing.withNeighbours("user", edges, 100, 100));
    }

    private static Rect box(double x, double y) {
        return new Rect(x, y, Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
    }

    @Test
    void storedPlacesAreKeptAndTheFrameHoldsItsContent() {
        Drawing drawing = Drawing.of(Samples.twoInAnAccount());
        assertEquals(new Rect(40, 60, Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT), drawing.shape("alice"));
        assertEquals(new Rect(0, 0, 600, 200), drawing.shape("acct"));
        assertEquals("acct", drawing.containment().parentOf("alice"));
        assertEquals(Set.of("alice", "dev"), drawing.containment().contentsOf("acct"));
    }

    @Test
    void aFrameGrowsToHoldANodeDraggedOutOfIt() {
        IamModel model = Samples.twoInAnAccount();
        model = model.withLayout(model.layout().withNode("dev", new Layout.Point(900, 400)));
        Rect frame = Drawing.of(model).shape("acct");
        assertTrue(frame.contains(Drawing.of(model).shape("dev")));
        assertEquals(0, frame.x());
    }

    @Test
    void anUnplacedNodeGetsAFreeCellInsideItsAccount() {
        IamModel model = Samples.twoInAnAccount().with(new User("bob", Samples.ACCOUNT, "bob", "/", false, false, Map.of()));
        Drawing drawing = Drawing.of(model);
        Rect bob = drawing.shape("bob");
        assertNotNull(bob);
        assertTrue(drawing.shape("acct").contains(bob));
        assertFalse(bob.intersects(drawing.shape("alice")));
        assertFalse(bob.intersects(drawing.shape("dev")));
    }

    @Test
    void aModelWithNoLayoutIsPackedWithoutOverlaps() {
        IamModel model = IamModel.EMPTY
                .with(new OrganizationRoot("r-1", "Root"))
                .with(new OrganizationalUnit("ou-1", "Prod", "r-1"))
                .with(new Account("a1", "111111111111", "dev", "r-1", false))
                .with(new Account("a2", "222222222222", "prod", "ou-1", false))
                .with(new AwsService("s3", "s3", "Amazon S3", "s3.amazonaws.com"));
        for (int i = 0; i < 7; i++) {
            model = model.with(new User("u" + i, "111111111111", "u" + i, "/", false, false, Map.of()));
        }
        model = model.with(new Role("r", "222222222222", "r", "/", TRUST, 1, "", Map.of()));
        Drawing drawing = Drawing.of(model);
        assertEquals(9, drawing.nodes().size());
        assertEquals(4, drawing.frames().size());
        assertTrue(drawing.shape("ou-1").contains(drawing.shape("a2")));
        assertTrue(drawing.shape("a2").contains(drawing.shape("r")));
        assertTrue(drawing.shape("r-1").contains(drawing.shape("ou-1")));
        assertTrue(drawing.shape("r-1").contains(drawing.shape("a1")));
        assertFalse(drawing.shape("a1").intersects(drawing.shape("ou-1")));
        assertFalse(drawing.shape("r-1").contains(drawing.shape("s3")), "a service belongs to no frame");
        List<Rect> boxes = new ArrayList<>(drawing.nodes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }

    @Test
    void theInnermostFrameAndTheNodeUnderAPointAreFound() {
        Drawing drawing = Drawing.of(Samples.twoInAnAccount());
        Point inAlice = drawing.shape("alice").centre();
        assertEquals("alice", drawing.nodeAt(inAlice));
        assertEquals("alice", drawing.shapeAt(inAlice));
        assertEquals("acct", drawing.frameAt(inAlice));
        assertEquals("acct", drawing.shapeAt(new Point(5, 190)));
        assertNull(drawing.shapeAt(new Point(2000, 2000)));
    }

    @Test
    void aDiffNamesWhatWasAddedRemovedAndChanged() {
        IamModel before = Samples.twoInAnAccount();
        IamModel after = before.without("dev").with(new User("bob", Samples.ACCOUNT, "bob", "/", false, false, Map.of()))
                .with(new User("alice", Samples.ACCOUNT, "alice", "/team/", false, false, Map.of()));
        ModelDiff diff = ModelDiff.between(before, DiagramEdges.of(before), after, DiagramEdges.of(after));
        assertEquals(Set.of("bob"), diff.added());
        assertEquals(Set.of("dev"), diff.removed());
        assertEquals(Set.of("alice"), diff.changed());
        assertEquals(1, diff.removedEdges().size());
        assertTrue(diff.addedEdges().isEmpty());
        assertTrue(ModelDiff.between(before, DiagramEdges.of(before), before, DiagramEdges.of(before)).isEmpty());
    }

    @Test
    void searchFindsByNameThenByArnIgnoringCase() {
        IamModel model = Samples.twoInAnAccount();
        assertEquals(List.of("alice"), NodeSearch.matches(model, "ALI"));
        assertEquals(List.of("acct", "alice", "dev"), NodeSearch.matches(model, "arn:aws:iam::111111111111:"));
        assertEquals(List.of("dev"), NodeSearch.matches(model, ":group/dev"));
        assertTrue(NodeSearch.matches(model, "  ").isEmpty());
    }
}
