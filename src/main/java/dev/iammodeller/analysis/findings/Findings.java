package dev.iammodeller.analysis.findings;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.analysis.PrincipalPolicies;
import dev.iammodeller.analysis.RoleAssumption;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.TrustedPrincipals;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Arn;
import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.Effect;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.PrincipalEntry;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a reviewer of a model should look at, each finding with the IAM rule behind it: principals that are
 * administrators by their own policies, escalation paths, roles trusted from outside the organization, IAM
 * users with long-lived access keys, resources open to everyone, and roles nothing can assume. Findings come
 * most serious first, then by code and subject.
 */
public final class Findings {
    public static final String ADMIN_EQUIVALENT = "ADMIN_EQUIVALENT";
    public static final String ESCALATION = "ESCALATION";
    public static final String EXTERNAL_TRUST = "EXTERNAL_TRUST";
    public static final String LONG_LIVED_ACCESS_KEYS = "LONG_LIVED_ACCESS_KEYS";
    public static final String RESOURCE_OPEN_TO_EVERYONE = "RESOURCE_OPEN_TO_EVERYONE";
    public static final String UNUSED_TRUST = "UNUSED_TRUST";

    /** Condition keys that keep a trusted outsider from being tricked or an unknown account from assuming a role. */
    static final List<String> TRUST_GUARDS = List.of("sts:ExternalId", "aws:PrincipalOrgID", "aws:PrincipalOrgPaths");

    /**
     * Actions tried first (on {@code *} and on ARNs of the principal's account) before the whole catalogue
     * is tried: permission management, the organization, data and compute of several services.
     */
    static final List<String> ADMIN_PROBE_ACTIONS = List.of("iam:CreateUser", "iam:PutRolePolicy", "iam:PassRole",
            "iam:CreateAccessKey", "organizations:ListAccounts", "sts:AssumeRole", "s3:GetObject", "s3:PutBucketPolicy",
            "ec2:RunInstances", "lambda:UpdateFunctionCode", "kms:Decrypt", "secretsmanager:GetSecretValue",
            "cloudtrail:StopLogging", "dynamodb:DeleteTable");

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::code).thenComparing(Finding::subjectId).thenComparing(Finding::message);

    private Findings() {
    }

    /** Every finding of the model the check was made for. */
    public static List<Finding> of(Catalog catalog, AccessCheck check) {
        List<Finding> out = new ArrayList<>();
        out.addAll(adminEquivalent(catalog, check));
        out.addAll(escalations(check));
        out.addAll(externalTrust(check.model()));
        out.addAll(longLivedAccessKeys(check.model()));
        out.addAll(resourcesOpenToEveryone(check.model()));
        out.addAll(unusedTrust(check.model()));
        out.sort(ORDER);
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- ADMIN_EQUIVALENT

    /**
     * Users and roles whose own policies (with their boundary and SCPs) allow every action of the catalogue on
     * every resource. A few sensitive actions are tried first; only principals that pass them are tried on
     * the whole catalogue.
     */
    public static List<Finding> adminEquivalent(Catalog catalog, AccessCheck check) {
        IamModel model = check.model();
        List<Entity> principals = new ArrayList<>(model.all(User.class));
        principals.addAll(model.all(Role.class));
        List<Finding> out = new ArrayList<>();
        for (Entity principal : principals) {
            Set<String> conditions = new TreeSet<>();
            if (!passesProbes(check, principal, conditions) || !reachesEveryAction(catalog, check, principal.id(), conditions)) {
                continue;
            }
            List<String> grants = grantingPolicies(model, principal.id());
            String through = grants.isEmpty() ? "" : " (through " + String.join(", ", grants) + ")";
            String onlyIf = conditions.isEmpty() ? "" : ", only if " + String.join(", ", conditions) + " hold";
            List<String> path = new ArrayList<>();
            path.add(principal.id());
            path.addAll(grants);
            out.add(new Finding(ADMIN_EQUIVALENT, Severity.HIGH, principal.id(), principal.arn(),
                    subject(principal) + " may do every action on every resource by its own policies" + through + onlyIf + ".",
                    principal instanceof Role
                            ? "A role whose policies allow every action on every resource is an administrator, and so is"
                            + " everyone who can assume it; only an explicit Deny (in its policies, a permissions boundary"
                            + " or an SCP) takes anything away."
                            : "A user whose policies allow every action on every resource is an administrator; only an"
                            + " explicit Deny (in its or its groups' policies, a permissions boundary or an SCP) takes"
                            + " anything away, and with iam:* it can even remove that Deny from its own policies.",
                    path));
        }
        return out;
    }

    private static boolean passesProbes(AccessCheck check, Entity principal, Set<String> conditions) {
        for (String action : ADMIN_PROBE_ACTIONS) {
            if (!reaches(check.outcome(principal.id(), action, "*"), conditions)) {
                return false;
            }
        }
        // Resources of its account (not ones whose own policy must allow too, such as a KMS key or a role's trust).
        String account = principal.account() == null ? "111111111111" : principal.account();
        String[][] probes = {
            {"iam:PutRolePolicy", "arn:aws:iam::" + account + ":role/iam-modeller-probe"},
            {"iam:CreateAccessKey", "arn:aws:iam::" + account + ":user/iam-modeller-probe"},
            {"s3:GetObject", "arn:aws:s3:::iam-modeller-probe/object"},
            {"lambda:UpdateFunctionCode", "arn:aws:lambda:us-east-1:" + account + ":function:iam-modeller-probe"},
            {"ec2:TerminateInstances", "arn:aws:ec2:us-east-1:" + account + ":instance/i-0iammodellerprobe"}};
        for (String[] probe : probes) {
            if (!reaches(check.outcome(principal.id(), probe[0], probe[1]), conditions)) {
                return false;
            }
        }
        return true;
    }

    private static boolean reachesEveryAction(Catalog catalog, AccessCheck check, String principalId, Set<String> conditions) {
        Set<String> found = ConcurrentHashMap.newKeySet();
        boolean all = catalog.actions().parallelStream().allMatch(action -> {
            Outcome outcome = check.outcome(principalId, action.fullName(), "*");
            found.addAll(outcome.conditions());
            return outcome.reaches();
        });
        conditions.addAll(found);
        return all;
    }

    private static boolean reaches(Outcome outcome, Set<String> conditions) {
        conditions.addAll(outcome.conditions());
        return outcome.reaches();
    }

    /**
     * The policies of a principal that allow every action on {@code *} by themselves ({@code AdministratorAccess}),
     * each written "policy" or "policy via group"; all its policies when only their mix does.
     */
    static List<String> grantingPolicies(IamModel model, String principalId) {
        List<String> whole = new ArrayList<>();
        List<String> every = new ArrayList<>();
        for (PolicySource source : PrincipalPolicies.of(model, principalId).identity()) {
            String name = source.via() == null ? source.policyId() : source.policyId() + " via group " + source.via();
            every.add(name);
            for (Statement statement : source.document().statements()) {
                if (statement.effect() == Effect.ALLOW && statement.coversAction("*") && !statement.notAction()
                        && statement.conditions().isEmpty() && coversEveryResource(statement)) {
                    whole.add(name);
                    break;
                }
            }
        }
        return whole.isEmpty() ? every : whole;
    }

    private static boolean coversEveryResource(Statement statement) {
        if (statement.resources() == null || statement.notResource()) {
            return statement.resources() == null;
        }
        return statement.resources().stream().map(PolicyTemplate::text).anyMatch("*"::equals);
    }

    // ---------------------------------------------------------------- ESCALATION

    /** The escalation paths of every principal, one finding each: high when they lead to admin. */
    public static List<Finding> escalations(AccessCheck check) {
        IamModel model = check.model();
        List<Finding> out = new ArrayList<>();
        for (EscalationPath path : EscalationAnalysis.shortestPaths(check)) {
            String name = model.entity(path.principalId()).map(Findings::subject).orElse(path.principalId());
            String gains = path.gainsAdmin() ? "administrator access (every action on every resource)"
                    : "the permissions of " + path.gains();
            List<String> actions = path.steps().stream().map(EscalationStep::action).toList();
            String onlyIf = path.conditions().isEmpty() ? "" : ", setting " + String.join(", ", path.conditions());
            List<String> steps = new ArrayList<>();
            for (EscalationStep step : path.steps()) {
                steps.add(step.action() + " on " + step.target() + (step.note() == null || step.note().isBlank() ? ""
                        : ": " + step.note()));
            }
            out.add(new Finding(ESCALATION, path.gainsAdmin() ? Severity.HIGH : Severity.MEDIUM, path.principalId(),
                    path.principalArn(), name + " can gain " + gains + " in " + path.steps().size()
                    + (path.steps().size() == 1 ? " step" : " steps") + " (" + String.join(", then ", actions) + onlyIf
                    + "; rule " + path.rule() + ").", escalationRule(actions), steps));
        }
        return out;
    }

    /** The IAM rule behind an escalation, by the kind of permission its steps use. */
    static String escalationRule(List<String> actions) {
        String all = String.join(" ", actions).toLowerCase(Locale.ROOT);
        if (all.contains("iam:passrole")) {
            return "iam:PassRole lets a principal hand a role to a service (Lambda, EC2, CloudFormation...), and whatever"
                    + " that service then runs acts with the role's permissions, so passing a stronger role than your"
                    + " own is a way to use its permissions.";
        }
        if (all.contains("permissionsboundary")) {
            return "A permissions boundary caps what an identity's policies grant; a principal that may delete or replace"
                    + " its own boundary removes that cap.";
        }
        if (all.contains("updateassumerolepolicy")) {
            return "A role's trust policy decides who may assume it; whoever may rewrite it can name itself and then"
                    + " assume the role with all its permissions.";
        }
        if (all.contains("addusertogroup")) {
            return "A user gets the permissions of every group it is in, so adding yourself to a stronger group gives"
                    + " you its permissions.";
        }
        if (all.contains("iam:createaccesskey") || all.contains("loginprofile")) {
            return "Access keys and console passwords are credentials: whoever may create them for another user can"
                    + " sign in as that user and use all its permissions.";
        }
        if (all.contains("updatefunctioncode") || all.contains("ssm:sendcommand") || all.contains("ssm:startsession")
                || all.contains("codebuild:") || all.contains("glue:")) {
            return "Compute acts with the role it runs as, so whoever may change what it runs (its code, a command, a"
                    + " build) makes it act for them with that role's permissions.";
        }
        if (all.contains("policy") || all.contains("policyversion")) {
            return "Permission-management actions (writing, attaching or choosing the default version of a policy)"
                    + " are power over every permission they can write: a principal that may apply them to itself, or to"
                    + " an identity it controls, can grant itself anything.";
        }
        return "A principal that may change permissions, credentials or what compute runs can give itself more than"
                + " its own policies grant.";
    }

    // ---------------------------------------------------------------- EXTERNAL_TRUST

    /**
     * Roles whose trust policy lets principals outside the organization assume them: an account outside the
     * model's organization (when the role's account is in one), else any account other than the role's own;
     * or everyone ({@code "*"}). Guarded by {@code sts:ExternalId} (or, for everyone, by
     * {@code aws:PrincipalOrgID}/{@code aws:PrincipalOrgPaths}): info; unguarded: high.
     */
    public static List<Finding> externalTrust(IamModel model) {
        List<Finding> out = new ArrayList<>();
        for (Role role : model.all(Role.class)) {
            PolicyDocument trust = document(role);
            if (trust == null) {
                continue;
            }
            // principal text → guards of each statement naming it (empty list: a statement without a guard)
            Map<String, List<List<String>>> named = new LinkedHashMap<>();
            Map<String, String> accounts = new HashMap<>();
            for (Statement statement : trust.statements()) {
                if (statement.effect() != Effect.ALLOW || statement.principal() == null || statement.notPrincipal()
                        || !statement.coversAction("sts:AssumeRole")) {
                    continue;
                }
                List<String> guards = guards(statement);
                if (statement.principal().everyone()) {
                    named.computeIfAbsent("*", k -> new ArrayList<>()).add(guards);
                }
                for (PrincipalEntry entry : statement.principal().entries()) {
                    if (!entry.type().equals(PrincipalEntry.AWS)) {
                        continue;
                    }
                    String account = accountOf(entry.value());
                    if (entry.value().equals("*") || (account != null && external(model, role, account))) {
                        named.computeIfAbsent(entry.value(), k -> new ArrayList<>()).add(guards);
                        accounts.put(entry.value(), account);
                    }
                }
            }
            named.forEach((principal, statements) -> out.add(externalTrustFinding(model, role, principal,
                    accounts.get(principal), statements)));
        }
        return out;
    }

    private static Finding externalTrustFinding(IamModel model, Role role, String principal, String account,
                                                List<List<String>> statements) {
        boolean everyone = principal.equals("*");
        Set<String> guards = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        boolean guarded = true;
        for (List<String> statementGuards : statements) {
            List<String> effective = everyone ? statementGuards.stream().filter(g -> !g.equalsIgnoreCase("sts:ExternalId")).toList()
                    : statementGuards;
            guarded &= !effective.isEmpty();
            guards.addAll(statementGuards);
        }
        String who;
        if (everyone) {
            who = "any principal of any AWS account";
        } else {
            String described = model.account(account).map(a -> a.name() + ", " + account).orElse(account);
            boolean inModel = model.account(account).isPresent();
            who = (principal.equals(account) || principal.endsWith(":root") ? "account " + described
                    : principal + " (account " + described + ")")
                    + (!inModel ? ", an account the model does not hold"
                    : model.account(role.account()).map(a -> a.parent() != null).orElse(false)
                    ? ", outside the organization of the role's account"
                    : ", another account (the role's account is in no organization)");
        }
        String message;
        String rule;
        if (everyone) {
            message = "Role " + role.name() + " trusts " + who + (guarded
                    ? ", narrowed by " + String.join(", ", guards) + "."
                    : guards.isEmpty() ? " with no condition that narrows it."
                    : "; " + String.join(", ", guards) + " alone does not narrow it: an external id is not a secret.");
            rule = "A trust policy with Principal \"*\" lets principals of every AWS account assume the role unless a"
                    + " condition such as aws:PrincipalOrgID limits them to your organization.";
        } else {
            message = "Role " + role.name() + " can be assumed from " + who + (guarded
                    ? ", only with " + String.join(" and ", guards) + " as its trust policy requires."
                    : ", with no sts:ExternalId or aws:PrincipalOrgID condition.");
            rule = "A role that trusts another account lets every principal that account allows to call sts:AssumeRole"
                    + " assume it; for a third party, require an sts:ExternalId agreed with it so that it cannot be"
                    + " tricked into using your role for someone else (the confused deputy).";
        }
        return new Finding(EXTERNAL_TRUST, guarded ? Severity.INFO : Severity.HIGH, role.id(), role.arn(), message, rule,
                List.of(principal, role.id()));
    }

    /** The guard keys a statement's conditions require (an IfExists operator guards nothing: an absent key passes). */
    private static List<String> guards(Statement statement) {
        List<String> out = new ArrayList<>();
        for (Condition condition : statement.conditions()) {
            if (condition.ifExists() || condition.operatorText().toLowerCase(Locale.ROOT).contains("not")
                    || condition.operatorText().equalsIgnoreCase("Null")) {
                continue;
            }
            for (String guard : TRUST_GUARDS) {
                if (guard.equalsIgnoreCase(condition.key()) && !out.contains(guard)) {
                    out.add(guard);
                }
            }
        }
        return out;
    }

    /** The 12-digit account an AWS principal value names, or null. */
    static String accountOf(String principal) {
        if (Arn.isAccountId(principal)) {
            return principal;
        }
        Arn arn = Arn.parseOrNull(principal);
        return arn != null && Arn.isAccountId(arn.account()) ? arn.account() : null;
    }

    /**
     * True when an account is outside the role's organization: when the role's account is in the model's
     * organization, any account not in it; otherwise any account but the role's own.
     */
    static boolean external(IamModel model, Role role, String account) {
        if (account.equals(role.account())) {
            return false;
        }
        boolean roleInOrganization = model.account(role.account()).map(a -> a.parent() != null).orElse(false);
        if (!roleInOrganization) {
            return true;
        }
        return model.account(account).map(a -> a.parent() == null).orElse(true);
    }

    // ---------------------------------------------------------------- LONG_LIVED_ACCESS_KEYS

    /** Every IAM user with long-lived access keys (medium): a role with an external id is the safer way to give access. */
    public static List<Finding> longLivedAccessKeys(IamModel model) {
        List<Finding> out = new ArrayList<>();
        for (User user : model.all(User.class)) {
            if (!user.accessKeys()) {
                continue;
            }
            Set<String> keys = new TreeSet<>();
            for (PolicySource source : PrincipalPolicies.of(model, user.id()).identity()) {
                for (Statement statement : source.document().statements()) {
                    for (Condition condition : statement.conditions()) {
                        if (condition.lowerKey().equals("aws:sourceip") || condition.lowerKey().equals("aws:sourcevpc")
                                || condition.lowerKey().equals("aws:sourcevpce")) {
                            keys.add(condition.key());
                        }
                    }
                }
            }
            String network = keys.isEmpty() ? "" : " Its policies allow only from a network (" + String.join(", ", keys)
                    + "), which suggests the keys are used elsewhere, perhaps by another company.";
            out.add(new Finding(LONG_LIVED_ACCESS_KEYS, Severity.MEDIUM, user.id(), user.arn(),
                    "User " + user.name() + " has long-lived access keys: they work until someone deletes them,"
                    + " wherever they have been copied." + network,
                    "Access keys of an IAM user never expire; to give a third party access, let its account assume a"
                    + " role that requires an sts:ExternalId instead, so it holds only temporary credentials and you hand"
                    + " over no secret.",
                    List.of(user.id())));
        }
        return out;
    }

    // ---------------------------------------------------------------- RESOURCE_OPEN_TO_EVERYONE

    /** Resource policies with an Allow for Principal {@code "*"} (or AWS {@code "*"}) and no condition: high. */
    public static List<Finding> resourcesOpenToEveryone(IamModel model) {
        List<Finding> out = new ArrayList<>();
        for (Resource resource : model.all(Resource.class)) {
            if (resource.policy() == null) {
                continue;
            }
            PolicyDocument document;
            try {
                document = resource.policy().document();
            } catch (PolicyParseException e) {
                continue;
            }
            for (Statement statement : document.statements()) {
                if (statement.effect() != Effect.ALLOW || statement.principal() == null || statement.notPrincipal()
                        || !statement.conditions().isEmpty() || !everyone(statement)) {
                    continue;
                }
                List<String> actions = statement.actions() == null ? List.of()
                        : statement.actions().stream().map(ActionPattern::text).toList();
                String name = statement.sid() == null || statement.sid().isBlank() ? "statement " + statement.index()
                        : "statement " + statement.sid();
                out.add(new Finding(RESOURCE_OPEN_TO_EVERYONE, Severity.HIGH, resource.id(), resource.arn(),
                        "The policy of " + resource.name() + " (" + name + ") lets anyone "
                        + (statement.notAction() ? "do every action except " : "do ") + String.join(", ", actions)
                        + ", with no condition.",
                        "A resource policy with Principal \"*\" and no condition grants its actions to every caller of"
                        + " every AWS account, and for services that accept unsigned requests (such as S3) to anonymous"
                        + " callers too; add a condition (aws:PrincipalOrgID, aws:SourceVpce) or name the principals.",
                        List.of(resource.id(), name)));
            }
        }
        return out;
    }

    private static boolean everyone(Statement statement) {
        if (statement.principal().everyone()) {
            return true;
        }
        return statement.principal().entries().stream()
                .anyMatch(e -> e.type().equals(PrincipalEntry.AWS) && e.value().equals("*"));
    }

    // ---------------------------------------------------------------- UNUSED_TRUST

    /**
     * Roles nothing in the model can assume: no user, role, service or identity provider of the model reaches
     * it (by {@link RoleAssumption}), no compute runs as it, and its trust policy names nothing outside the model.
     */
    public static List<Finding> unusedTrust(IamModel model) {
        Map<String, Set<String>> assumable = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Role role : model.all(Role.class)) {
            if (!model.to(role.id(), RelationKind.RUNS_AS).isEmpty()) {
                continue;
            }
            List<String> named = document(role) == null ? List.of() : TrustedPrincipals.named(role);
            boolean outside = false;
            Set<String> callers = new LinkedHashSet<>();
            for (String principal : named) {
                List<Entity> entities = entitiesNamed(model, principal);
                if (entities.isEmpty()) {
                    outside = true;
                    break;
                }
                for (Entity entity : entities) {
                    if (entity instanceof Account account) {
                        model.all(User.class).stream().filter(u -> account.accountId().equals(u.account()))
                                .forEach(u -> callers.add(u.id()));
                        model.all(Role.class).stream().filter(r -> account.accountId().equals(r.account()))
                                .forEach(r -> callers.add(r.id()));
                    } else {
                        callers.add(entity.id());
                    }
                }
            }
            if (outside) {
                continue;
            }
            callers.remove(role.id());
            boolean used = false;
            for (String caller : callers) {
                Set<String> roles = assumable.computeIfAbsent(caller, id -> {
                    Set<String> ids = new java.util.HashSet<>();
                    for (Assumption assumption : RoleAssumption.from(model, id)) {
                        ids.add(assumption.roleId());
                    }
                    return ids;
                });
                if (roles.contains(role.id())) {
                    used = true;
                    break;
                }
            }
            if (used) {
                continue;
            }
            String trusted = named.isEmpty() ? "its trust policy allows no one"
                    : "its trust policy names " + String.join(", ", named) + ", but none of "
                    + (callers.isEmpty() ? "them is a principal the model holds" : "the model's principals there ("
                    + String.join(", ", callers) + ") is allowed to assume it");
            out.add(new Finding(UNUSED_TRUST, Severity.LOW, role.id(), role.arn(),
                    "Nothing in the model can assume role " + role.name() + ": " + trusted + ", and no compute runs as it.",
                    "Assuming a role takes both sides: its trust policy must name the caller (or the caller's account),"
                    + " and when it names the account the caller's own policies must also allow sts:AssumeRole; a role"
                    + " no one can assume is unused access to delete, or a mistake on one of the two sides.",
                    named.isEmpty() ? List.of(role.id()) : concat(named, role.id())));
        }
        return out;
    }

    /** The model's entities a trust principal names: an account, a user or role, a service, an identity provider. */
    private static List<Entity> entitiesNamed(IamModel model, String principal) {
        List<Entity> out = new ArrayList<>();
        if (principal.equals("*")) {
            return out;
        }
        for (Entity entity : model.entities().values()) {
            boolean names;
            if (entity instanceof Account account) {
                names = principal.equals(account.accountId()) || principal.equals(account.arn());
            } else if (entity instanceof AwsService service) {
                names = principal.equalsIgnoreCase(service.principal());
            } else if (entity instanceof IdentityProvider provider) {
                names = principal.equals(provider.arn()) || principal.equals(provider.name());
            } else {
                names = (entity instanceof User || entity instanceof Role) && principal.equals(entity.arn());
            }
            if (names) {
                out.add(entity);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static PolicyDocument document(Role role) {
        try {
            return role.trustPolicy().document();
        } catch (PolicyParseException e) {
            return null;
        }
    }

    private static List<String> concat(List<String> first, String last) {
        List<String> out = new ArrayList<>(first);
        out.add(last);
        return out;
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "User alice", "Role provisioner": how a sentence starts about a principal (names keep their case). */
    static String subject(Entity entity) {
        return switch (entity.kind()) {
            case USER -> "User " + entity.name();
            case ROLE -> "Role " + entity.name();
            default -> capitalize(entity.kind().json()) + " " + entity.name();
        };
    }
}
