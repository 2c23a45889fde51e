package dev.iammodeller.analysis;

import static dev.iammodeller.analysis.RoleAssumptionTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Single decisions in the example models, with the outcomes SCENARIOS.md states. */
class AccessCheckTest {
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
