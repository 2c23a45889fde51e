package dev.iammodeller.analysis.fixes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.analysis.PrincipalPolicies;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.eval.PolicyLayer;
import dev.iammodeller.eval.StatementRef;
import dev.iammodeller.model.AddEntity;
import dev.iammodeller.model.CompoundCommand;
import dev.iammodeller.model.Connect;
import dev.iammodeller.model.Disconnect;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.ModelCommand;
import dev.iammodeller.model.PolicyJson;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.RemoveEntity;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.UpdateEntity;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fixes proposed for one escalation path, narrowest first: narrowing the Resource of the statement that
 * allows the path's first step (when it names the step's target by "*" or by its ARN), a condition
 * ({@code iam:PassedToService} for a role passed to a service; {@code aws:ResourceTag} for a step on something the
 * model shows), removing the attachment or membership that brings that statement, a Deny statement of the path's
 * actions, and a permissions boundary that leaves them out. Whether each closes the path is for
 * {@link FixPreview} to check; the proposing never asks the analysis.
 */
public final class PathFixes {
    /** What an attacker would use to take a boundary off, left out of a boundary set as a fix. */
    static final List<String> BOUNDARY_REMOVAL = List.of("iam:DeleteUserPermissionsBoundary",
            "iam:DeleteRolePermissionsBoundary", "iam:PutUserPermissionsBoundary", "iam:PutRolePermissionsBoundary");
    private static final String PASSED_TO_SERVICE = "iam:PassedToService";

    private final IamModel model;
    private final EscalationPath path;
    private final Entity principal;

    private PathFixes(IamModel model, EscalationPath path) {
        this.model = model;
        this.path = path;
        this.principal = model.entity(path.principalId()).orElseThrow(
                () -> new IllegalArgumentException("the model holds no principal \"" + path.principalId() + "\""));
    }

    /** The fixes for a path of this model, each once, in {@link Fix.Kind} order. */
    public static List<Fix> of(IamModel model, EscalationPath path) {
        return new PathFixes(model, path).all();
    }

    private List<Fix> all() {
        List<Fix> out = new ArrayList<>();
        EscalationStep first = path.steps().get(0);
        List<PolicySource> granting = granting(first);
        for (PolicySource source : granting) {
            narrowing(source, first).ifPresent(out::add);
        }
        passedToService().ifPresent(out::add);
        resourceTag(first).ifPresent(out::add);
        Set<String> removals = new LinkedHashSet<>();
        for (PolicySource source : granting) {
            removal(source).filter(fix -> removals.add(fix.title())).ifPresent(out::add);
        }
        out.add(deny());
        boundary().ifPresent(out::add);
        return out;
    }

    /** The principal's identity policies whose statements allow the first step (the policy and statement index). */
    private List<PolicySource> granting(EscalationStep step) {
        AccessCheck check = new AccessCheck(model);
        Outcome outcome = check.outcome(principal.id(), step.action(), step.target(), context());
        PrincipalPolicies policies = PrincipalPolicies.of(model, principal.id());
        List<PolicySource> out = new ArrayList<>();
        statementOf.clear();
        for (StatementRef ref : outcome.decision().matchedStatements()) {
            if (ref.layer() == PolicyLayer.IDENTITY && ref.policy() < policies.identity().size()) {
                PolicySource source = policies.identity().get(ref.policy());
                if (!statementOf.containsKey(source)) {
                    statementOf.put(source, ref.statement());
                    out.add(source);
                }
            }
        }
        return out;
    }

    private final Map<PolicySource, Integer> statementOf = new LinkedHashMap<>();

    /** The context keys the path's conditions set ({@code iam:PassedToService = lambda.amazonaws.com}). */
    private Map<String, String> context() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String condition : path.conditions()) {
            int equals = condition.indexOf(" = ");
            if (equals > 0) {
                out.putIfAbsent(condition.substring(0, equals).strip(), condition.substring(equals + 3).strip());
            }
        }
        return out;
    }

    /**
     * The statement that allows the first step, its Resource narrowed to leave the step's target out: {@code "*"}
     * becomes {@code "NotResource": [target]}, and the target's own ARN is taken out of a list. Only for a target
     * the model shows (a name the attacker chooses cannot be left out) and a policy the model can change.
     */
    private Optional<Fix> narrowing(PolicySource source, EscalationStep step) {
        Entity policy = model.entities().get(source.policyId());
        if (!isTarget(step.target()) || policy instanceof ManagedPolicy managed && managed.account() == null) {
            return Optional.empty();
        }
        PolicyText text = policy instanceof InlinePolicy inline ? inline.document()
                : policy instanceof ManagedPolicy managed ? managed.document() : null;
        Optional<ObjectNode> document = text == null ? Optional.empty() : PolicyJson.read(text);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode statements = PolicyJson.statements(document.get());
        int index = statementOf.get(source);
        if (index >= statements.size() || !(statements.get(index) instanceof ObjectNode statement)
                || statement.has("NotResource") || !statement.has("Resource")) {
            return Optional.empty();
        }
        List<String> resources = texts(statement.get("Resource"));
        if (resources.equals(List.of("*"))) {
            statement.remove("Resource");
            statement.set("NotResource", FixStatements.strings(List.of(step.target())));
        } else if (resources.contains(step.target()) && resources.size() > 1) {
            resources.remove(step.target());
            statement.set("Resource", FixStatements.strings(resources));
        } else {
            return Optional.empty();
        }
        PolicyText narrowed = PolicyJson.text(document.get());
        String title = "Leave " + nameOf(step.target()) + " out of the Resource of " + policy.name()
                + " (statement " + (index + 1) + ")";
        Entity changed = policy instanceof InlinePolicy inline
                ? new InlinePolicy(inline.id(), inline.owner(), inline.name(), narrowed)
                : ((ManagedPolicy) policy).withNewDefaultVersion(narrowed);
        return Optional.of(new Fix(Fix.Kind.NARROW_RESOURCE, title, new UpdateEntity(changed, title)));
    }

    /** A Deny of passing the path's role to the service it passes it to, keyed by {@code iam:PassedToService}. */
    private Optional<Fix> passedToService() {
        String service = context().get(PASSED_TO_SERVICE);
        Optional<EscalationStep> pass = path.steps().stream().filter(s -> s.action().equalsIgnoreCase("iam:PassRole"))
                .findFirst();
        if (service == null || pass.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode statement = FixStatements.withCondition(FixStatements.statement("DenyPassingRoleToService", "Deny",
                List.of("iam:PassRole"), List.of(pass.get().target())), "StringEquals", PASSED_TO_SERVICE, service);
        String title = "Deny " + principal.name() + " passing " + nameOf(pass.get().target()) + " to " + service
                + " (iam:PassedToService)";
        return Optional.of(inline(Fix.Kind.CONDITION, title, "DenyPassRoleTo", statement));
    }

    /**
     * A Deny of the first step on anything not tagged as the principal's ({@code aws:ResourceTag/owner} other than
     * its name): attribute-based access, for a first step on something the model shows.
     */
    private Optional<Fix> resourceTag(EscalationStep first) {
        if (!isTarget(first.target()) || first.action().equalsIgnoreCase("iam:PassRole")) {
            return Optional.empty();
        }
        ObjectNode statement = FixStatements.withCondition(FixStatements.statement("DenyUnlessOwned", "Deny",
                List.of(first.action()), List.of("*")), "StringNotEquals", "aws:ResourceTag/owner", principal.name());
        String title = "Deny " + principal.name() + " " + first.action() + " on what is not tagged owner="
                + principal.name() + " (aws:ResourceTag)";
        return Optional.of(inline(Fix.Kind.CONDITION, title, "DenyUnlessOwned", statement));
    }

    /** Takes away what brings the granting statement: the inline policy, the attachment, or the group membership. */
    private Optional<Fix> removal(PolicySource source) {
        Entity policy = model.entities().get(source.policyId());
        String who = principal.name();
        if (source.via() != null) {
            String group = model.entity(source.via()).map(Entity::name).orElse(source.via());
            String title = "Take " + who + " out of group " + group + " (it brings " + policy.name() + ")";
            return Optional.of(new Fix(Fix.Kind.REMOVE_ATTACHMENT, title, labelled(title,
                    new Disconnect(new Relation(RelationKind.MEMBER_OF, principal.id(), source.via())))));
        }
        if (policy instanceof InlinePolicy) {
            String title = "Delete the inline policy " + policy.name() + " of " + who;
            return Optional.of(new Fix(Fix.Kind.REMOVE_ATTACHMENT, title, labelled(title, new RemoveEntity(policy.id()))));
        }
        String title = "Detach " + policy.name() + " from " + who;
        return Optional.of(new Fix(Fix.Kind.REMOVE_ATTACHMENT, title, labelled(title,
                new Disconnect(new Relation(RelationKind.ATTACHED_TO, policy.id(), principal.id())))));
    }

    /** An inline Deny of every action the path takes, on every resource. */
    private Fix deny() {
        Set<String> actions = new LinkedHashSet<>();
        path.steps().forEach(step -> actions.add(step.action()));
        String title = "Deny " + String.join(", ", actions) + " to " + principal.name();
        return inline(Fix.Kind.DENY_STATEMENT, title, "DenyEscalation",
                FixStatements.statement("DenyEscalationPath", "Deny", actions, List.of("*")));
    }

    /**
     * A new customer managed policy set as the principal's permissions boundary: everything allowed but the path's
     * actions and taking the boundary off. Only for a user or role without a boundary.
     */
    private Optional<Fix> boundary() {
        if (!(principal instanceof User || principal instanceof Role)
                || !model.to(principal.id(), RelationKind.BOUNDARY_OF).isEmpty()) {
            return Optional.empty();
        }
        Set<String> denied = new LinkedHashSet<>();
        path.steps().forEach(step -> denied.add(step.action()));
        denied.addAll(BOUNDARY_REMOVAL);
        PolicyText document = FixStatements.document(List.of(
                FixStatements.statement("AllowWithinBoundary", "Allow", List.of("*"), List.of("*")),
                FixStatements.statement("DenyEscalationPath", "Deny", denied, List.of("*"))));
        String id = freeId(principal.id() + "-boundary");
        String name = IamName.of("EscalationBoundary-" + principal.name());
        ManagedPolicy policy = new ManagedPolicy(id, principal.account(), name, "/",
                "Closes an escalation path of " + principal.name(), List.of(new ManagedPolicyVersion("v1", document)),
                "v1");
        String title = "Set a permissions boundary on " + principal.name() + " without " + String.join(", ",
                path.steps().stream().map(EscalationStep::action).distinct().toList());
        return Optional.of(new Fix(Fix.Kind.PERMISSIONS_BOUNDARY, title, new CompoundCommand(title, List.of(
                new AddEntity(policy, beside(principal.id())),
                new Connect(new Relation(RelationKind.BOUNDARY_OF, id, principal.id()))))));
    }

    private Fix inline(Fix.Kind kind, String title, String name, ObjectNode statement) {
        String id = freeId(principal.id() + "/" + name);
        InlinePolicy policy = new InlinePolicy(id, principal.id(), IamName.of(id.substring(principal.id().length() + 1)),
                FixStatements.document(List.of(statement)));
        return new Fix(kind, title, labelled(title, new AddEntity(policy, null)));
    }

    private static ModelCommand labelled(String title, ModelCommand command) {
        return new CompoundCommand(title, List.of(command));
    }

    /** Where a new node goes: below the principal, when it has a place. */
    private Layout.Point beside(String id) {
        Layout.Point at = model.layout().nodes().get(id);
        return at == null ? null : new Layout.Point(at.x(), at.y() + 110);
    }

    private String freeId(String base) {
        String id = base;
        for (int n = 2; model.entities().containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean isTarget(String arn) {
        return model.entities().values().stream().anyMatch(e -> arn.equals(e.arn()));
    }

    private String nameOf(String arn) {
        return model.entities().values().stream().filter(e -> arn.equals(e.arn())).map(Entity::name).findFirst()
                .orElse(arn);
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(item -> out.add(item.asText()));
        }
        return out;
    }
}
