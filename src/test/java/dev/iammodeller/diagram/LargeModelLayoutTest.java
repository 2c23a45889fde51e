package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.authz.AuthorizationImport;
import dev.iammodeller.io.authz.ImportProgress;
import dev.iammodeller.io.authz.SyntheticAuthorizationDetails;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Layout.Point;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.User;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The imported account of docs/performance.md (3,000 principals, 1,016 managed and 3,600 inline policies:
 * 7,617 entities) comes laid out, and keeps its layout when a user is added. Speed is measured by
 * {@code AutoLayoutBenchmark}, not here.
 */
class LargeModelLayoutTest {
    private static IamModel model;

    @BeforeAll
    static void importTheSyntheticExport(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("authz-3000-principals.json");
        SyntheticAuthorizationDetails.write(file, SyntheticAuthorizationDetails.Shape.DEFAULT);
        model = AuthorizationImport.importFiles(List.of(file), ImportProgress.NONE).model();
    }

    @Test
    void theImportedModelComesLaidOutWithNothingOverlapping() {
        assertEquals(7_617 + 172, model.entities().size()); // with the instance profiles of every seventh role
        LayoutInvariants.check(model, model.layout());
        assertEquals(model.layout(), AutoLayout.rearrange(model));
    }

    @Test
    void groupsAboveUsersAboveRolesAboveTheirPolicies() {
        Layout layout = model.layout();
        Map<EntityKind, double[]> range = new HashMap<>();
        for (Entity entity : model.entities().values()) {
            Point p = layout.nodes().get(entity.id());
            if (p != null) {
                double[] r = range.computeIfAbsent(entity.kind(), k -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
                r[0] = Math.min(r[0], p.y());
                r[1] = Math.max(r[1], p.y());
            }
        }
        assertTrue(range.get(EntityKind.GROUP)[1] < range.get(EntityKind.ROLE)[0]);
        assertTrue(range.get(EntityKind.USER)[1] < range.get(EntityKind.ROLE)[0]);
        // each user in a group sits a few rows under one of its groups (the first by name), within the group's stack
        int near = 0;
        int members = 0;
        for (Entity user : model.entities().values()) {
            if (user.kind() != EntityKind.USER || model.from(user.id(), RelationKind.MEMBER_OF).isEmpty()) {
                continue;
            }
            members++;
            Point at = layout.nodes().get(user.id());
            boolean under = false;
            for (Relation membership : model.from(user.id(), RelationKind.MEMBER_OF)) {
                Point group = layout.nodes().get(membership.to());
                double down = at.y() - group.y();
                under |= down > 0 && down <= (LayoutBands.STACK_ROWS + 2) * AutoLayout.CELL_HEIGHT
                        && Math.abs(at.x() - group.x()) <= 12 * AutoLayout.CELL_WIDTH;
            }
            near += under ? 1 : 0;
        }
        assertTrue(members > 500, "most of the 1,000 users are in groups: " + members);
        assertEquals(members, near, "every member under one of its groups");
        for (Relation relation : model.relations()) {
            if (relation.kind() == RelationKind.ATTACHED_TO && relation.to().startsWith("role-")
                    && !((ManagedPolicy) model.entities().get(relation.from())).awsManaged()) {
                assertTrue(layout.nodes().get(relation.from()).y() > layout.nodes().get(relation.to()).y(), relation.toString());
            }
        }
    }

    @Test
    void aNewUserMovesNobodyElse() {
        assertTrue(model.entity("group-123456789012-group-7").isPresent());
        IamModel next = model.with(new User("user-new", "123456789012", "zz-new", "/", false, false, Map.of()))
                .withRelation(new Relation(RelationKind.MEMBER_OF, "user-new", "group-123456789012-group-7"));
        Layout after = AutoLayout.arrange(next, model.layout());
        AutoLayoutTest.assertKept(model.layout(), after);
        LayoutInvariants.check(next, after);
    }

    @Test
    void unplacedNodesFindRoomAndThePlacedOnesStay() {
        Map<String, Point> kept = new HashMap<>(model.layout().nodes());
        model.entities().keySet().stream().filter(id -> id.hashCode() % 50 == 0).forEach(kept::remove);
        Layout partial = new Layout(kept, model.layout().frames());
        Layout after = AutoLayout.arrange(model, partial);
        AutoLayoutTest.assertKept(partial, after);
        LayoutInvariants.check(model, after);
    }
}
