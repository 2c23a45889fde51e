package dev.iammodeller.analysis.escalation;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small models for the escalation tests, built through the model's own constructors, in account 111111111111. */
final class TestEstate {
    static final String ACCOUNT = "111111111111";
    static final String ADMIN = "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}";

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private int inline;

    TestEstate() {
        entities.put("acct", new Account("acct", ACCOUNT, "main", null, false));
    }

    static String arn(String kind, String name) {
        return "arn:aws:iam::" + ACCOUNT + ":" + kind + "/" + name;
    }

    static String allow(String action, String resource) {
        return statement("Allow", action, resource, null);
    }

    static String allowIf(String action, String resource, String condition) {
        return statement("Allow", action, resource, condition);
    }

    static String deny(String action, String resource) {
        return statement("Deny", action, resource, null);
    }

    private static String statement(String effect, String action, String resource, String condition) {
        return "{\"Effect\":\"" + effect + "\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }

    static PolicyText policy(String... statements) {
        return new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}");
    }

    static PolicyText trustService(String service) {
        return new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\""
                + service + "\"},\"Action\":\"sts:AssumeRole\"}]}");
    }

    static PolicyText trustAws(String principal) {
        return new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
                + principal + "\"},\"Action\":\"sts:AssumeRole\"}]}");
    }

    TestEstate user(String id, String... statements) {
        return user(id, false, statements);
    }

    TestEstate user(String id, boolean consolePassword, String... statements) {
        entities.put(id, new User(id, ACCOUNT, id, "/", false, consolePassword, Map.of()));
        return inline(id, statements);
    }

    /** Gives a user or role of the estate these tags. */
    TestEstate tags(String id, Map<String, String> tags) {
        Entity entity = entities.get(id);
        if (entity instanceof User u) {
            entities.put(id, new User(u.id(), u.account(), u.name(), u.path(), u.accessKeys(), u.consolePassword(), tags));
        } else if (entity instanceof Role r) {
            entities.put(id, new Role(r.id(), r.account(), r.name(), r.path(), r.trustPolicy(), r.maxSessionHours(),
                    r.description(), tags));
        }
        return this;
    }

    TestEstate role(String id, PolicyText trust, String... statements) {
        entities.put(id, new Role(id, ACCOUNT, id, "/", trust, 1, "", Map.of()));
        return inline(id, statements);
    }

    TestEstate role(String id, String path, PolicyText trust, String... statements) {
        entities.put(id, new Role(id, ACCOUNT, id, path, trust, 1, "", Map.of()));
        return inline(id, statements);
    }

    TestEstate group(String id, String... statements) {
        entities.put(id, new Group(id, ACCOUNT, id, "/"));
        return inline(id, statements);
    }

    TestEstate inline(String owner, String... statements) {
        if (statements.length > 0) {
            String id = owner + "/inline-" + (++inline);
            entities.put(id, new InlinePolicy(id, owner, "inline-" + inline, policy(statements)));
        }
        return this;
    }

    TestEstate member(String user, String group) {
        relations.add(new Relation(RelationKind.MEMBER_OF, user, group));
        return this;
    }

    /** A customer managed policy with one version, v1. */
    TestEstate managed(String id, String... statements) {
        return managedVersions(id, "v1", policy(statements));
    }

    /** A customer managed policy with versions v1, v2... of these documents, {@code defaultVersion} in force. */
    TestEstate managedVersions(String id, String defaultVersion, PolicyText... documents) {
        List<ManagedPolicyVersion> versions = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            versions.add(new ManagedPolicyVersion("v" + (i + 1), documents[i]));
        }
        entities.put(id, new ManagedPolicy(id, ACCOUNT, id, "/", "", versions, defaultVersion));
        return this;
    }

    /** An AWS managed policy (arn:aws:iam::aws:policy/name). */
    TestEstate awsManaged(String id, String... statements) {
        entities.put(id, new ManagedPolicy(id, null, id, "/", "", List.of(new ManagedPolicyVersion("v1", policy(statements))), "v1"));
        return this;
    }

    TestEstate attach(String policy, String holder) {
        relations.add(new Relation(RelationKind.ATTACHED_TO, policy, holder));
        return this;
    }

    TestEstate boundary(String policy, String principal) {
        relations.add(new Relation(RelationKind.BOUNDARY_OF, policy, principal));
        return this;
    }

    TestEstate compute(String id, Compute.Type type, String arn, String role) {
        entities.put(id, new Compute(id, ACCOUNT, type, id, arn, null));
        relations.add(new Relation(RelationKind.RUNS_AS, id, role));
        return this;
    }

    static String lambdaArn(String name) {
        return "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + name;
    }

    static String instanceArn(String id) {
        return "arn:aws:ec2:us-east-1:" + ACCOUNT + ":instance/" + id;
    }

    /** Puts the account in an organization whose root and account levels hold one SCP: allow everything but these statements deny. */
    TestEstate scp(String... denies) {
        Account account = (Account) entities.get("acct");
        entities.put("acct", new Account("acct", ACCOUNT, "main", "r-root", false));
        entities.put("r-root", new OrganizationRoot("r-root", "Root"));
        List<String> statements = new ArrayList<>();
        statements.add(ADMIN);
        statements.addAll(List.of(denies));
        entities.put("scp", new OrganizationPolicy("scp", OrganizationPolicy.Type.SCP, "Guardrail",
                policy(statements.toArray(String[]::new))));
        relations.add(new Relation(RelationKind.APPLIES_TO, "scp", "r-root"));
        relations.add(new Relation(RelationKind.APPLIES_TO, "scp", account.id()));
        return this;
    }

    IamModel model() {
        return new IamModel("Test", "", entities, relations, Layout.EMPTY);
    }

    AccessCheck check() {
        return new AccessCheck(model());
    }

    List<EscalationPath> paths(String principal) {
        return EscalationAnalysis.forPrincipal(check(), principal);
    }

    /** "gains by rule" for each path, to compare in one assertion. */
    static List<String> summary(List<EscalationPath> paths) {
        return paths.stream().map(p -> p.gains() + " by " + p.rule()).toList();
    }

    List<String> summary(String principal) {
        return summary(paths(principal));
    }

    static IamModel example(String file) throws Exception {
        try (InputStream in = TestEstate.class.getResourceAsStream("/examples/" + file)) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        }
    }
}
