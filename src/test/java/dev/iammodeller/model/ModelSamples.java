package dev.iammodeller.model;

import java.util.List;
import java.util.Map;

/** Small models for tests, built through the model's own constructors. */
public final class ModelSamples {
    public static final String ACCOUNT = "111111111111";
    public static final PolicyText LAMBDA_TRUST = new PolicyText("{\n  \"Version\": \"2012-10-17\",\n"
            + "  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\n"
            + "        \"Service\": \"lambda.amazonaws.com\"\n      },\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}");
    public static final PolicyText READ_REPORTS = new PolicyText("{\n  \"Version\": \"2012-10-17\",\n"
            + "  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\n        \"s3:GetObject\",\n"
            + "        \"s3:ListBucket\"\n      ],\n      \"Resource\": \"*\"\n    }\n  ]\n}");

    private ModelSamples() {
    }

    /** Alice in group dev, a customer policy attached to dev, a role a function runs as. */
    public static IamModel small() {
        IamModel model = IamModel.EMPTY.withTitle("Small", "A user, a group, a role.")
                .with(new Account("acct-1", ACCOUNT, "dev", null, false))
                .with(new User("alice", ACCOUNT, "alice", "/", true, false, Map.of("team", "blue")))
                .with(new Group("dev", ACCOUNT, "dev", "/"))
                .with(new ManagedPolicy("read-reports", ACCOUNT, "ReadReports", "/", "",
                        List.of(new ManagedPolicyVersion("v1", READ_REPORTS)), "v1"))
                .with(new Role("report-logger", ACCOUNT, "report-logger", "/service/", LAMBDA_TRUST, 1, "", Map.of()))
                .with(new Compute("report-fn", ACCOUNT, Compute.Type.LAMBDA_FUNCTION, "report-fn",
                        "arn:aws:lambda:eu-west-1:111111111111:function:report-fn", null))
                .withRelation(new Relation(RelationKind.MEMBER_OF, "alice", "dev"))
                .withRelation(new Relation(RelationKind.ATTACHED_TO, "read-reports", "dev"))
                .withRelation(new Relation(RelationKind.RUNS_AS, "report-fn", "report-logger"));
        return model.withLayout(model.layout().withNode("alice", new Layout.Point(120, 80))
                .withNode("dev", new Layout.Point(20.5, 80))
                .withFrame("acct-1", new Layout.Bounds(0, 0, 900, 600)));
    }
}
