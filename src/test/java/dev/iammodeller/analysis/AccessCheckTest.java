package dev.iammodeller.analysis;

import static dev.iammodeller.analysis.RoleAssumptionTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single decisions in the example models, with the outcomes SCENARIOS.md states. */
class AccessCheckTest {
    @Test
    void anObjectOfABucketOfTheModelIsGovernedByTheBucketsPolicyAndOwner() throws Exception {
        // S3 decides about an object with the policy of its bucket, and across accounts both sides must allow
        // (IAM User Guide, "Cross-account policy evaluation logic"): the bucket belongs to 111111111111.
        IamModel model = example("04b-third-party-bucket-policy.iam.json");
        String object = "arn:aws:s3:::exports/data.csv";
        assertEquals(Outcome.Kind.ALLOWED, new AccessCheck(model).outcome("vendor-analyst", "s3:GetObject", object).kind(),
                "the bucket policy names the vendor's account");
        Resource exports = (Resource) model.entity("exports").orElseThrow();
        IamModel withoutBucketPolicy = model.with(new Resource(exports.id(), exports.account(), exports.name(),
                exports.type(), exports.arn(), null));
        AccessCheck check = new AccessCheck(withoutBucketPolicy);
        assertEquals(Outcome.Kind.IMPLICIT_DENY, check.outcome("vendor-analyst", "s3:GetObject", object).kind(),
                "its own policy alone does not reach into another account's bucket");
        assertTrue(check.hasResourcePolicy(exports.arn()) == false && new AccessCheck(model).hasResourcePolicy(object),
                "an object's resource policy is its bucket's");
    }

    @Test
    void scenario1AliceHasS3AndLambdaButNotCloudWatch() throws Exception {
        AccessCheck check = new AccessCheck(example("01-group-vs-service-role.iam.json"));
        assertEquals(Outcome.Kind.ALLOWED, check.outcome("alice", "s3:GetObject", "arn:aws:s3:::any-bucket/key").kind());
        assertEquals(Outcome.Kind.ALLOWED, check.outcome("alice", "lambda:UpdateFunctionCode",
                "arn:aws:lambda:us-east-1:111111111111:function:report-fn").kind());
        assertEquals(Outcome.Kind.IMPLICIT_DENY, check.outcome("alice", "cloudwatch:PutMetricData", "*").kind());
        assertEquals(Outcome.Kind.IMPLICIT_DENY, check.outcome("alice", "sts:AssumeRole",
                "arn:aws:iam::111111111111:role/report-logger").kind());
        assertEquals(Outcome.Kind.ALLOWED, check.outcome("report-logger", "cloudwatch:PutMetricData", "*").kind());
    }

    @Test
    void scenario6TheGroupDenyWinsOverAdministratorAccess() throws Exception {
        AccessCheck check = new AccessCheck(example("06-group-deny-boundary.iam.json"));
        Outcome createUser = check.outcome("carol", "iam:CreateUser", "arn:aws:iam::111111111111:user/x");
        assertEquals(Outcome.Kind.EXPLICIT_DENY, createUser.kind());
        assertEquals("identity", createUser.decision().matchedStatements().get(0).layer().json());
        assertEquals(Outcome.Kind.ALLOWED, check.outcome("carol", "ec2:RunInstances", "*").kind());
    }

    @Test
    void scenario8EachUserReachesOnlyTheirOwnFolder() throws Exception {
        AccessCheck check = new AccessCheck(example("08-per-user-folders.iam.json"));
        assertEquals(Outcome.Kind.ALLOWED, check.outcome("alice", "s3:GetObject", "arn:aws:s3:::shared-home/home/alice/notes.txt").kind());
        assertEquals(Outcome.Kind.IMPLICIT_DENY, check.outcome("alice", "s3:GetObject", "arn:aws:s3:::shared-home/home/dave/notes.txt").kind());
    }

    @Test
    void scenario4LongLivedKeysAreConditionalOnTheSourceIp() throws Exception {
        AccessCheck check = new AccessCheck(example("04-third-party-access.iam.json"));
        Outcome keys = check.outcome("vendor-keys", "s3:GetObject", "arn:aws:s3:::exports/data.csv");
        assertEquals(Outcome.Kind.CONDITIONAL, keys.kind());
        assertEquals(List.of("aws:SourceIp"), keys.conditions());
    }

    @Test
    void scenario3TheFreelancerUpdatesOnlyFreelanceFunctions() throws Exception {
        AccessCheck check = new AccessCheck(example("03-freelancer-lambda.iam.json"));
        assertEquals(Outcome.Kind.ALLOWED, check.outcome("freelancer", "lambda:UpdateFunctionCode",
                "arn:aws:lambda:us-east-1:111111111111:function:freelance-x").kind());
        assertEquals(Outcome.Kind.IMPLICIT_DENY, check.outcome("freelancer", "lambda:UpdateFunctionCode",
                "arn:aws:lambda:us-east-1:111111111111:function:billing").kind());
        Outcome pass = check.outcome("freelancer", "iam:PassRole", "arn:aws:iam::111111111111:role/freelance-exec-reports");
        assertEquals(Outcome.Kind.CONDITIONAL, pass.kind());
        assertTrue(pass.conditions().contains("iam:PassedToService"), pass.conditions().toString());
        assertEquals(Outcome.Kind.IMPLICIT_DENY, check.outcome("freelancer", "iam:PassRole",
                "arn:aws:iam::111111111111:role/deploy-admin").kind());
    }
}
