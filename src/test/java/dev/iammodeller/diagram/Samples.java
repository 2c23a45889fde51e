package dev.iammodeller.diagram;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.User;
import java.util.Map;

/** Small models for the drawing's tests. */
final class Samples {
    static final String ACCOUNT = "111111111111";

    private Samples() {
    }

    /** Alice in group dev, both placed in account acct, which has a stored frame. */
    static IamModel twoInAnAccount() {
        IamModel model = IamModel.EMPTY
                .with(new Account("acct", ACCOUNT, "main", null, false))
                .with(new User("alice", ACCOUNT, "alice", "/", false, false, Map.of()))
                .with(new Group("dev", ACCOUNT, "dev", "/"))
                .withRelation(new Relation(RelationKind.MEMBER_OF, "alice", "dev"));
        return model.withLayout(Layout.EMPTY.withNode("alice", new Layout.Point(40, 60))
                .withNode("dev", new Layout.Point(300, 60))
                .withFrame("acct", new Layout.Bounds(0, 0, 600, 200)));
    }
}
