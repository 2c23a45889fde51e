package dev.iammodeller.io.export;

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
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Models for the export tests: the shipped examples, one with hostile names, one with many edges. */
public final class ExportFixtures {
    /** A name with every character that needs escaping somewhere: markup, quotes, a backslash, accents. */
    static final String HOSTILE = "<b>Tom & \"Jerry\" \\ 'Zoë' #1 ${aws:username} %{x}</b>";
    static final String ACCOUNT_NAME = "../../etc/passwd";
    static final String TRUST_USER_ARN = "arn:aws:iam::111122223333:user/" + HOSTILE;

    private ExportFixtures() {
    }

    static Path examplesFolder() {
        try {
            return Path.of(ExportFixtures.class.getResource("/examples/index.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> examplePaths() {
        try (Stream<Path> files = Files.list(examplesFolder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".iam.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, IamModel> examples() {
        Map<String, IamModel> out = new LinkedHashMap<>();
        for (Path path : examplePaths()) {
            try {
                out.put(path.getFileName().toString(), ModelFile.read(path));
            } catch (Exception e) {
                throw new IllegalStateException(path + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static PolicyText text(String json) {
        return new PolicyText(json);
    }

    /**
     * An organization (root, a unit named with quotes and markup) with an account whose name climbs out of
     * folders, a user, group, role, policies, a bucket, an instance profile, all named with {@link #HOSTILE}
     * or near it, and a second account whose name a file system reserves.
     */
    static IamModel hostile() {
        List<Entity> entities = new ArrayList<>();
        entities.add(new OrganizationRoot("r-ab12", "Root <&>"));
        entities.add(new OrganizationalUnit("ou-ab12-1", "\"Prod\" <OU> & co", "r-ab12"));
        entities.add(new Account("acct-1", "111122223333", ACCOUNT_NAME, "ou-ab12-1", false));
        entities.add(new Account("acct-2", "444455556666", "CON", "r-ab12", true));
        entities.add(new User("u1", "111122223333", HOSTILE, "/", true, false, Map.of("team", "a\"b & <c>")));
        entities.add(new User("u2", "111122223333", "zoë", "/", false, false, Map.of()));
        entities.add(new User("u3", "111122223333", "ZOË", "/", false, false, Map.of()));
        entities.add(new Group("g1", "111122223333", "admins/../..", "/"));
        entities.add(new Role("r1", "111122223333", "Ærø\\role", "/", text("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                 "Principal": {"AWS": "%s"}, "Action": "sts:AssumeRole"}]}""".formatted(TRUST_USER_ARN.replace("\\", "\\\\").replace("\"", "\\\""))),
                2, "a role <with> \"quotes\"", Map.of()));
        entities.add(new Role("r2", "444455556666", "ec2-role", "/", text("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow",
                 "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}}"""), 1, "", Map.of()));
        entities.add(new ManagedPolicy("p1", "111122223333", "own-folder ${aws:username}", "/", "desc & <x>",
                List.of(new ManagedPolicyVersion("v1", text("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}""")),
                        new ManagedPolicyVersion("v2", text("""
                        {"Version": "2012-10-17", "Statement": [{"Sid": "Home", "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
                         "Resource": "arn:aws:s3:::home/${aws:username}/*", "Condition": {"StringLike": {"s3:prefix": ["%{x}", "a\\"b\\\\c"]}}}]}"""))),
                "v2"));
        entities.add(new ManagedPolicy("p2", null, "ReadOnlyAccess", "/", "", List.of(new ManagedPolicyVersion("v1",
                text("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*:Get*\",\"Resource\":\"*\"}]}"))),
                "v1"));
        entities.add(new ManagedPolicy("p3", "111122223333", "boundary", "/", "",
                List.of(new ManagedPolicyVersion("v1", text("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"))),
                "v1"));
        entities.add(new InlinePolicy("u1/inline", "u1", "CON", text("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}]}")));
        entities.add(new InlinePolicy("u1/inline2", "u1", "con", text("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}")));
        entities.add(new Resource("b1", "111122223333", "bucket <&>", "s3:bucket", "arn:aws:s3:::bucket-x",
                text("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket-x/*\"}]}")));
        entities.add(new Compute("c1", "444455556666", Compute.Type.EC2_INSTANCE_PROFILE, "profile \"1\"",
                "arn:aws:iam::444455556666:instance-profile/p1", "p1"));
        entities.add(new OrganizationPolicy("scp1", OrganizationPolicy.Type.SCP, "deny <leave> & \"org\"",
                text("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}")));
        entities.add(new OrganizationPolicy("rcp1", OrganizationPolicy.Type.RCP, "rcp",
                text("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}")));
        Map<String, Entity> byId = new LinkedHashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        List<Relation> relations = List.of(
                new Relation(RelationKind.MEMBER_OF, "u1", "g1"),
                new Relation(RelationKind.MEMBER_OF, "u2", "g1"),
                new Relation(RelationKind.ATTACHED_TO, "p1", "g1"),
                new Relation(RelationKind.ATTACHED_TO, "p2", "r1"),
                new Relation(RelationKind.ATTACHED_TO, "p1", "u3"),
                new Relation(RelationKind.BOUNDARY_OF, "p3", "r1"),
                new Relation(RelationKind.BOUNDARY_OF, "p3", "u2"),
                new Relation(RelationKind.RUNS_AS, "c1", "r2"),
                new Relation(RelationKind.APPLIES_TO, "scp1", "ou-ab12-1"),
                new Relation(RelationKind.APPLIES_TO, "scp1", "acct-2"),
                new Relation(RelationKind.APPLIES_TO, "rcp1", "r-ab12"));
        return new IamModel("Hostile <model> & \"names\"", "", byId, relations, Layout.EMPTY);
    }

    /** One account, {@code users} users all members of one group: that many member-of edges. */
    static IamModel manyEdges(int users) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        byId.put("acct", new Account("acct", "123456789012", "big", null, false));
        byId.put("g", new Group("g", "123456789012", "everyone", "/"));
        for (int i = 0; i < users; i++) {
            String id = "u" + i;
            byId.put(id, new User(id, "123456789012", "user-" + i, "/", false, false, Map.of()));
            relations.add(new Relation(RelationKind.MEMBER_OF, id, "g"));
        }
        byId.put("acct2", new Account("acct2", "210987654321", "small", null, false));
        byId.put("g2", new Group("g2", "210987654321", "few", "/"));
        byId.put("x", new User("x", "210987654321", "x", "/", false, false, Map.of()));
        relations.add(new Relation(RelationKind.MEMBER_OF, "x", "g2"));
        return new IamModel("many", "", byId, relations, Layout.EMPTY);
    }

    /**
     * More than {@link PictureExport#FULL_FINDINGS_PRINCIPALS} users, one of them an administrator by its own
     * policy and one that can make itself one (it may put a policy on any user, itself included).
     */
    public static IamModel manyPrincipalsWithAnAdminAndAnEscalation() {
        return principalsWithAnAdminAndAnEscalation(PictureExport.FULL_FINDINGS_PRINCIPALS + 2);
    }

    /** {@code principals} users (at least 3), one an administrator by its own policy, one that can make itself one. */
    static IamModel principalsWithAnAdminAndAnEscalation(int principals) {
        IamModel model = manyEdges(principals - 1);
        return model.with(new InlinePolicy("u0/admin", "u0", "admin", new PolicyText(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}")))
                .with(new InlinePolicy("u1/put", "u1", "put", new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":"
                        + "[{\"Effect\":\"Allow\",\"Action\":\"iam:PutUserPolicy\",\"Resource\":\"*\"}]}")));
    }
}
