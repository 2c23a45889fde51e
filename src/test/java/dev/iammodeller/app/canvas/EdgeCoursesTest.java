package dev.iammodeller.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.User;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A box moved into the line of an edge between two other boxes bends that edge around it, and moved away straightens
 * it again: the canvas looks again at the courses of the edges near what moved, not only at those of what moved.
 */
@ExtendWith(ApplicationExtension.class)
class EdgeCoursesTest {
    @Start
    void start(Stage stage) {
    }

    @Test
    void aBoxMovedIntoAnEdgesWayBendsItAndMovedAwayStraightensIt(FxRobot robot) {
        robot.interact(() -> {
            IamModel model = IamModel.EMPTY.with(new Account("acct", "111111111111", "main", null, false))
                    .with(new User("alice", "111111111111", "alice", "/", false, false, Map.of()))
                    .with(new User("carol", "111111111111", "carol", "/", false, false, Map.of()))
                    .with(new Group("dev", "111111111111", "dev", "/"))
                    .withRelation(new Relation(RelationKind.MEMBER_OF, "alice", "dev"));
            Layout apart = Layout.EMPTY.withNode("dev", new Layout.Point(40, 60))
                    .withNode("alice", new Layout.Point(40, 400)).withNode("carol", new Layout.Point(500, 230))
                    .withFrame("acct", new Layout.Bounds(0, 0, 800, 520));
            Layout between = apart.withNode("carol", new Layout.Point(40, 230));
            DiagramViews views = new DiagramViews();
            views.show(model.withLayout(apart));
            assertEquals(2, memberships(views).getElements().size(), "straight");
            views.show(model.withLayout(between));
            assertTrue(memberships(views).getElements().size() > 2, "bent around carol: " + memberships(views).getElements());
            views.show(model.withLayout(apart));
            assertEquals(2, memberships(views).getElements().size(), "straight again");
        });
    }

    private static Path memberships(DiagramViews views) {
        Node kind = views.world().lookup("#edges-member-of");
        return (Path) ((javafx.scene.Group) kind).getChildren().get(0);
    }
}
