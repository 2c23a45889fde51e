package dev.iammodeller.diagram;

import static dev.iammodeller.diagram.LayoutInvariants.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Layout.Bounds;
import dev.iammodeller.model.Layout.Point;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automatic layout of a small organization: where things go, and what stays put when the model changes. */
class AutoLayoutTest {
    private static final IamModel ORG = LayoutSamples.organization();
    private static final Layout LAID = AutoLayout.rearrange(ORG);

    private static Bounds node(Layout layout, String id) {
        Point p = layout.nodes().get(id);
        return new Bounds(p.x(), p.y(), AutoLayout.NODE_WIDTH, AutoLayout.NODE_HEIGHT);
    }

    private static double y(String id) {
        return LAID.nodes().get(id).y();
    }

    private static double x(String id) {
        return LAID.nodes().get(id).x();
    }

    @Test
    void theSameModelGivesTheSameLayout() {
        assertEquals(LAID, AutoLayout.rearrange(LayoutSamples.organization()));
        assertEquals(LAID, AutoLayout.arrange(ORG, Layout.EMPTY));
        assertEquals(LAID, AutoLayout.arrange(ORG, new Layout(Map.of("nobody", new Point(5, 5)), Map.of())),
                "a layout that places nothing of the model is no layout");
    }

    @Test
    void nothingOverlapsAndFramesHoldTheirMembers() {
        LayoutInvariants.check(ORG, LAID);
        LAID.nodes().values().forEach(p -> assertTrue(p.x() == Math.rint(p.x()) && p.y() == Math.rint(p.y()), "whole numbers"));
    }

    @Test
    void framesNestByOrganizationalUnitWithTheOrganizationOnTop() {
        Map<String, Bounds> frames = LAID.frames();
        assertTrue(contains(frames.get("ou-eu"), frames.get("acct-work")));
        assertTrue(contains(frames.get("ou-prod"), frames.get("ou-eu")));
        assertTrue(contains(frames.get("r-root"), frames.get("ou-prod")));
        assertTrue(contains(frames.get("r-root"), frames.get("acct-mgmt")));
        Bounds root = frames.get("r-root");
        assertTrue(root.y() + root.height() < frames.get("acct-alone").y(), "the organization above the standalone account");
        assertTrue(root.y() + root.height() < LAID.nodes().get("aws-readonly").y(), "and above the shared area");
    }

    @Test
    void organizationPoliciesSitInsideAndAtTheTopOfWhatTheyApplyTo() {
        Map<String, Bounds> frames = LAID.frames();
        // scp-regions applies to ou-prod and acct-work: it sits in the outermost, ou-prod, above its inner frames.
        assertTrue(contains(frames.get("ou-prod"), node(LAID, "scp-regions")));
        assertFalse(contains(frames.get("ou-eu"), node(LAID, "scp-regions")));
        assertTrue(y("scp-regions") + AutoLayout.NODE_HEIGHT < frames.get("ou-eu").y());
        assertTrue(y("rcp-root") + AutoLayout.NODE_HEIGHT < frames.get("ou-prod").y());
        assertTrue(y("rcp-root") + AutoLayout.NODE_HEIGHT < frames.get("acct-mgmt").y());
        assertTrue(contains(frames.get("acct-work"), node(LAID, "scp-work")));
        assertTrue(y("scp-work") < y("g-admins"));
    }

    @Test
    void bandsFlowDownFromGroupsToUsersToRolesToPoliciesToResources() {
        for (String user : List.of("u-ann", "u-dan")) {
            assertTrue(y("g-admins") < y(user), "g-admins above " + user);
        }
        for (String user : List.of("u-bob", "u-cid", "u-eve")) {
            assertTrue(y("g-dev") < y(user), "g-dev above " + user);
        }
        assertTrue(y("u-eve") < y("idp-corp"));
        assertTrue(y("idp-corp") < y("r-app"));
        assertTrue(y("r-app") < y("p-app"));
        assertTrue(y("r-deploy") < y("p-deploy"));
        assertTrue(y("p-app") < y("bucket"));
        // Each user under its first group, nearer it than the other group, by name.
        Map<String, String> firstGroup = Map.of("u-ann", "g-admins", "u-dan", "g-admins", "u-bob", "g-dev",
                "u-cid", "g-dev", "u-eve", "g-dev");
        firstGroup.forEach((user, group) -> {
            String other = group.equals("g-dev") ? "g-admins" : "g-dev";
            double own = Math.hypot(x(user) - x(group), y(user) - y(group));
            double apart = Math.hypot(x(user) - x(other), y(user) - y(other));
            assertTrue(own < apart, user + " under " + group);
            assertTrue(y(user) - y(group) <= 2 * AutoLayout.CELL_HEIGHT, user + " near " + group);
        });
        for (List<String> members : List.of(List.of("u-ann", "u-dan"), List.of("u-bob", "u-cid", "u-eve"))) {
            for (int i = 0; i + 1 < members.size(); i++) {
                Point a = LAID.nodes().get(members.get(i));
                Point b = LAID.nodes().get(members.get(i + 1));
                assertTrue(a.y() < b.y() || a.y() == b.y() && a.x() < b.x(), members.get(i) + " before " + members.get(i + 1));
            }
        }
    }

    @Test
    void computeAndInlinePoliciesSitBesideTheirRole() {
        assertEquals(y("r-app"), y("fn-app"));
        assertEquals(x("r-app") - AutoLayout.CELL_WIDTH, x("fn-app"));
        assertEquals(y("r-app"), y("r-app/logs"));
        assertEquals(x("r-app") + AutoLayout.CELL_WIDTH, x("r-app/logs"));
        assertEquals(y("g-dev"), y("g-dev/extra"));
        assertEquals(x("g-dev") + AutoLayout.CELL_WIDTH, x("g-dev/extra"));
    }

    @Test
    void awsManagedPoliciesAndServicesAreOutsideEveryFrame() {
        for (String shared : List.of("aws-readonly", "svc-lambda")) {
            for (Bounds frame : LAID.frames().values()) {
                assertFalse(LayoutInvariants.intersect(frame, node(LAID, shared)), shared);
            }
        }
    }

    @Test
    void addingAUserMovesNobodyElse() {
        IamModel laid = ORG.withLayout(LAID);
        IamModel next = laid.with(new User("u-fay", LayoutSamples.WORKLOADS, "fay", "/", false, false, Map.of()))
                .withRelation(new Relation(RelationKind.MEMBER_OF, "u-fay", "g-dev"));
        Layout after = AutoLayout.arrange(next, laid.layout());
        assertKept(LAID, after);
        LayoutInvariants.check(next, after);
        assertTrue(contains(after.frames().get("acct-work"), node(after, "u-fay")));
    }

    @Test
    void manyNewUsersGoInColumnsBesideTheContentWhenTheFrameCannotGrowDown() {
        IamModel next = ORG.withLayout(LAID);
        for (int i = 0; i < 60; i++) {
            String id = String.format("u-new-%02d", i);
            next = next.with(new User(id, LayoutSamples.WORKLOADS, id, "/", false, false, Map.of()))
                    .withRelation(new Relation(RelationKind.MEMBER_OF, id, i % 2 == 0 ? "g-dev" : "g-admins"));
        }
        Layout after = AutoLayout.arrange(next, LAID);
        LayoutInvariants.check(next, after);
        Bounds work = LAID.frames().get("acct-work");
        Bounds grown = after.frames().get("acct-work");
        // No room under the account inside its units, but room to its right: the users that find no free place
        // near their group go there, in as few columns as the account's height holds; the account widens and
        // nothing placed before moves.
        assertEquals(work.height(), grown.height());
        assertTrue(grown.width() >= work.width() + 2 * AutoLayout.CELL_WIDTH, grown + " from " + work);
        assertKept(LAID, after);
    }

    @Test
    void aNewAccountIsLaidOutWholeInsideItsUnit() {
        IamModel next = ORG.with(new OrganizationalUnit("ou-dev", "Development", "r-root"))
                .with(new Account("acct-dev", "444444444444", "dev", "ou-dev", false))
                .with(new Role("r-dev", "444444444444", "builder", "/", LayoutSamples.LAMBDA_TRUST, 1, "", Map.of()))
                .with(new User("u-dev", "444444444444", "dev-user", "/", false, false, Map.of()));
        Layout after = AutoLayout.arrange(next, LAID);
        assertKept(LAID, after);
        LayoutInvariants.check(next, after);
        assertTrue(contains(after.frames().get("ou-dev"), after.frames().get("acct-dev")));
        assertTrue(after.nodes().get("u-dev").y() < after.nodes().get("r-dev").y(), "laid out in bands");
    }

    @Test
    void aUserMovedToAnotherAccountIsPlacedAgainInsideIt() {
        IamModel next = ORG.with(new User("u-bob", "333333333333", "bob", "/", false, false, Map.of()));
        Layout after = AutoLayout.arrange(next, LAID);
        LayoutInvariants.check(next, after);
        assertTrue(contains(after.frames().get("acct-alone"), node(after, "u-bob")));
        LAID.nodes().forEach((id, p) -> assertTrue(id.equals("u-bob") || p.equals(after.nodes().get(id)), id));
    }

    @Test
    void anAccountMovedToAnotherUnitGoesThereWhole() {
        IamModel next = ORG.with(new Account("acct-mgmt", "111111111111", "management", "ou-eu", true))
                .with(new User("u-admin", "111111111111", "admin", "/", false, false, Map.of()));
        Layout after = AutoLayout.arrange(next, AutoLayout.rearrange(next.with(new Account("acct-mgmt", "111111111111",
                "management", "r-root", true))));
        LayoutInvariants.check(next, after);
        assertTrue(contains(after.frames().get("ou-eu"), after.frames().get("acct-mgmt")));
        assertTrue(contains(after.frames().get("acct-mgmt"), node(after, "u-admin")));
    }

    @Test
    void removedThingsLeaveAndTheRestStays() {
        IamModel next = ORG.without("u-bob").without("acct-alone").without("u-alone");
        Layout after = AutoLayout.arrange(next, LAID);
        assertFalse(after.nodes().containsKey("u-bob"));
        assertFalse(after.frames().containsKey("acct-alone"));
        after.nodes().forEach((id, p) -> assertEquals(LAID.nodes().get(id), p, id));
        after.frames().forEach((id, b) -> assertEquals(LAID.frames().get(id), b, id));
    }

    @Test
    void aCycleOfUnitsAndAMissingParentStillLayOut() {
        IamModel model = ORG.with(new OrganizationalUnit("ou-a", "A", "ou-b"))
                .with(new OrganizationalUnit("ou-b", "B", "ou-a"))
                .with(new Account("acct-lost", "555555555555", "lost", "ou-gone", false))
                .with(new User("u-lost", "555555555555", "lost", "/", false, false, Map.of()));
        Layout layout = AutoLayout.rearrange(model);
        LayoutInvariants.everythingPlacedOnce(model, layout);
        LayoutInvariants.noNodesOverlap(layout);
        LayoutInvariants.noNodeHalfInAFrame(layout);
        assertTrue(contains(layout.frames().get("acct-lost"), node(layout, "u-lost")));
    }

    /** Every node of {@code before} where it was; every frame of it still around what it held. */
    static void assertKept(Layout before, Layout after) {
        before.nodes().forEach((id, p) -> assertEquals(p, after.nodes().get(id), id + " stays"));
        before.frames().forEach((id, b) -> assertTrue(contains(after.frames().get(id), b), id + " only grows"));
    }
}
