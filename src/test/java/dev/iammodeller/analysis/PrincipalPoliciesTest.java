package dev.iammodeller.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.iammodeller.eval.AccessRequest;
import dev.iammodeller.eval.DecisionKind;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.eval.RequestContext;
import dev.iammodeller.eval.RequestPrincipal;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ModelSamples;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrincipalPoliciesTest {
    private static final PolicyText ALLOW_ALL = new PolicyText(
            "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}");
    private static final PolicyText DENY_S3 = new PolicyText(
            "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}");

    @Test
    void aUserGetsItsOwnPoliciesAndThoseOfItsGroups() {
        IamModel model = ModelSamples.small().with(new InlinePolicy("alice-own", "alice", "Own", DENY_S3));
        PrincipalPolicies policies = PrincipalPolicies.of(model, "alice");
        assertEquals(List.of("alice-own@null", "read-reports@dev"),
                policies.identity().stream().map(p -> p.policyId() + "@" + p.via()).sorted().toList());
        assertNull(policies.boundary());
        assertEquals(List.of(), policies.serviceControlPolicies(), "the account is in no organization");
        AccessRequest request = AccessRequest.withDerivedContext(RequestPrincipal.parse("arn:aws:iam::111111111111:user/alice"),
                "s3:GetObject", "arn:aws:s3:::reports/q1.csv", null, RequestContext.builder());
        assertEquals(DecisionKind.EXPLICIT_DENY, PolicyEvaluator.evaluate(request, policies.policySet(null, List.of())).kind());
    }

    @Test
    void scpLevelsRunFromTheRootToTheAccountAndSkipTheManagementAccount() {
        IamModel model = ModelSamples.small()
                .with(new OrganizationRoot("r-ab12", "Root"))
                .with(new OrganizationalUnit("ou-dev", "Dev", "r-ab12"))
                .with(new Account("acct-1", ModelSamples.ACCOUNT, "dev", "ou-dev", false))
                .with(new OrganizationPolicy("full", OrganizationPolicy.Type.SCP, "FullAWSAccess", ALLOW_ALL))
                .with(new OrganizationPolicy("no-s3", OrganizationPolicy.Type.SCP, "NoS3", DENY_S3))
                .withRelation(new Relation(RelationKind.APPLIES_TO, "full", "r-ab12"))
                .withRelation(new Relation(RelationKind.APPLIES_TO, "full", "ou-dev"))
                .withRelation(new Relation(RelationKind.APPLIES_TO, "no-s3", "ou-dev"))
                .withRelation(new Relation(RelationKind.APPLIES_TO, "full", "acct-1"));
        var levels = PrincipalPolicies.of(model, "report-logger").serviceControlPolicies();
        assertEquals(List.of("r-ab12", "ou-dev", "acct-1"), levels.stream().map(l -> l.target()).toList());
        assertEquals(List.of(1, 2, 1), levels.stream().map(l -> l.policies().size()).toList());
        IamModel management = model.with(new Account("acct-1", ModelSamples.ACCOUNT, "dev", "ou-dev", true));
        assertEquals(List.of(), PrincipalPolicies.of(management, "report-logger").serviceControlPolicies());
    }

    @Test
    void onlyUsersAndRolesHaveIdentityPolicies() {
        assertThrows(IllegalArgumentException.class, () -> PrincipalPolicies.of(ModelSamples.small(), "dev"));
    }
}
