package dev.iammodeller.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.eval.OrganizationLevel;
import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.io.authz.AuthorizationImport;
import dev.iammodeller.model.Account;
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
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyReader;
import dev.iammodeller.testing.RandomInputs;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actions are alike for a policy set when nothing the evaluator reads tells them apart, and the admin-equivalent
 * finding, which asks one action of each likeness, answers as asking every action of the catalogue does (the
 * plain loop below, the finding's code before the likeness, is the oracle).
 */
class ActionLikenessTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    private static PolicyDocument policy(String statements) {
        return PolicyReader.parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
    }

    private static List<BitSet> likenesses(String statements) {
        return new ActionLikeness(catalog).of(PolicySet.identityOnly(List.of(policy(statements))), "*");
    }

    private static boolean alike(List<BitSet> likenesses, String one, String other) {
        int a = catalog.action(one).orElseThrow().id();
        int b = catalog.action(other).orElseThrow().id();
        return likenesses.stream().anyMatch(l -> l.get(a) && l.get(b));
    }

    @Test
    void actionsNoStatementTellsApartAreAlike() {
        List<BitSet> likenesses = likenesses("{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}");
        assertThat(alike(likenesses, "s3:GetObject", "s3:PutBucketPolicy")).isTrue();
        assertThat(alike(likenesses, "ec2:RunInstances", "lambda:InvokeFunction")).as("neither is covered").isTrue();
        assertThat(alike(likenesses, "s3:GetObject", "s3express:CreateSession")).isFalse();
    }

    @Test
    void aNotActionSetsApartWhatItLeavesOut() {
        List<BitSet> likenesses = likenesses("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"NotAction\":[\"iam:Get*\",\"iam:List*\"],\"Resource\":\"*\"}");
        assertThat(alike(likenesses, "iam:GetRole", "iam:ListRoles")).isTrue();
        assertThat(alike(likenesses, "iam:GetRole", "iam:CreateUser")).isFalse();
        assertThat(alike(likenesses, "iam:CreateUser", "ec2:RunInstances")).isTrue();
    }

    @Test
    void whatTheEvaluatorReadsOfTheActionsNameKeepsActionsApart() {
        List<BitSet> likenesses = likenesses("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}");
        assertThat(alike(likenesses, "sts:GetCallerIdentity", "sts:GetSessionToken")).as("needs no permission").isFalse();
        assertThat(alike(likenesses, "sts:AssumeRole", "sts:GetSessionToken")).as("a trust policy must allow it").isFalse();
        assertThat(alike(likenesses, "kms:RetireGrant", "kms:Decrypt")).as("no RCP governs kms:RetireGrant").isFalse();
        assertThat(alike(likenesses, "s3:GetObject", "ec2:RunInstances")).as("RCPs govern S3, not EC2").isFalse();
        assertThat(alike(likenesses, "kms:Decrypt", "s3:GetObject")).as("a key policy must allow kms actions").isFalse();
        assertThat(alike(likenesses, "s3:GetObject", "sqs:SendMessage")).isTrue();
    }

    @Test
    void keysSomeActionsTakeAndOthersDoNotKeepThemApart() {
        List<BitSet> prefix = likenesses("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"s3:prefix\":\"home/\"}}}");
        assertThat(alike(prefix, "s3:ListBucket", "s3:GetObject")).as("only s3:ListBucket carries s3:prefix").isFalse();
        assertThat(alike(prefix, "s3:GetObject", "s3:PutBucketPolicy")).isTrue();

        List<BitSet> tags = likenesses("{\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:RequestTag/team\":\"blue\"}}}");
        assertThat(alike(tags, "iam:TagRole", "iam:GetRole")).as("a tag in the request is a key of tagging actions").isFalse();

        List<BitSet> region = likenesses("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}}");
        assertThat(alike(region, "ec2:RunInstances", "lambda:InvokeFunction")).as("every request has a region").isTrue();
    }

    @Test
    void onAResourceAwsMayRefuseByNameEveryActionIsItsOwn() {
        List<BitSet> likenesses = new ActionLikeness(catalog).of(PolicySet.identityOnly(List.of(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}"))), "arn:aws:iam::aws:policy/AdministratorAccess");
        assertThat(likenesses).hasSize(catalog.actionCount());
    }

    @Test
    void guardrailsTellActionsApartToo() {
        PolicyDocument scp = policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"ec2:Terminate*\",\"Resource\":\"*\"}");
        PolicySet set = new PolicySet(List.of(policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}")), null,
                null, null, List.of(), List.of(new OrganizationLevel("r-root", List.of(scp))), List.of());
        List<BitSet> likenesses = new ActionLikeness(catalog).of(set, "*");
        assertThat(likenesses.stream().anyMatch(l -> l.get(id("ec2:TerminateInstances")) && l.get(id("ec2:RunInstances"))))
                .isFalse();
    }

    private static int id(String action) {
        return catalog.action(action).orElseThrow().id();
    }

    @Test
    void everyExampleAndImportedAccountAnswersAsTheWholeCatalogue() throws Exception {
        List<IamModel> models = new ArrayList<>();
        for (String example : examples()) {
            models.add(FindingsTest.example(example));
        }
        for (List<String> files : List.of(List.of("cloudmapper-demo.json"), List.of("test_files_example-authz-details.json"),
                List.of("test_files_example_authz_details_for_overrides_complete.json"), List.of("test_files_example_authz_v2.json"),
                List.of("handwritten/features.json"), List.of("handwritten/hand-merged-two-accounts.json"),
                List.of("handwritten/production-account.json"), List.of("handwritten/paged-1.json", "handwritten/paged-2.json"))) {
            models.add(imported(files));
        }
        int admins = 0;
        for (IamModel model : models) {
            admins += sameAsTheWholeCatalogue(model, new RandomInputs(7));
        }
        assertThat(admins).as("principals that may do every action, in the examples and fixtures").isGreaterThan(3);
    }

    @Test
    void randomPoliciesAnswerAsTheWholeCatalogue() {
        RandomInputs random = new RandomInputs(20261205);
        int admins = 0;
        for (int i = 0; i < 30; i++) {
            admins += sameAsTheWholeCatalogue(RandomEstate.of(random), random);
        }
        assertThat(admins).as("random principals that may do every action").isGreaterThan(5);
    }

    /**
     * For every user and role: the finding's answer (may it do every action on *, and if only on conditions, which)
     * is the plain loop's; each likeness's actions (up to 12 of each, chosen at random) get its first action's
     * answer; the likenesses hold every action once; and the finding lists exactly the principals the oracle does.
     * Returns how many principals may do every action.
     */
    private static int sameAsTheWholeCatalogue(IamModel model, RandomInputs random) {
        AccessCheck check = new AccessCheck(model);
        ActionLikeness likeness = new ActionLikeness(catalog);
        List<String> expectedSubjects = new ArrayList<>();
        int admins = 0;
        for (Entity principal : model.entities().values()) {
            if (!(principal instanceof User || principal instanceof Role)) {
                continue;
            }
            String where = model.title() + ", " + principal.name();
            Set<String> oracle = everyActionPlainly(check, principal.id());
            Set<String> conditions = new TreeSet<>();
            boolean every = AdminEquivalentFinding.reachesEveryAction(likeness, check, principal.id(), conditions);
            assertThat(every ? conditions : null).as(where).isEqualTo(oracle);
            if (oracle != null) {
                admins++;
                if (AdminEquivalentFinding.passesProbes(check, principal, new TreeSet<>())) {
                    expectedSubjects.add(principal.id());
                }
            }
            List<BitSet> likenesses = likeness.of(check.policySet(principal.id(), "*"), "*");
            BitSet seen = new BitSet();
            for (BitSet alike : likenesses) {
                assertThat(seen.intersects(alike)).as(where).isFalse();
                seen.or(alike);
                int[] ids = alike.stream().toArray();
                String first = answer(check, principal.id(), catalog.action(ids[0]));
                for (int n = 0; n < Math.min(12, ids.length - 1); n++) {
                    Action other = catalog.action(ids[ids.length <= 13 ? n + 1 : 1 + random.below(ids.length - 1)]);
                    assertThat(answer(check, principal.id(), other)).as("%s: %s alike %s", where, other.fullName(),
                            catalog.action(ids[0]).fullName()).isEqualTo(first);
                }
            }
            assertThat(seen.cardinality()).as(where).isEqualTo(catalog.actionCount());
        }
        assertThat(Findings.adminEquivalent(catalog, check).stream().map(Finding::subjectId).sorted().toList())
                .as(model.title()).isEqualTo(expectedSubjects.stream().sorted().toList());
        return admins;
    }

    /** The oracle: every action of the catalogue asked on its own. The keys that must hold, or null when one is not allowed. */
    private static Set<String> everyActionPlainly(AccessCheck check, String principal) {
        Set<String> conditions = new TreeSet<>();
        for (Action action : catalog.actions()) {
            Outcome outcome = check.outcome(principal, action.fullName(), "*");
            if (!outcome.reaches()) {
                return null;
            }
            conditions.addAll(outcome.conditions());
        }
        return conditions;
    }

    private static String answer(AccessCheck check, String principal, Action action) {
        Outcome outcome = check.outcome(principal, action.fullName(), "*");
        return outcome.kind() + " " + outcome.conditions();
    }

    private static List<String> examples() throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = ActionLikenessTest.class.getResourceAsStream("/examples/index.json")) {
            new ObjectMapper().readTree(in).forEach(example -> out.add(example.path("file").asText()));
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(14);
        return out;
    }

    private static IamModel imported(List<String> files) throws Exception {
        List<AuthorizationImport.ExportText> texts = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = ActionLikenessTest.class.getResourceAsStream("/authz-details/" + file)) {
                texts.add(new AuthorizationImport.ExportText(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return AuthorizationImport.importTexts(texts).model();
    }

    /**
     * A small account in an organization, from seeded random inputs: an SCP and an RCP that allow everything but
     * what their random statements deny, a user in a group, with a permissions boundary half the time, and a role,
     * each with random identity policies that often start from allowing everything. Statements draw their actions
     * from patterns that meet the evaluator's special cases (sts:GetCallerIdentity, trust actions, kms:RetireGrant,
     * RCP services, case, ?), and their conditions from keys every request has, keys only some actions take, and
     * keys of the caller.
     */
    static final class RandomEstate {
        private static final String ACCOUNT = "111111111111";
        private static final String[] PATTERNS = {"*", "*", "s3:*", "s3:Get*", "S3:getobject", "s3:Get?bject", "iam:*",
            "iam:Pass*", "iam:Tag*", "iam:Create*", "*:Describe*", "*:Get*", "ec2:*", "ec2:Terminate*", "kms:*",
            "kms:RetireGrant", "kms:Re*", "sts:*", "sts:GetCallerIdentity", "sts:AssumeRole", "sts:Tag*",
            "lambda:*Function*", "organizations:*", "nosuchservice:*", "*Object*", "dynamodb:Delete*", "cloudtrail:Stop*",
            "secretsmanager:*", "sqs:*", "s3express:*"};
        private static final String[] CONDITIONS = {
            "{\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"}}",
            "{\"StringEquals\":{\"s3:prefix\":\"home/\"}}",
            "{\"StringEquals\":{\"aws:RequestTag/team\":\"blue\"}}",
            "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"team\"]}}",
            "{\"StringEquals\":{\"iam:PassedToService\":\"lambda.amazonaws.com\"}}",
            "{\"StringEqualsIfExists\":{\"ec2:InstanceType\":\"t3.micro\"}}",
            "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\"}}",
            "{\"StringLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:user/*\"}}",
            "{\"StringNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/app-*\"}}",
            "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}",
            "{\"StringEquals\":{\"aws:ResourceAccount\":\"" + ACCOUNT + "\"}}",
            "{\"StringEquals\":{\"aws:ResourceTag/team\":\"blue\"}}",
            "{\"Null\":{\"aws:TokenIssueTime\":\"true\"}}"};

        static IamModel of(RandomInputs random) {
            Map<String, Entity> entities = new LinkedHashMap<>();
            List<Relation> relations = new ArrayList<>();
            entities.put("acct", new Account("acct", ACCOUNT, "main", "r-root", false));
            entities.put("r-root", new OrganizationRoot("r-root", "Root"));
            entities.put("scp", new OrganizationPolicy("scp", OrganizationPolicy.Type.SCP, "Guardrail",
                    document(random, "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}", "Deny")));
            entities.put("rcp", new OrganizationPolicy("rcp", OrganizationPolicy.Type.RCP, "Data perimeter",
                    document(random, "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}", "Deny")));
            relations.add(new Relation(RelationKind.APPLIES_TO, "scp", "r-root"));
            relations.add(new Relation(RelationKind.APPLIES_TO, "scp", "acct"));
            relations.add(new Relation(RelationKind.APPLIES_TO, "rcp", "r-root"));
            entities.put("alice", new User("alice", ACCOUNT, "alice", "/", false, false, Map.of("team", "blue")));
            entities.put("team", new Group("team", ACCOUNT, "team", "/"));
            relations.add(new Relation(RelationKind.MEMBER_OF, "alice", "team"));
            entities.put("app-role", new Role("app-role", ACCOUNT, "app-role", "/", new PolicyText(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                    + "\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"), 1, "", Map.of()));
            for (String holder : List.of("alice", "team", "app-role")) {
                int policies = 1 + random.below(2);
                for (int i = 0; i < policies; i++) {
                    String id = holder + "/inline-" + i;
                    entities.put(id, new InlinePolicy(id, holder, "inline-" + i, document(random,
                            random.below(3) > 0 ? "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}" : null, null)));
                }
            }
            if (random.coin()) {
                entities.put("boundary", new ManagedPolicy("boundary", ACCOUNT, "boundary", "/", "",
                        List.of(new ManagedPolicyVersion("v1", document(random,
                                "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}", null))), "v1"));
                relations.add(new Relation(RelationKind.BOUNDARY_OF, "boundary", random.coin() ? "alice" : "app-role"));
            }
            return new IamModel("random estate", "", entities, relations, Layout.EMPTY);
        }

        /** A policy of {@code first} (when not null) and up to three random statements, of {@code effect} or either. */
        private static PolicyText document(RandomInputs random, String first, String effect) {
            List<String> statements = new ArrayList<>();
            if (first != null) {
                statements.add(first);
            }
            int more = first == null ? 1 + random.below(3) : random.below(effect == null ? 3 : 2);
            boolean resourceControl = first != null && first.contains("\"Principal\"");
            for (int i = 0; i < more; i++) {
                statements.add(statement(random, effect != null ? effect : random.below(3) == 0 ? "Deny" : "Allow",
                        resourceControl));
            }
            return new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}");
        }

        private static String statement(RandomInputs random, String effect, boolean principal) {
            List<String> actions = new ArrayList<>();
            int count = 1 + random.below(3);
            for (int i = 0; i < count; i++) {
                actions.add(random.below(6) == 0 ? random.string("s3*?", 1, 3) + ":" + random.string("GetObject*?", 1, 6)
                        : random.oneOf(PATTERNS));
            }
            StringBuilder out = new StringBuilder("{\"Effect\":\"" + effect + "\",");
            if (principal) {
                out.append("\"Principal\":\"*\",");
            }
            out.append(random.below(4) == 0 ? "\"NotAction\":" : "\"Action\":");
            out.append('[').append(String.join(",", actions.stream().map(a -> "\"" + a + "\"").toList())).append("],");
            out.append(random.below(5) == 0 ? "\"NotResource\":\"arn:aws:iam::*:role/guarded-*\"" : "\"Resource\":\"*\"");
            if (random.below(3) < (effect.equals("Deny") ? 2 : 1)) {
                out.append(",\"Condition\":").append(random.oneOf(CONDITIONS));
            }
            return out.append('}').toString();
        }
    }
}
