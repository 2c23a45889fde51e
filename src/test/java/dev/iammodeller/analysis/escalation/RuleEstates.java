package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.ADMIN;
import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static dev.iammodeller.analysis.escalation.TestEstate.allowIf;
import static dev.iammodeller.analysis.escalation.TestEstate.arn;
import static dev.iammodeller.analysis.escalation.TestEstate.instanceArn;
import static dev.iammodeller.analysis.escalation.TestEstate.lambdaArn;
import static dev.iammodeller.analysis.escalation.TestEstate.policy;
import static dev.iammodeller.analysis.escalation.TestEstate.trustAws;
import static dev.iammodeller.analysis.escalation.TestEstate.trustService;

import dev.iammodeller.model.Compute;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The estates of the escalation rules' tests (EscalationIamRulesTest, EscalationServiceRulesTest) in which a path
 * opens, by name: one or more for each rule, built as those tests build them.
 */
final class RuleEstates {
    private static final String S3_ROLE = allow("s3:*", "*");

    private RuleEstates() {
    }

    /** A user with these statements and a strong role "target" that trusts the service. */
    private static TestEstate withRole(String service, String... statements) {
        return new TestEstate().user("u", statements).role("target", trustService(service), ADMIN);
    }

    private static TestEstate compute(Compute.Type type, String computeArn, String... statements) {
        return new TestEstate().user("u", statements).role("runner", trustService(type.servicePrincipal()), ADMIN)
                .compute("c", type, computeArn, "runner");
    }

    static Map<String, TestEstate> all() {
        Map<String, TestEstate> out = new LinkedHashMap<>();
        out.put("iam-001 create policy version", new TestEstate()
                .managed("dev-policy", allow("iam:CreatePolicyVersion", arn("policy", "dev-policy")))
                .user("u").attach("dev-policy", "u"));
        out.put("iam-001 through a group", new TestEstate().user("u").group("g").member("u", "g")
                .managed("group-policy", allow("iam:CreatePolicyVersion", "*")).attach("group-policy", "g"));
        out.put("iam-016 policy of a role it assumes", new TestEstate()
                .user("u", allow("sts:AssumeRole", arn("role", "r")), allow("iam:CreatePolicyVersion", arn("policy", "role-policy")))
                .role("r", trustAws("arn:aws:iam::111111111111:root"), S3_ROLE)
                .managed("role-policy", allow("s3:GetObject", "*")).attach("role-policy", "r"));
        out.put("iam-009 set default policy version", new TestEstate()
                .managedVersions("p", "v2", policy(ADMIN), policy(allow("iam:SetDefaultPolicyVersion", arn("policy", "p"))))
                .user("u").attach("p", "u"));
        out.put("attach a policy to itself", new TestEstate().user("u", allow("iam:AttachUserPolicy", arn("user", "u"))));
        out.put("attach a policy to its group", new TestEstate().user("u", allow("iam:AttachGroupPolicy", arn("group", "g")))
                .group("g").member("u", "g").group("other"));
        out.put("a role attaches to itself", new TestEstate().role("r", trustService("lambda.amazonaws.com"),
                allow("iam:AttachRolePolicy", arn("role", "r"))));
        out.put("attach to a role it assumes", new TestEstate()
                .user("u", allow("sts:AssumeRole", "*"), allow("iam:AttachRolePolicy", "*"))
                .role("r", trustAws(arn("user", "u")), S3_ROLE));
        out.put("put a policy into itself", new TestEstate().user("u", allow("iam:PutUserPolicy", arn("user", "u"))));
        out.put("put a policy into its group", new TestEstate().user("u", allow("iam:PutGroupPolicy", arn("group", "g")))
                .group("g").member("u", "g"));
        out.put("rewrite a trust and put a policy", new TestEstate()
                .user("u", allow("iam:UpdateAssumeRolePolicy", "*"), allow("iam:PutRolePolicy", "*"))
                .role("r", trustService("ec2.amazonaws.com"), allow("s3:GetObject", "*")));
        out.put("iam-018 put a policy and make a key", new TestEstate()
                .user("u", allow("iam:PutUserPolicy", arn("user", "victim")), allow("iam:CreateAccessKey", arn("user", "victim")))
                .user("victim", allow("s3:GetObject", "*")));
        out.put("join an admin group", new TestEstate().user("u", allow("iam:AddUserToGroup", arn("group", "admins")))
                .group("admins", ADMIN));
        out.put("rewrite the trust of a stronger role", new TestEstate()
                .user("u", allow("iam:UpdateAssumeRolePolicy", arn("role", "r")))
                .role("r", trustService("ec2.amazonaws.com"), S3_ROLE));
        out.put("an access key for a stronger user", new TestEstate()
                .user("u", allow("iam:CreateAccessKey", arn("user", "admin"))).user("admin", ADMIN));
        out.put("a login profile", new TestEstate()
                .user("u", allow("iam:CreateLoginProfile", "*"), allow("iam:UpdateLoginProfile", "*"))
                .user("no-password", false, allow("s3:*", "*")).user("with-password", true, allow("ec2:*", "*")));
        out.put("remove its own boundary", new TestEstate().user("u", ADMIN)
                .managed("cap", allow("s3:*", "*"), allow("iam:DeleteUserPermissionsBoundary", "*")).boundary("cap", "u"));
        out.put("create a user it writes and makes a password for", new TestEstate()
                .role("p", trustService("lambda.amazonaws.com"), allow("iam:CreateUser", arn("user", "svc-*")),
                        allow("iam:AttachUserPolicy", arn("user", "svc-*")), allow("iam:CreateLoginProfile", arn("user", "svc-*"))));
        out.put("pass a role to Lambda", withRole("lambda.amazonaws.com", allow("lambda:CreateFunction", "*"),
                allow("lambda:CreateEventSourceMapping", "*"), allow("iam:PassRole", arn("role", "target"))));
        out.put("pass a role to EC2", withRole("ec2.amazonaws.com", allow("iam:PassRole", "*"), allow("ec2:RunInstances", "*")));
        out.put("pass a role to CloudFormation", withRole("cloudformation.amazonaws.com",
                allow("cloudformation:CreateStack", "*"), allow("iam:PassRole", arn("role", "target"))));
        out.put("pass a role on the service's condition", withRole("lambda.amazonaws.com",
                allowIf("iam:PassRole", "*", "{\"StringEquals\":{\"iam:PassedToService\":\"lambda.amazonaws.com\"}}"),
                allow("lambda:CreateFunction", "*"), allow("lambda:InvokeFunction", "*")));
        out.put("update an existing Glue job", withRole("glue.amazonaws.com", allow("iam:PassRole", "*"),
                allow("glue:UpdateJob", "*"), allow("glue:StartJobRun", "*"))
                .role("etl-role", trustService("glue.amazonaws.com"), allow("s3:GetObject", "*"))
                .compute("etl", Compute.Type.GLUE_JOB, "arn:aws:glue:us-east-1:111111111111:job/etl", "etl-role"));
        out.put("change a function's code", compute(Compute.Type.LAMBDA_FUNCTION, lambdaArn("fn"),
                allow("lambda:UpdateFunctionCode", "*")));
        out.put("send a command to an instance", compute(Compute.Type.EC2_INSTANCE, instanceArn("i-1"),
                allow("ssm:SendCommand", "*")));
        out.put("start a build", compute(Compute.Type.CODEBUILD_PROJECT,
                "arn:aws:codebuild:us-east-1:111111111111:project/build", allow("codebuild:StartBuild", "*")));
        out.put("update a stack", compute(Compute.Type.CLOUDFORMATION_STACK,
                "arn:aws:cloudformation:us-east-1:111111111111:stack/network/1a2b3c4d", allow("cloudformation:UpdateStack", "*")));
        return out;
    }

    /** The example that motivates the feature: a user who changes a function's code and so gains administrator. */
    static List<String> examples() {
        return List.of("07-provisioning-escalation.iam.json", "03-freelancer-lambda.iam.json");
    }
}
