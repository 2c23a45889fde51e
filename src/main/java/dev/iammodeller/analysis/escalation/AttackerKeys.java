package dev.iammodeller.analysis.escalation;

import java.util.Locale;
import java.util.Set;

/**
 * The condition keys whose value the attacker chooses in its own request: the service it passes a role
 * to, the policy it attaches, the tags and region of what it creates, the parameters of the compute it
 * launches. A step that is allowed only if such a key has a fitting value stays open: the attacker sends
 * that value. Everything else (MFA, source IP, an external id, a time window, a tag the principal or the
 * target does not carry) is a condition the attacker cannot meet, and closes the step.
 * {@code iam:PermissionsBoundary} is not among them: the rules that create principals set it themselves,
 * because choosing a boundary caps what is gained.
 */
final class AttackerKeys {
    private static final Set<String> KEYS = Set.of(
            "iam:passedtoservice", "iam:policyarn", "iam:associatedresourcearn",
            "aws:requestedregion", "aws:tagkeys",
            "lambda:functionarn", "lambda:layer", "lambda:vpcids", "lambda:subnetids", "lambda:securitygroupids",
            "lambda:codesigningconfigarn", "lambda:functionurlauthtype",
            "ec2:instancetype", "ec2:instanceprofile", "ec2:imagetype", "ec2:instancemarkettype", "ec2:tenancy",
            "ec2:subnetid", "ec2:vpc", "ec2:ebsoptimized", "ec2:rootdevicetype", "ec2:volumetype",
            "ecs:cluster", "ecs:task-definition", "ecs:capacity-provider", "ecs:launch-type",
            "glue:vpcids", "glue:subnetids", "glue:securitygroupids", "glue:credentialprovider",
            "sagemaker:instancetypes", "sagemaker:rootaccess", "sagemaker:directinternetaccess",
            "sagemaker:networkisolation", "sagemaker:vpcsubnets", "sagemaker:vpcsecuritygroupids",
            "sagemaker:volumekmskey", "sagemaker:outputkmskey",
            "codebuild:source.location", "codebuild:buildspec", "cloudformation:templateurl",
            "cloudformation:stackpolicyurl", "cloudformation:rolearn", "cloudformation:resourcetypes",
            "ssm:documentname");

    private AttackerKeys() {
    }

    static boolean controls(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return KEYS.contains(lower) || lower.startsWith("aws:requesttag/");
    }
}
