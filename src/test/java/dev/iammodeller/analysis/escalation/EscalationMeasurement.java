package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.ACCOUNT;
import static dev.iammodeller.analysis.escalation.TestEstate.ADMIN;
import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static dev.iammodeller.analysis.escalation.TestEstate.allowIf;
import static dev.iammodeller.analysis.escalation.TestEstate.arn;
import static dev.iammodeller.analysis.escalation.TestEstate.policy;
import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures {@link EscalationAnalysis#all} and {@link EscalationAnalysis#grouped} (and when the principals with a path of
 * their own are told, as a window draws their badges) over an estate of 3,000
 * principals (2,000 users in 60 groups, 1,000 roles, 600 compute entities). Not a test (speed is measured,
 * never asserted in a unit test); run it with
 *
 * <pre>
 * mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.iammodeller.analysis.escalation.EscalationMeasurement [MODEL.iam.json]
 * </pre>
 * The estate is rich in paths on purpose: about 750
 * users may pass any Lambda role and change any function, a help desk may make keys for 200 interns, so
 * the answer holds some 870,000 paths (about 6 s on two cores in under 1 GB of heap; a help desk over every user doubles both).
 */
public final class EscalationMeasurement {
    private static final int USERS = 2000;
    private static final int ROLES = 1000;
    private static final int GROUPS = 60;
    private static final String[] TRUSTS = {"lambda.amazonaws.com", "lambda.amazonaws.com", "ec2.amazonaws.com",
            "ec2.amazonaws.com", "ecs-tasks.amazonaws.com", "ACCOUNT", "ACCOUNT", "glue.amazonaws.com", "lambda.amazonaws.com",
            "codebuild.amazonaws.com"};

    static IamModel estate() {
        Random random = new Random(7);
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        entities.put("acct", new Account("acct", ACCOUNT, "main", null, false));
        String passToLambda = "{\"StringEquals\":{\"iam:PassedToService\":\"lambda.amazonaws.com\"}}";
        List<String> readOnly = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            readOnly.add("\"svc" + i + ":Get*\"");
            readOnly.add("\"svc" + i + ":List*\"");
        }
        String readOnlyStatement = "{\"Effect\":\"Allow\",\"Action\":[" + String.join(",", readOnly) + "],\"Resource\":\"*\"}";
        Map<String, PolicyText> managed = new LinkedHashMap<>();
        managed.put("lambda-full", policy(allow("lambda:*", "*"), allowIf("iam:PassRole", "*", passToLambda)));
        managed.put("s3-full", policy(allow("s3:*", "*")));
        managed.put("read-only", policy(readOnlyStatement, allow("ec2:Describe*", "*")));
        managed.put("ec2-ops", policy(allow("ec2:*", "*"), allow("iam:PassRole", arn("role", "app-1*"))));
        managed.put("ssm-ops", policy(allow("ssm:StartSession", "arn:aws:ec2:*:" + ACCOUNT + ":instance/i-1*")));
        managed.put("helpdesk", policy(allow("iam:CreateAccessKey", arn("user", "intern-*")), allow("iam:Get*", "*")));
        managed.put("self-service", policy(allow("iam:CreatePolicyVersion", arn("policy", "self-*")),
                allow("iam:ChangePassword", "*")));
        managed.forEach((id, text) -> entities.put(id, new ManagedPolicy(id, ACCOUNT, id, "/", "",
                List.of(new ManagedPolicyVersion("v1", text)), "v1")));
        List<String> policyIds = new ArrayList<>(managed.keySet());
        for (int g = 0; g < GROUPS; g++) {
            String id = "group-" + g;
            entities.put(id, new Group(id, ACCOUNT, id, "/"));
            int attached = 1 + random.nextInt(3);
            for (int k = 0; k < attached; k++) {
                String policyId = policyIds.get(random.nextInt(policyIds.size()));
                relations.add(new Relation(RelationKind.ATTACHED_TO, policyId, id));
            }
        }
        for (int u = 0; u < USERS; u++) {
            String id = (u % 10 == 0 ? "intern-" : "user-") + u;
            entities.put(id, new User(id, ACCOUNT, id, "/", true, u % 3 == 0, Map.of("team", "t" + (u % 7))));
            relations.add(new Relation(RelationKind.MEMBER_OF, id, "group-" + random.nextInt(GROUPS)));
            if (random.nextInt(3) == 0) {
                relations.add(new Relation(RelationKind.MEMBER_OF, id, "group-" + random.nextInt(GROUPS)));
            }
            if (u % 10 == 3) {
                entities.put(id + "/own", new InlinePolicy(id + "/own", id, "own",
                        policy(allow("dynamodb:*", "arn:aws:dynamodb:*:" + ACCOUNT + ":table/" + id + "-*"))));
            }
        }
        for (int r = 0; r < ROLES; r++) {
            String id = "app-" + r;
            String trusted = TRUSTS[r % TRUSTS.length];
            PolicyText trust = trusted.equals("ACCOUNT") ? TestEstate.trustAws("arn:aws:iam::" + ACCOUNT + ":root")
                    : TestEstate.trustService(trusted);
            entities.put(id, new Role(id, ACCOUNT, id, "/", trust, 1, "", Map.of()));
            String grant = r % 50 == 0 ? ADMIN : r % 3 == 0 ? allow("s3:GetObject", "arn:aws:s3:::bucket-" + r + "/*")
                    : allow("sqs:SendMessage", "arn:aws:sqs:*:" + ACCOUNT + ":queue-" + (r % 40));
            entities.put(id + "/inline", new InlinePolicy(id + "/inline", id, "inline", policy(grant)));
        }
        for (int c = 0; c < 600; c++) {
            boolean lambda = c % 2 == 0;
            String id = (lambda ? "fn-" : "i-") + c;
            String arnText = lambda ? "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + id
                    : "arn:aws:ec2:us-east-1:" + ACCOUNT + ":instance/" + id;
            entities.put(id, new Compute(id, ACCOUNT, lambda ? Compute.Type.LAMBDA_FUNCTION : Compute.Type.EC2_INSTANCE, id,
                    arnText, null));
            relations.add(new Relation(RelationKind.RUNS_AS, id, "app-" + ((c * 7) % ROLES)));
        }
        return new IamModel("Large", "", entities, relations, Layout.EMPTY);
    }

    /** Without arguments, the estate above (all, then grouped); with a model file's path, that model's grouped answer. */
    public static void main(String[] args) throws Exception {
        long reading = System.nanoTime();
        IamModel model = args.length > 0 ? dev.iammodeller.io.ModelFile.read(java.nio.file.Path.of(args[0])) : estate();
        System.out.printf("model: %d entities in %.1f s%n", model.entities().size(), (System.nanoTime() - reading) / 1e9);
        long start;
        double seconds;
        if (args.length == 0) { // a model file's paths may be millions: all keeps them, grouped does not
            start = System.nanoTime();
            List<EscalationPath> paths = EscalationAnalysis.all(new AccessCheck(model));
            seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("all: %d principals, %d paths in %.1f s%n", USERS + ROLES, paths.size(), seconds);
        }
        start = System.nanoTime();
        List<Long> told = java.util.Collections.synchronizedList(new ArrayList<>());
        List<EscalationGain> gains = EscalationAnalysis.grouped(new AccessCheck(model), done -> { },
                id -> told.add(System.nanoTime()), List.of());
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("grouped: %d gains in %.1f s%n", gains.size(), seconds);
        List<Long> times = told.stream().sorted().toList();
        if (!times.isEmpty()) { // when a window would draw their badges
            System.out.printf("told at their first paths: %d principals, 90 %% of them after %.2f s, all after %.2f s%n",
                    times.size(), (times.get(Math.max(0, (int) Math.ceil(times.size() * 0.9) - 1)) - start) / 1e9,
                    (times.get(times.size() - 1) - start) / 1e9);
        }
    }
}
