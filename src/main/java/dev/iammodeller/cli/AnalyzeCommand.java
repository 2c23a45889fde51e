package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.IndirectReach;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.ReverseReach;
import dev.iammodeller.analysis.RoleAssumption;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.ActionResourceType;
import dev.iammodeller.catalog.ActionSet;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.ResourceType;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.TrustedPrincipals;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyParseException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code analyze MODEL.iam.json (--principal P | --who-can TARGET [--action A] | --escalations | --findings) [--json]}:
 * what a principal reaches (its own permissions by service and access level, the roles it can assume, the
 * compute it can drive, its escalation paths), who reaches a target, every escalation path of the model, or
 * the model's findings. Text for a person, or JSON (docs/analyze.md). Exits 0; 1 when the model does not
 * load or a name is not found; 2 for a usage error.
 */
final class AnalyzeCommand {
    static final String USAGE = "usage: iam-modeller analyze MODEL.iam.json (--principal NAME | --who-can TARGET"
            + " [--action ACTION] | --escalations | --findings) [--json]";
    static final String HELP = String.join("\n", USAGE, "",
            "  --principal NAME     what a user, role, identity provider or service reaches: its own permissions by",
            "                       service and access level, the roles it can assume (with chains and conditions),",
            "                       the compute it can make act for it, and its escalation paths",
            "  --who-can TARGET     who reaches a target: with --action, that action on it; without, for a role, who",
            "                       can assume it; for anything else, who can do the actions that apply to it",
            "  --escalations        every escalation path of the model",
            "  --findings           what a reviewer should look at, each with the IAM rule behind it",
            "  --json               JSON instead of text (shapes in docs/analyze.md)",
            "NAME and TARGET are an entity's id, name or ARN; TARGET may also be an ARN the model does not draw.");

    /** Bound on the actions tried for --who-can without --action. */
    static final int MAX_TARGET_ACTIONS = 300;

    private AnalyzeCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String modelPath = null;
        String principal = null;
        String whoCan = null;
        String action = null;
        boolean escalations = false;
        boolean findings = false;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    out.println(HELP);
                    return 0;
                }
                case "--principal", "--who-can", "--action" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        return usage(err, arg + " needs a value");
                    }
                    String value = args.get(++i);
                    if (arg.equals("--principal") && principal == null) {
                        principal = value;
                    } else if (arg.equals("--who-can") && whoCan == null) {
                        whoCan = value;
                    } else if (arg.equals("--action") && action == null) {
                        action = value;
                    } else {
                        return usage(err, arg + " given twice");
                    }
                }
                case "--escalations" -> escalations = true;
                case "--findings" -> findings = true;
                case "--json" -> json = true;
                default -> {
                    if (arg.startsWith("-")) {
                        return usage(err, "unknown option " + arg);
                    }
                    if (modelPath != null) {
                        return usage(err, "one model file only");
                    }
                    modelPath = arg;
                }
            }
        }
        int modes = (principal != null ? 1 : 0) + (whoCan != null ? 1 : 0) + (escalations ? 1 : 0) + (findings ? 1 : 0);
        if (modelPath == null) {
            return usage(err, "no model file");
        }
        if (modes != 1) {
            return usage(err, "give exactly one of --principal, --who-can, --escalations, --findings");
        }
        if (action != null && whoCan == null) {
            return usage(err, "--action goes with --who-can");
        }
        IamModel model;
        try {
            model = ModelFile.read(Path.of(modelPath));
        } catch (ModelFileException e) {
            err.println(e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println("analyze: " + modelPath + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("analyze: cannot read " + modelPath + ": " + e.getMessage());
            return 1;
        }
        try {
            AccessCheck check = new AccessCheck(model);
            String text;
            if (principal != null) {
                Entity found = ModelNames.find(model, principal, "principal", e -> e.kind().isIamPrincipal()
                        || e instanceof IdentityProvider || e instanceof AwsService || HolderReport.covers(e));
                text = HolderReport.covers(found) ? HolderReport.text(Catalog.load(), check, found, json)
                        : PrincipalReport.text(Catalog.load(), check, found, json);
            } else if (whoCan != null) {
                text = whoCan(Catalog.load(), check, whoCan, action, json);
            } else if (escalations) {
                text = EscalationReport.text(model, EscalationAnalysis.all(check), json);
            } else {
                text = FindingsReport.text(Findings.of(Catalog.load(), check), json);
            }
            out.print(text);
            return 0;
        } catch (NotFound e) {
            err.println("analyze: " + e.getMessage());
            return 1;
        } catch (PolicyParseException e) {
            err.println("analyze: a policy of the model does not parse: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("analyze: " + problem);
        err.println(USAGE);
        return 2;
    }

    // ------------------------------------------------------------------ --who-can

    private static String whoCan(Catalog catalog, AccessCheck check, String targetText, String action, boolean json)
            throws NotFound {
        IamModel model = check.model();
        Entity entity = null;
        String target;
        List<Entity> matches = ModelNames.lookup(model, targetText);
        if (matches.size() == 1 || (matches.size() > 1 && matches.stream().allMatch(e -> targetText.equals(e.arn())))) {
            entity = matches.get(0);
            target = entity.arn();
            if (target == null) {
                throw new NotFound(entity.id() + " is a " + entity.kind().json()
                        + ", which has no ARN; give a resource, role, user, compute or an ARN");
            }
        } else if (matches.size() > 1) {
            throw ModelNames.ambiguous(targetText, matches);
        } else if (targetText.startsWith("arn:") || targetText.equals("*")) {
            target = targetText;
        } else {
            throw new NotFound("no target \"" + targetText + "\" in the model (give an entity's id, name or ARN, or an"
                    + " ARN)" + ModelNames.suggestions(model, targetText, e -> e.arn() != null));
        }
        if (action != null) {
            Action known = catalog.action(action).orElseThrow(() -> new NotFound("the catalogue has no action \""
                    + action + "\"" + (catalog.closestActions(action, 3).isEmpty() ? ""
                    : "; did you mean " + String.join(", ", catalog.closestActions(action, 3)) + "?")));
            String resource = objectTarget(known, entity, target);
            return whoCanAction(check, known.fullName(), resource, json);
        }
        if (target.equals("*")) {
            throw new NotFound("--who-can \"*\" needs --action");
        }
        if (entity instanceof Role role) {
            return whoCanAssume(model, role, json);
        }
        return whoCanAct(catalog, check, entity, target, json);
    }

    /** For an object-level action on a bucket of the model, the bucket's objects ({@code arn/*}). */
    private static String objectTarget(Action action, Entity entity, String target) {
        if (entity instanceof Resource resource && resource.type().equals("s3:bucket")) {
            boolean bucket = action.resourceTypes().stream().anyMatch(t -> t.name().equals("bucket"));
            boolean object = action.resourceTypes().stream().anyMatch(t -> t.name().equals("object"));
            if (object && !bucket) {
                return target + "/*";
            }
        }
        return target;
    }

    /** One principal's way to a target, with the actions it reaches that way. */
    private record Way(String principalId, String how, List<String> path) {
    }

    private static final class Reached {
        final Map<String, Outcome> actions = new LinkedHashMap<>();
        final Set<String> conditions = new TreeSet<>();
    }

    private static String whoCanAction(AccessCheck check, String action, String resource, boolean json) {
        IamModel model = check.model();
        Map<Way, Reached> ways = new LinkedHashMap<>();
        for (ReverseReach.Reacher reacher : ReverseReach.whoCan(check, action, resource)) {
            Reached reached = ways.computeIfAbsent(new Way(reacher.principalId(), reacher.how(), reacher.path()),
                    w -> new Reached());
            reached.actions.put(action, reacher.outcome());
            reached.conditions.addAll(reacher.outcome().conditions());
            if (reacher.how().equals("via role")) {
                for (Assumption assumption : RoleAssumption.from(model, reacher.principalId())) {
                    if (assumption.chain().equals(reacher.path())) {
                        reached.conditions.addAll(assumption.conditions());
                    }
                }
            }
        }
        if (json) {
            ObjectNode root = AnalyzeJson.object();
            root.put("target", resource);
            root.put("action", action);
            root.set("reachers", reachersJson(model, ways, false));
            return AnalyzeJson.write(root);
        }
        StringBuilder text = new StringBuilder("Who can ").append(action).append(" on ").append(resource).append(":\n");
        if (ways.isEmpty()) {
            text.append("  no principal of the model\n");
        }
        ways.forEach((way, reached) -> text.append("  ").append(wayText(way)).append("  ")
                .append(reached.conditions.isEmpty() && allAllowed(reached) ? "allowed"
                        : "conditional on " + String.join(", ", reached.conditions)).append('\n'));
        return text.toString();
    }

    private static boolean allAllowed(Reached reached) {
        return reached.actions.values().stream().allMatch(o -> o.kind() == Outcome.Kind.ALLOWED);
    }

    private static String wayText(Way way) {
        StringBuilder text = new StringBuilder(way.principalId()).append(" → ");
        switch (way.how()) {
            case "via role" -> text.append(String.join(" → ", way.path().stream().map(r -> "via role " + r).toList()));
            case "indirect via" -> text.append("indirect via ").append(way.path().get(0))
                    .append(way.path().size() > 1 ? " (as role " + way.path().get(1) + ")" : "");
            default -> text.append(way.how());
        }
        return text.toString();
    }

    private static ArrayNode reachersJson(IamModel model, Map<Way, Reached> ways, boolean withActions) {
        ArrayNode array = AnalyzeJson.array();
        ways.forEach((way, reached) -> {
            Entity principal = model.entities().get(way.principalId());
            ObjectNode node = array.addObject();
            node.put("principal", principal.arn());
            node.put("id", principal.id());
            node.put("how", way.how());
            AnalyzeJson.strings(node.putArray("path"), way.path());
            node.put("outcome", allAllowed(reached) && reached.conditions.isEmpty() ? "allowed" : "conditional");
            AnalyzeJson.strings(node.putArray("conditions"), new ArrayList<>(reached.conditions));
            if (withActions) {
                ArrayNode actions = node.putArray("actions");
                reached.actions.forEach((action, outcome) -> {
                    ObjectNode entry = actions.addObject();
                    entry.put("action", action);
                    entry.put("outcome", AnalyzeJson.outcome(outcome));
                    AnalyzeJson.strings(entry.putArray("conditions"), outcome.conditions());
                });
            }
        });
        return array;
    }

    private static String whoCanAssume(IamModel model, Role role, boolean json) {
        List<Entity> callers = new ArrayList<>();
        callers.addAll(model.all(User.class));
        callers.addAll(model.all(Role.class));
        callers.addAll(model.all(AwsService.class));
        callers.addAll(model.all(IdentityProvider.class));
        List<Object[]> assumers = new ArrayList<>();
        for (Entity caller : callers) {
            if (caller.id().equals(role.id())) {
                continue;
            }
            for (Assumption assumption : RoleAssumption.from(model, caller.id())) {
                if (assumption.roleId().equals(role.id())) {
                    assumers.add(new Object[] {caller, assumption});
                }
            }
        }
        List<Entity> computes = model.to(role.id(), RelationKind.RUNS_AS).stream()
                .map(r -> model.entities().get(r.from())).toList();
        List<String> trusted = TrustedPrincipals.named(role);
        if (json) {
            ObjectNode root = AnalyzeJson.object();
            root.put("target", role.arn());
            root.put("role", role.id());
            AnalyzeJson.strings(root.putArray("trustNames"), trusted);
            ArrayNode array = root.putArray("assumedBy");
            for (Object[] pair : assumers) {
                Entity caller = (Entity) pair[0];
                Assumption assumption = (Assumption) pair[1];
                ObjectNode node = array.addObject();
                node.put("principal", caller instanceof AwsService service ? service.principal() : caller.arn());
                node.put("id", caller.id());
                node.put("kind", caller.kind().json());
                AnalyzeJson.strings(node.putArray("chain"), assumption.chain());
                node.put("reach", assumption.reach().name().toLowerCase(Locale.ROOT));
                AnalyzeJson.strings(node.putArray("conditions"), assumption.conditions());
            }
            ArrayNode runs = root.putArray("runsAs");
            for (Entity compute : computes) {
                ObjectNode node = runs.addObject();
                node.put("compute", compute.id());
                node.put("arn", compute.arn());
            }
            return AnalyzeJson.write(root);
        }
        StringBuilder text = new StringBuilder("Who can assume ").append(role.id()).append(" (").append(role.arn())
                .append("):\n");
        text.append("  its trust policy names: ").append(trusted.isEmpty() ? "no one" : String.join(", ", trusted))
                .append('\n');
        if (assumers.isEmpty() && computes.isEmpty()) {
            text.append("  no principal of the model can assume it\n");
        }
        for (Object[] pair : assumers) {
            Entity caller = (Entity) pair[0];
            Assumption assumption = (Assumption) pair[1];
            text.append("  ").append(caller.id());
            List<String> chain = assumption.chain();
            for (String hop : chain.subList(0, chain.size() - 1)) {
                text.append(" → via role ").append(hop);
            }
            text.append(" → assumes it  ").append(assumption.reach() == Assumption.Reach.ALLOWED ? "allowed"
                    : "conditional on " + String.join(", ", assumption.conditions())).append('\n');
        }
        for (Entity compute : computes) {
            text.append("  ").append(compute.id()).append(" runs as it (").append(((Compute) compute).type().json())
                    .append(")\n");
        }
        return text.toString();
    }

    /**
     * Who can do any action that applies to a target: the catalogue's actions for its resource type that some
     * Allow of the model could grant, at most {@link #MAX_TARGET_ACTIONS} of them, each tried directly, through
     * the roles a principal can assume, then through the compute it drives (as {@link ReverseReach} does).
     */
    private static String whoCanAct(Catalog catalog, AccessCheck check, Entity entity, String target, boolean json) {
        IamModel model = check.model();
        Map<String, String> pairs = applicableActions(catalog, entity, target);
        ActionSet granted = grantedByModel(catalog, model);
        List<Map.Entry<String, String>> tried = pairs.entrySet().stream()
                .filter(e -> catalog.action(e.getKey()).map(granted::contains).orElse(false)).toList();
        boolean truncated = tried.size() > MAX_TARGET_ACTIONS;
        if (truncated) {
            tried = tried.subList(0, MAX_TARGET_ACTIONS);
        }
        List<Entity> principals = new ArrayList<>(model.all(User.class));
        principals.addAll(model.all(Role.class));
        Map<Way, Reached> ways = new LinkedHashMap<>();
        for (Entity principal : principals) {
            List<Assumption> assumptions = null;
            List<IndirectReach.Driven> driven = null;
            for (Map.Entry<String, String> pair : tried) {
                String action = pair.getKey();
                String resource = pair.getValue();
                Outcome direct = check.outcome(principal.id(), action, resource);
                if (direct.reaches()) {
                    add(ways, new Way(principal.id(), "direct", List.of()), action, direct, List.of());
                    continue;
                }
                if (assumptions == null) {
                    assumptions = RoleAssumption.from(model, principal.id());
                }
                boolean found = false;
                for (Assumption assumption : assumptions) {
                    Outcome outcome = check.outcome(assumption.roleId(), action, resource);
                    if (outcome.reaches()) {
                        add(ways, new Way(principal.id(), "via role", assumption.chain()), action, outcome,
                                assumption.conditions());
                        found = true;
                        break;
                    }
                }
                if (found) {
                    continue;
                }
                if (driven == null) {
                    driven = IndirectReach.of(check, principal.id());
                }
                for (IndirectReach.Driven drive : driven) {
                    Outcome outcome = check.outcome(drive.roleId(), action, resource);
                    if (outcome.reaches()) {
                        add(ways, new Way(principal.id(), "indirect via", List.of(drive.computeId(), drive.roleId())),
                                action, outcome, drive.outcome().conditions());
                        break;
                    }
                }
            }
        }
        if (json) {
            ObjectNode root = AnalyzeJson.object();
            root.put("target", target);
            root.put("actionsTried", tried.size());
            root.put("truncated", truncated);
            root.set("reachers", reachersJson(model, ways, true));
            return AnalyzeJson.write(root);
        }
        StringBuilder text = new StringBuilder("Who can act on ").append(entity == null ? target
                : entity.id() + " (" + target + ")").append(": ").append(tried.size())
                .append(tried.size() == 1 ? " action" : " actions")
                .append(" tried (the catalogue's actions on its resource type that some Allow of the model could grant")
                .append(truncated ? "; the first " + MAX_TARGET_ACTIONS + " only" : "").append(")\n");
        if (ways.isEmpty()) {
            text.append("  no principal of the model\n");
        }
        ways.forEach((way, reached) -> {
            List<String> actions = new ArrayList<>(reached.actions.keySet());
            text.append("  ").append(wayText(way)).append(": ").append(actions.size() == 1 ? "1 action" : actions.size()
                    + " actions").append(" (").append(ShortList.of(actions, ShortList.IN_A_LINE)).append(")");
            if (!reached.conditions.isEmpty()) {
                text.append(", conditional on ").append(String.join(", ", reached.conditions));
            }
            text.append('\n');
        });
        return text.toString();
    }

    private static void add(Map<Way, Reached> ways, Way way, String action, Outcome outcome, List<String> moreConditions) {
        Reached reached = ways.computeIfAbsent(way, w -> new Reached());
        reached.actions.put(action, outcome);
        reached.conditions.addAll(outcome.conditions());
        reached.conditions.addAll(moreConditions);
    }

    /** Action name → the ARN it acts on, for the catalogue's actions that apply to the target. */
    static Map<String, String> applicableActions(Catalog catalog, Entity entity, String target) {
        List<String[]> types = new ArrayList<>();
        if (entity instanceof Resource resource && resource.type().indexOf(':') > 0) {
            int colon = resource.type().indexOf(':');
            types.add(new String[] {resource.type().substring(0, colon), resource.type().substring(colon + 1)});
        }
        if (types.isEmpty() || catalog.service(types.get(0)[0]).isEmpty()) {
            types.clear();
            for (ResourceType type : catalog.resourceTypesMatching(target)) {
                types.add(new String[] {type.service(), type.name()});
            }
        }
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String[] type : types) {
            boolean bucket = type[0].equals("s3") && type[1].equals("bucket");
            catalog.actionsOf(type[0]).stream().sorted(Comparator.comparing(Action::fullName)).forEach(action -> {
                for (ActionResourceType applies : action.resourceTypes()) {
                    if (applies.name().equals(type[1])) {
                        out.put(action.fullName(), target);
                    } else if (bucket && applies.name().equals("object")) {
                        out.putIfAbsent(action.fullName(), target + "/*");
                    }
                }
            });
        }
        return out;
    }

    /** Every action some Allow statement of the model (identity, resource or trust policy) could grant. */
    private static ActionSet grantedByModel(Catalog catalog, IamModel model) {
        List<PolicyDocument> documents = new ArrayList<>();
        for (Entity entity : model.entities().values()) {
            try {
                if (entity instanceof ManagedPolicy policy) {
                    documents.add(policy.document().document());
                } else if (entity instanceof InlinePolicy policy) {
                    documents.add(policy.document().document());
                } else if (entity instanceof Resource resource && resource.policy() != null) {
                    documents.add(resource.policy().document());
                }
            } catch (PolicyParseException e) {
                // a policy that does not parse grants nothing
            }
        }
        return ForwardReach.allowed(catalog, documents);
    }
}
