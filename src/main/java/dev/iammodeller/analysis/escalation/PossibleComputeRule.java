package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.escalation.StepPlan.Spec;
import dev.iammodeller.analysis.escalation.StepPlan.Variant;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Existing compute the model does not draw: {@link ComputeRule}'s paths (change what a Lambda function,
 * an EC2 instance, a build project, a notebook, a stack, a development endpoint runs, or open a shell on
 * it) when the model holds no compute of that kind in the attacker's account, as an export of
 * {@code aws iam get-account-authorization-details} never does. The compute may run as any role of the
 * account that trusts its service principal ({@code lambda.amazonaws.com}, {@code ec2.amazonaws.com},
 * ...), so each such role that can do something the attacker cannot is a POSSIBLE gain: the path says
 * what must exist ({@code a Lambda function that runs as R must exist}) in {@link EscalationPath#assumes}.
 * The attacker's own policy must allow each step on some ARN of that kind of compute in its account; a
 * step's target is the Resource pattern that allows it. An instance profile the model shows (compute
 * whose ARN is an {@code instance-profile}) is not an instance: it names the profile in what must exist.
 * Service-linked roles are left out (no customer compute runs as them), and a role the attacker already
 * gains for certain by an earlier rule is not reported again as possible.
 */
final class PossibleComputeRule implements EscalationRule {
    /** A kind of compute: the ARN prefix of one in an account and region, and what must exist, for {@code {role}}. */
    record Kind(String prefix, String noun, String exists) {
    }

    static final Map<Compute.Type, Kind> KINDS = kinds();

    /** {@link ComputeRule#FAMILIES} with the compute a rule looks at replaced by any ARN of its kind. */
    static final List<ComputeRule.Family> FAMILIES = families();

    private static Map<Compute.Type, Kind> kinds() {
        Map<Compute.Type, Kind> out = new LinkedHashMap<>();
        out.put(Compute.Type.LAMBDA_FUNCTION, new Kind("arn:aws:lambda:{region}:{account}:function:",
                "a Lambda function", "a Lambda function that runs as {role} must exist"));
        out.put(Compute.Type.EC2_INSTANCE, new Kind("arn:aws:ec2:{region}:{account}:instance/",
                "an EC2 instance", "an EC2 instance whose instance profile holds {role} must exist"));
        out.put(Compute.Type.CODEBUILD_PROJECT, new Kind("arn:aws:codebuild:{region}:{account}:project/",
                "a CodeBuild project", "a CodeBuild project whose service role is {role} must exist"));
        out.put(Compute.Type.SAGEMAKER_NOTEBOOK, new Kind("arn:aws:sagemaker:{region}:{account}:notebook-instance/",
                "a SageMaker notebook instance", "a SageMaker notebook instance that runs as {role} must exist"));
        out.put(Compute.Type.CLOUDFORMATION_STACK, new Kind("arn:aws:cloudformation:{region}:{account}:stack/",
                "a CloudFormation stack", "a CloudFormation stack whose service role is {role} must exist"));
        out.put(Compute.Type.EC2_LAUNCH_TEMPLATE, new Kind("arn:aws:ec2:{region}:{account}:launch-template/",
                "an EC2 launch template", "an EC2 launch template whose instance profile holds {role} must exist"));
        out.put(Compute.Type.GLUE_DEV_ENDPOINT, new Kind("arn:aws:glue:{region}:{account}:devEndpoint/",
                "a Glue development endpoint", "a Glue development endpoint that runs as {role} must exist"));
        out.put(Compute.Type.APPRUNNER_SERVICE, new Kind("arn:aws:apprunner:{region}:{account}:service/",
                "an App Runner service", "an App Runner service whose instance role is {role} must exist"));
        out.put(Compute.Type.BEDROCK_CODE_INTERPRETER, new Kind(
                "arn:aws:bedrock-agentcore:{region}:{account}:code-interpreter-custom/",
                "a code interpreter", "an AgentCore code interpreter that runs as {role} must exist"));
        return out;
    }

    private static List<ComputeRule.Family> families() {
        List<ComputeRule.Family> out = new ArrayList<>();
        for (ComputeRule.Family family : ComputeRule.FAMILIES) {
            Kind kind = KINDS.get(family.type());
            if (kind == null) {
                continue;
            }
            List<Variant> variants = new ArrayList<>();
            for (Variant variant : family.variants()) {
                List<Spec> specs = new ArrayList<>();
                for (Spec spec : variant.specs()) {
                    specs.add(spec.object().equals(StepPlan.TARGET)
                            ? new Spec(spec.action(), kind.prefix(), spec.note(), spec.chosenFrom()) : spec);
                }
                variants.add(new Variant(variant.id(), specs));
            }
            out.add(new ComputeRule.Family(family.type(), List.copyOf(variants)));
        }
        return List.copyOf(out);
    }

    @Override
    public void find(Scan scan, PathSink out) {
        Attacker attacker = scan.attacker;
        Map<String, List<String>> profiles = null;
        for (ComputeRule.Family family : FAMILIES) {
            List<Variant> possible = family.variants().stream().filter(v -> v.mayAllow(attacker)).toList();
            if (possible.isEmpty() || drawn(scan, family.type())) {
                continue;
            }
            Kind kind = KINDS.get(family.type());
            Opened opened = opened(scan, possible, kind);
            if (opened == null) {
                continue;
            }
            if (profiles == null) {
                profiles = profiles(scan);
            }
            for (Role role : scan.estate.rolesTrusting(family.type().servicePrincipal(), attacker.account())) {
                if (role.id().equals(attacker.id()) || role.serviceLinked()) {
                    continue;
                }
                String roleArn = scan.estate.arn(role);
                if (!out.gainedForCertain(roleArn) && scan.strength.stronger(attacker, role.id())) {
                    String exists = exists(kind, opened.variant(), role, profiles.getOrDefault(role.id(), List.of()));
                    out.add(scan.path(roleArn, opened.variant().id(), opened.conditions(), opened.steps(role, exists)));
                }
            }
        }
    }

    /**
     * The first variant of a family whose steps are open, with its steps written (each target the Resource
     * pattern that allows it) and the compute's noun filled in: the plans name no role (the compute is any of
     * its kind), so this is the same for every role the compute may run as.
     */
    private record Opened(Variant variant, List<EscalationStep> written, List<String> conditions) {
        /** The steps for one role: its name in the notes, and what must exist on the steps on the compute. */
        List<EscalationStep> steps(Role role, String exists) {
            List<EscalationStep> out = new ArrayList<>(written.size());
            for (EscalationStep step : written) {
                EscalationStep named = Scan.step(step.action(), step.target(),
                        StepPlan.worded(step.note(), Map.of("role", role.name())));
                // a step on "*" (ec2:DescribeInstances) is the same step in certain paths: only those on the compute carry the assumption
                out.add(step.target().equals("*") ? named : Scan.assuming(named, exists));
            }
            return out;
        }
    }

    private static Opened opened(Scan scan, List<Variant> possible, Kind kind) {
        for (Variant variant : possible) {
            StepPlan.Resolved plan = StepPlan.unworded(scan, variant, null);
            if (plan != null) {
                return new Opened(variant, written(scan, plan, kind), plan.conditions());
            }
        }
        return null;
    }

    /** Whether the model draws compute of this type in the attacker's account (an instance profile is not an instance). */
    private static boolean drawn(Scan scan, Compute.Type type) {
        for (Estate.RunsAs runs : scan.estate.compute(type)) {
            if (scan.attacker.account().equals(runs.compute().account()) && !instanceProfile(runs.compute())) {
                return true;
            }
        }
        return false;
    }

    static boolean instanceProfile(Compute compute) {
        return compute.arn() != null && compute.arn().contains(":instance-profile/");
    }

    /** The names of the instance profiles the model shows, by the id of the role each holds. */
    private static Map<String, List<String>> profiles(Scan scan) {
        Map<String, List<String>> out = new HashMap<>();
        for (Compute.Type type : Compute.Type.values()) {
            for (Estate.RunsAs runs : scan.estate.compute(type)) {
                if (instanceProfile(runs.compute())) {
                    out.computeIfAbsent(runs.role().id(), r -> new ArrayList<>()).add(runs.compute().name());
                }
            }
        }
        return out;
    }

    /** What must exist: the compute, running as the role (for EC2, with the instance profile the model shows). */
    private static String exists(Kind kind, Variant variant, Role role, List<String> profiles) {
        String text = kind.exists().replace("{role}", role.name());
        if (kind.prefix().contains(":instance/") && !profiles.isEmpty()) {
            text = text.replace("whose instance profile holds " + role.name(), "with instance profile "
                    + String.join(" or ", profiles) + " (which holds " + role.name() + ")");
        }
        if (variant.id().startsWith("ssm-")) {
            text = text.replace(" must exist", ", managed by Systems Manager, must exist");
        }
        return text;
    }

    /**
     * The plan's steps with each target written as the Resource pattern of the attacker's policy that allows
     * it (the narrowest the steps on one ARN have), and the compute's noun in the notes.
     */
    private static List<EscalationStep> written(Scan scan, StepPlan.Resolved plan, Kind kind) {
        Map<String, String> patterns = new HashMap<>();
        for (EscalationStep step : plan.steps()) {
            if (step.target().equals("*")) {
                continue;
            }
            String pattern = scan.attacker.allowingPattern(step.action(), step.target());
            String known = patterns.get(step.target());
            if (pattern != null && (known == null || known.equals("*"))) {
                patterns.put(step.target(), pattern);
            }
        }
        List<EscalationStep> out = new ArrayList<>();
        for (EscalationStep step : plan.steps()) {
            String target = step.target();
            if (!target.equals("*")) {
                String pattern = patterns.getOrDefault(target, "*");
                target = pattern.equals("*") ? anyOfKind(target) : pattern;
            }
            out.add(Scan.step(step.action(), target, StepPlan.worded(step.note(), Map.of("compute", kind.noun()))));
        }
        return List.copyOf(out);
    }

    /** {@code arn:aws:lambda:us-east-1:111111111111:function:escalation} as {@code arn:aws:lambda:*:111111111111:function:*}. */
    private static String anyOfKind(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6) {
            return arn;
        }
        String resource = parts[5];
        int cut = Math.max(resource.indexOf('/'), resource.indexOf(':'));
        String type = cut < 0 ? "" : resource.substring(0, cut + 1);
        return parts[0] + ":" + parts[1] + ":" + parts[2] + ":*:" + parts[4] + ":" + type + "*";
    }
}
