package dev.iammodeller.diagram;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.List;
import java.util.Map;

/** Models for the layout tests, built through the model's constructors. */
final class LayoutSamples {
    static final String WORKLOADS = "222222222222";
    static final PolicyText ALLOW_ALL = new PolicyText("{\"Version\": \"2012-10-17\", \"Statement\": "
            + "[{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}");
    static final PolicyText LAMBDA_TRUST = new PolicyText("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": "
            + "\"Allow\", \"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}");

    private LayoutSamples() {
    }

    /**
     * An organization (root, unit Production with unit Europe inside, a management account in the root, the
     * workloads account in Europe), a standalone account, and in the workloads account two groups, five
     * users, two roles (a function runs as one), inline and managed policies, a provider, a bucket; an AWS
     * managed policy and a service in the shared area; SCPs and an RCP.
     */
    static IamModel organization() {
        IamModel model = IamModel.EMPTY.withTitle("Organization", "")
                .with(new OrganizationRoot("r-root", "Root"))
                .with(new OrganizationalUnit("ou-prod", "Production", "r-root"))
                .with(new OrganizationalUnit("ou-eu", "Europe", "ou-prod"))
                .with(new Account("acct-mgmt", "111111111111", "management", "r-root", true))
                .with(new Account("acct-work", WORKLOADS, "workloads", "ou-eu", false))
                .with(new Account("acct-alone", "333333333333", "standalone", null, false))
                .with(new Group("g-admins", WORKLOADS, "admins", "/"))
                .with(new Group("g-dev", WORKLOADS, "developers", "/"))
                .with(new Role("r-app", WORKLOADS, "app", "/", LAMBDA_TRUST, 1, "", Map.of()))
                .with(new Role("r-deploy", WORKLOADS, "deploy", "/", LAMBDA_TRUST, 1, "", Map.of()))
                .with(new Compute("fn-app", WORKLOADS, Compute.Type.LAMBDA_FUNCTION, "app-fn", null, null))
                .with(new InlinePolicy("r-app/logs", "r-app", "logs", ALLOW_ALL))
                .with(new InlinePolicy("g-dev/extra", "g-dev", "extra", ALLOW_ALL))
                .with(policy("p-app", WORKLOADS, "AppAccess"))
                .with(policy("p-deploy", WORKLOADS, "DeployAccess"))
                .with(policy("aws-readonly", null, "ReadOnlyAccess"))
                .with(new AwsService("svc-lambda", "lambda", "AWS Lambda", "lambda.amazonaws.com"))
                .with(new IdentityProvider("idp-corp", WORKLOADS, IdentityProvider.Type.SAML, "corp"))
                .with(new Resource("bucket", WORKLOADS, "reports", "s3:bucket", "arn:aws:s3:::reports", null))
                .with(new User("u-alone", "333333333333", "solo", "/", false, false, Map.of()))
                .with(new OrganizationPolicy("scp-regions", OrganizationPolicy.Type.SCP, "regions", ALLOW_ALL))
                .with(new OrganizationPolicy("scp-work", OrganizationPolicy.Type.SCP, "workloads-only", ALLOW_ALL))
                .with(new OrganizationPolicy("rcp-root", OrganizationPolicy.Type.RCP, "perimeter", ALLOW_ALL))
                .withRelation(new Relation(RelationKind.RUNS_AS, "fn-app", "r-app"))
                .withRelation(new Relation(RelationKind.ATTACHED_TO, "p-app", "r-app"))
                .withRelation(new Relation(RelationKind.ATTACHED_TO, "p-deploy", "r-deploy"))
                .withRelation(new Relation(RelationKind.ATTACHED_TO, "aws-readonly", "g-dev"))
                .withRelation(new Relation(RelationKind.APPLIES_TO, "scp-regions", "ou-prod"))
                .withRelation(new Relation(RelationKind.APPLIES_TO, "scp-regions", "acct-work"))
                .withRelation(new Relation(RelationKind.APPLIES_TO, "scp-work", "acct-work"))
                .withRelation(new Relation(RelationKind.APPLIES_TO, "rcp-root", "r-root"));
        String[][] users = {{"u-ann", "g-admins"}, {"u-bob", "g-dev"}, {"u-cid", "g-dev"}, {"u-dan", "g-admins"},
            {"u-eve", "g-dev"}};
        for (String[] user : users) {
            model = model.with(new User(user[0], WORKLOADS, user[0].substring(2), "/", false, false, Map.of()))
                    .withRelation(new Relation(RelationKind.MEMBER_OF, user[0], user[1]));
        }
        return model;
    }

    static ManagedPolicy policy(String id, String account, String name) {
        return new ManagedPolicy(id, account, name, "/", "", List.of(new ManagedPolicyVersion("v1", ALLOW_ALL)), "v1");
    }
}
