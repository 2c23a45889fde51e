package dev.iammodeller.analysis.escalation;

import java.util.Locale;
import java.util.Set;

/**
 * The condition keys whose value the attacker chooses in its own request: the service it passes a role
 * to, the policy it attaches, the tags and region of what it creates, the parameters of the compute it
 * launches. A step that is allowed only if such a key has a fitting value stays open: the attacker sends
 * that value; so is the name of the role session it starts. A tag on the attacker itself
 * ({@code aws:PrincipalTag/K}) that it does not carry is its to set when it may tag itself
 * ({@link Attacker}). Everything else (MFA, source IP, an external id, a time window, a tag the target
 * does not carry) is a condition the attacker cannot meet, and closes the step.
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
            "ssm:documentname",
            // parameters of the sts:AssumeRole call the attacker makes: the name of its session, its source identity
            // (when its own session has none yet), the keys of its session tags that pass on to later sessions
            "sts:rolesessionname", "sts:sourceidentity", "sts:transitivetagkeys");

    private AttackerKeys() {
    }

    static boolean controls(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return KEYS.contains(lower) || lower.startsWith("aws:requesttag/");
    }

    /** True for {@code aws:PrincipalTag/K}: a tag of the caller, which a caller that may tag itself sets. */
    static boolean principalTag(String key) {
        return key.toLowerCase(Locale.ROOT).startsWith("aws:principaltag/");
    }
}
