package dev.iammodeller.io.authz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes large synthetic exports of {@code aws iam get-account-authorization-details}, the same bytes for the
 * same shape (a fixed seed): users, groups, roles and customer managed policies with documents of several
 * statements (actions of many services, ARNs, conditions), about one document in five URL-encoded as IAM's
 * API returns it, dates of both forms, tags, boundaries, instance profiles, versions, and the AWS managed
 * policies they attach listed beside the customer ones. Every reference resolves inside the file.
 *
 * <pre>
 * java -cp ... dev.iammodeller.io.authz.SyntheticAuthorizationDetails OUT.json [--users N] [--groups N]
 *     [--roles N] [--policies N] [--account ID] [--pages K]
 * </pre>
 * The default shape (1,500 users, 300 groups, 1,200 roles: 3,000 principals; 1,000 customer policies) is
 * about 20 MB. With {@code --pages K} it writes OUT-1.json ... OUT-K.json, pages of one export.
 */
public final class SyntheticAuthorizationDetails {
    /** What to write. */
    public record Shape(String account, int users, int groups, int roles, int policies, long seed) {
        public static final Shape DEFAULT = new Shape("123456789012", 1500, 300, 1200, 1000);

        public Shape(String account, int users, int groups, int roles, int policies) {
            this(account, users, groups, roles, policies, 20_261_125L);
        }
    }

    /** What was written, counted while writing (independently of the importer). */
    public record Written(int users, int groups, int roles, int customerPolicies, int awsPolicies, int memberships,
                          int attachments, int boundaries, int inlinePolicies, int encodedDocuments, long bytes) {
        public int policies() {
            return customerPolicies + awsPolicies;
        }
    }

    /** AWS managed policies the synthetic principals attach (real names; short stand-in documents). */
    static final List<String> AWS_POLICIES = List.of("ReadOnlyAccess", "AmazonS3ReadOnlyAccess",
            "AmazonEC2ReadOnlyAccess", "AmazonDynamoDBReadOnlyAccess", "CloudWatchReadOnlyAccess",
            "AWSLambdaBasicExecutionRole", "AmazonSSMManagedInstanceCore", "AmazonSQSFullAccess",
            "AmazonSNSReadOnlyAccess", "IAMReadOnlyAccess", "AWSCodeCommitReadOnly", "SecurityAudit",
            "ViewOnlyAccess", "AmazonECS_FullAccess", "AWSCloudTrail_ReadOnlyAccess", "AmazonRDSReadOnlyAccess");

    private static final String[] SERVICES_ACTIONS = {
        "s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectTagging",
        "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem",
        "sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
        "sns:Publish", "sns:Subscribe", "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey",
        "ec2:DescribeInstances", "ec2:StartInstances", "ec2:StopInstances", "ec2:Describe*",
        "lambda:InvokeFunction", "lambda:GetFunction", "lambda:UpdateFunctionCode",
        "logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:Get*",
        "secretsmanager:GetSecretValue", "ssm:GetParameter", "ssm:GetParametersByPath",
        "iam:PassRole", "iam:GetRole", "sts:AssumeRole", "cloudwatch:PutMetricData", "ecr:GetAuthorizationToken",
        "ecr:BatchGetImage", "ecs:RunTask", "ecs:DescribeTasks", "states:StartExecution", "glue:StartJobRun",
    };
    private static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2"};
    private static final String[] SERVICE_PRINCIPALS = {"lambda.amazonaws.com", "ec2.amazonaws.com",
        "ecs-tasks.amazonaws.com", "codebuild.amazonaws.com", "glue.amazonaws.com"};
    private static final String[] DIVISIONS = {"/", "/", "/", "/engineering/", "/finance/", "/ops/platform/"};
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Shape shape;
    private final Random random;
    private int memberships;
    private int attachments;
    private int boundaries;
    private int inline;
    private int encoded;
    private int dates;

    private SyntheticAuthorizationDetails(Shape shape) {
        this.shape = shape;
        this.random = new Random(shape.seed());
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: SyntheticAuthorizationDetails OUT.json [--users N] [--groups N] [--roles N]"
                    + " [--policies N] [--account ID] [--pages K]");
            System.exit(2);
        }
        Shape d = Shape.DEFAULT;
        String account = d.account();
        int users = d.users();
        int groups = d.groups();
        int roles = d.roles();
        int policies = d.policies();
        int pages = 1;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--users": users = Integer.parseInt(args[i + 1]); break;
                case "--groups": groups = Integer.parseInt(args[i + 1]); break;
                case "--roles": roles = Integer.parseInt(args[i + 1]); break;
                case "--policies": policies = Integer.parseInt(args[i + 1]); break;
                case "--account": account = args[i + 1]; break;
                case "--pages": pages = Integer.parseInt(args[i + 1]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Shape shape = new Shape(account, users, groups, roles, policies);
        Path out = Path.of(args[0]);
        if (pages <= 1) {
            Written written = write(out, shape);
            System.out.println(out + ": " + written);
        } else {
            String base = out.getFileName().toString().replaceFirst("\\.json$", "");
            Path folder = out.toAbsolutePath().getParent();
            List<Path> files = new ArrayList<>();
            for (int i = 1; i <= pages; i++) {
                files.add(folder.resolve(base + "-" + i + ".json"));
            }
            Written written = writePages(files, shape);
            System.out.println(files + ": " + written);
        }
    }

    /** Writes one complete export. */
    /** The model an import of an export of this shape makes (written to a temporary file, read, removed). */
    public static dev.iammodeller.model.IamModel imported(Shape shape) throws IOException, AuthorizationImportException {
        Path file = Files.createTempFile("synthetic-export", ".json");
        try {
            write(file, shape);
            return AuthorizationImport.importFiles(List.of(file), ImportProgress.NONE).model();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public static Written write(Path file, Shape shape) throws IOException {
        return writePages(List.of(file), shape);
    }

    /**
     * Writes one export as pages, one file each: the users, groups, roles and policies are cut into as many
     * runs as there are files; every page but the last is {@code "IsTruncated": true} with a {@code Marker}.
     */
    public static Written writePages(List<Path> files, Shape shape) throws IOException {
        return new SyntheticAuthorizationDetails(shape).writeAll(files);
    }

    private Written writeAll(List<Path> files) throws IOException {
        int pages = files.size();
        long bytes = 0;
        for (int page = 0; page < pages; page++) {
            Path file = files.get(page);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 JsonGenerator out = FACTORY.createGenerator(writer)) {
                DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
                out.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
                out.writeStartObject();
                out.writeArrayFieldStart("UserDetailList");
                for (int i = from(shape.users(), page, pages); i < from(shape.users(), page + 1, pages); i++) {
                    user(out, i);
                }
                out.writeEndArray();
                out.writeArrayFieldStart("GroupDetailList");
                for (int i = from(shape.groups(), page, pages); i < from(shape.groups(), page + 1, pages); i++) {
                    group(out, i);
                }
                out.writeEndArray();
                out.writeArrayFieldStart("RoleDetailList");
                for (int i = from(shape.roles(), page, pages); i < from(shape.roles(), page + 1, pages); i++) {
                    role(out, i);
                }
                out.writeEndArray();
                out.writeArrayFieldStart("Policies");
                for (int i = from(shape.policies(), page, pages); i < from(shape.policies(), page + 1, pages); i++) {
                    customerPolicy(out, i);
                }
                if (page == pages - 1) {
                    for (String name : AWS_POLICIES) {
                        awsPolicy(out, name);
                    }
                }
                out.writeEndArray();
                out.writeBooleanField("IsTruncated", page < pages - 1);
                if (page < pages - 1) {
                    out.writeStringField("Marker", "AQ" + Integer.toHexString(random.nextInt()) + "SyntheticPage" + page);
                }
                out.writeEndObject();
            }
            bytes += Files.size(file);
        }
        return new Written(shape.users(), shape.groups(), shape.roles(), shape.policies(), AWS_POLICIES.size(),
                memberships, attachments, boundaries, inline, encoded, bytes);
    }

    private static int from(int count, int page, int pages) {
        return (int) ((long) count * page / pages);
    }

    // ---- entities

    private void user(JsonGenerator out, int i) throws IOException {
        String name = "user-" + i;
        String path = DIVISIONS[i % DIVISIONS.length];
        out.writeStartObject();
        out.writeStringField("Path", path);
        out.writeStringField("UserName", name);
        out.writeStringField("UserId", "AIDA" + id(i, 17));
        out.writeStringField("Arn", "arn:aws:iam::" + shape.account() + ":user" + path + name);
        out.writeStringField("CreateDate", date());
        out.writeArrayFieldStart("UserPolicyList");
        for (int n = 0; n < i % 3; n++) {
            inlinePolicy(out, name + "-inline-" + n, 2 + random.nextInt(3));
        }
        out.writeEndArray();
        out.writeArrayFieldStart("GroupList");
        List<Integer> groups = new ArrayList<>();
        for (int n = 0; n < 1 + i % 3 && shape.groups() > 0; n++) {
            int group = (i + n * 7) % shape.groups();
            if (!groups.contains(group)) {
                groups.add(group);
                out.writeString("group-" + group);
                memberships++;
            }
        }
        out.writeEndArray();
        attached(out, i % 4);
        tags(out, i % 4);
        if (i % 10 == 0 && shape.policies() > 0) {
            boundary(out, i);
        }
        out.writeEndObject();
    }

    private void group(JsonGenerator out, int i) throws IOException {
        String name = "group-" + i;
        out.writeStartObject();
        out.writeStringField("Path", "/");
        out.writeStringField("GroupName", name);
        out.writeStringField("GroupId", "AGPA" + id(i, 17));
        out.writeStringField("Arn", "arn:aws:iam::" + shape.account() + ":group/" + name);
        out.writeStringField("CreateDate", date());
        out.writeArrayFieldStart("GroupPolicyList");
        inlinePolicy(out, name + "-inline", 3 + random.nextInt(3));
        out.writeEndArray();
        attached(out, 1 + i % 3);
        out.writeEndObject();
    }

    private void role(JsonGenerator out, int i) throws IOException {
        String name = "role-" + i;
        // Every eleventh role is service-linked, every thirteenth one IAM Identity Center provisioned: real
        // accounts hold both, with policies attached that nobody but AWS may change.
        String path = i % 11 == 3 ? "/aws-service-role/" + SERVICE_PRINCIPALS[i % SERVICE_PRINCIPALS.length] + "/"
                : i % 13 == 4 ? "/aws-reserved/sso.amazonaws.com/" : i % 5 == 0 ? "/service-role/" : "/";
        String arn = "arn:aws:iam::" + shape.account() + ":role" + path + name;
        String trust = trustPolicy(i);
        boolean encodeTrust = i % 5 == 1;
        out.writeStartObject();
        out.writeStringField("Path", path);
        out.writeStringField("RoleName", name);
        out.writeStringField("RoleId", "AROA" + id(i, 17));
        out.writeStringField("Arn", arn);
        out.writeStringField("CreateDate", date());
        out.writeFieldName("AssumeRolePolicyDocument");
        document(out, trust, encodeTrust);
        out.writeArrayFieldStart("InstanceProfileList");
        if (i % 7 == 0) {
            out.writeStartObject();
            out.writeStringField("Path", "/");
            out.writeStringField("InstanceProfileName", name + "-profile");
            out.writeStringField("InstanceProfileId", "AIPA" + id(i, 17));
            out.writeStringField("Arn", "arn:aws:iam::" + shape.account() + ":instance-profile/" + name + "-profile");
            out.writeStringField("CreateDate", date());
            out.writeArrayFieldStart("Roles");
            out.writeStartObject();
            out.writeStringField("Path", path);
            out.writeStringField("RoleName", name);
            out.writeStringField("RoleId", "AROA" + id(i, 17));
            out.writeStringField("Arn", arn);
            out.writeStringField("CreateDate", date());
            out.writeFieldName("AssumeRolePolicyDocument");
            document(out, trust, encodeTrust);
            out.writeEndObject();
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("RolePolicyList");
        for (int n = 0; n < 1 + i % 2; n++) {
            inlinePolicy(out, name + "-inline-" + n, 2 + random.nextInt(4));
        }
        out.writeEndArray();
        attached(out, 1 + i % 4);
        tags(out, i % 3);
        if (i % 9 == 0 && shape.policies() > 0) {
            boundary(out, i);
        }
        out.writeNumberField("MaxSessionDuration", i % 4 == 0 ? 43200 : 3600);
        out.writeObjectFieldStart("RoleLastUsed");
        if (i % 2 == 0) {
            out.writeStringField("LastUsedDate", date());
            out.writeStringField("Region", REGIONS[i % REGIONS.length]);
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    private void customerPolicy(JsonGenerator out, int i) throws IOException {
        String name = "policy-" + i;
        String path = i % 6 == 0 ? "/boundaries/" : "/";
        int versions = 1 + i % 3;
        out.writeStartObject();
        out.writeStringField("PolicyName", name);
        out.writeStringField("PolicyId", "ANPA" + id(i, 17));
        out.writeStringField("Arn", policyArn(i));
        out.writeStringField("Path", path);
        out.writeStringField("DefaultVersionId", "v" + versions);
        out.writeNumberField("AttachmentCount", i % 5);
        out.writeNumberField("PermissionsBoundaryUsageCount", 0);
        out.writeBooleanField("IsAttachable", true);
        out.writeStringField("Description", "Synthetic policy " + i + " for " + REGIONS[i % REGIONS.length]);
        out.writeStringField("CreateDate", date());
        out.writeStringField("UpdateDate", date());
        out.writeArrayFieldStart("PolicyVersionList");
        for (int v = versions; v >= 1; v--) {
            out.writeStartObject();
            out.writeFieldName("Document");
            document(out, identityPolicy(2 + random.nextInt(5)), random.nextInt(5) == 0);
            out.writeStringField("VersionId", "v" + v);
            out.writeBooleanField("IsDefaultVersion", v == versions);
            out.writeStringField("CreateDate", date());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void awsPolicy(JsonGenerator out, String name) throws IOException {
        out.writeStartObject();
        out.writeStringField("PolicyName", name);
        out.writeStringField("PolicyId", "ANPA" + id(name.hashCode() & 0x7fffffff, 17));
        out.writeStringField("Arn", "arn:aws:iam::aws:policy/" + name);
        out.writeStringField("Path", "/");
        out.writeStringField("DefaultVersionId", "v1");
        out.writeNumberField("AttachmentCount", 1);
        out.writeNumberField("PermissionsBoundaryUsageCount", 0);
        out.writeBooleanField("IsAttachable", true);
        out.writeStringField("CreateDate", date());
        out.writeStringField("UpdateDate", date());
        out.writeArrayFieldStart("PolicyVersionList");
        out.writeStartObject();
        out.writeFieldName("Document");
        document(out, identityPolicy(2), false);
        out.writeStringField("VersionId", "v1");
        out.writeBooleanField("IsDefaultVersion", true);
        out.writeStringField("CreateDate", date());
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
    }

    private void inlinePolicy(JsonGenerator out, String name, int statements) throws IOException {
        out.writeStartObject();
        out.writeStringField("PolicyName", name);
        out.writeFieldName("PolicyDocument");
        document(out, identityPolicy(statements), random.nextInt(5) == 0);
        out.writeEndObject();
        inline++;
    }

    /** {@code count} attachments: customer policies mostly, an AWS managed one now and then. */
    private void attached(JsonGenerator out, int count) throws IOException {
        out.writeArrayFieldStart("AttachedManagedPolicies");
        List<String> seen = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String arn;
            String name;
            if (shape.policies() == 0 || random.nextInt(4) == 0) {
                name = AWS_POLICIES.get(random.nextInt(AWS_POLICIES.size()));
                arn = "arn:aws:iam::aws:policy/" + name;
            } else {
                int p = random.nextInt(shape.policies());
                name = "policy-" + p;
                arn = policyArn(p);
            }
            if (seen.contains(arn)) {
                continue;
            }
            seen.add(arn);
            out.writeStartObject();
            out.writeStringField("PolicyName", name);
            out.writeStringField("PolicyArn", arn);
            out.writeEndObject();
            attachments++;
        }
        out.writeEndArray();
    }

    private void boundary(JsonGenerator out, int i) throws IOException {
        int p = i % shape.policies();
        out.writeObjectFieldStart("PermissionsBoundary");
        out.writeStringField("PermissionsBoundaryType", "Policy");
        out.writeStringField("PermissionsBoundaryArn", policyArn(p - p % 6));
        out.writeEndObject();
        boundaries++;
    }

    private void tags(JsonGenerator out, int count) throws IOException {
        out.writeArrayFieldStart("Tags");
        String[] keys = {"team", "cost-center", "environment", "owner"};
        for (int n = 0; n < count; n++) {
            out.writeStartObject();
            out.writeStringField("Key", keys[n]);
            out.writeStringField("Value", keys[n] + "-" + random.nextInt(40));
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private String policyArn(int i) {
        return "arn:aws:iam::" + shape.account() + ":policy" + (i % 6 == 0 ? "/boundaries/" : "/") + "policy-" + i;
    }

    // ---- documents

    /** The document as an object, or (encoded) as the URL-encoded text IAM's API returns. */
    private void document(JsonGenerator out, String json, boolean encode) throws IOException {
        if (encode) {
            out.writeString(URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20"));
            encoded++;
        } else {
            try (var parser = FACTORY.createParser(json)) {
                parser.nextToken();
                out.copyCurrentStructure(parser);
            }
        }
    }

    private String identityPolicy(int statements) {
        return json(out -> {
            out.writeStartObject();
            out.writeStringField("Version", "2012-10-17");
            out.writeArrayFieldStart("Statement");
            for (int s = 0; s < statements; s++) {
                out.writeStartObject();
                out.writeStringField("Sid", "Statement" + s);
                out.writeStringField("Effect", random.nextInt(8) == 0 ? "Deny" : "Allow");
                out.writeArrayFieldStart("Action");
                int actions = 2 + random.nextInt(7);
                for (int a = 0; a < actions; a++) {
                    out.writeString(SERVICES_ACTIONS[random.nextInt(SERVICES_ACTIONS.length)]);
                }
                out.writeEndArray();
                out.writeArrayFieldStart("Resource");
                int resources = 1 + random.nextInt(3);
                for (int r = 0; r < resources; r++) {
                    out.writeString(resource());
                }
                out.writeEndArray();
                if (random.nextInt(3) == 0) {
                    condition(out);
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    private String resource() {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        int n = random.nextInt(500);
        switch (random.nextInt(7)) {
            case 0: return "arn:aws:s3:::data-bucket-" + n + "/*";
            case 1: return "arn:aws:s3:::data-bucket-" + n;
            case 2: return "arn:aws:dynamodb:" + region + ":" + shape.account() + ":table/table-" + n;
            case 3: return "arn:aws:sqs:" + region + ":" + shape.account() + ":queue-" + n;
            case 4: return "arn:aws:kms:" + region + ":" + shape.account() + ":key/" + id(n, 8) + "-aaaa-bbbb-cccc-" + id(n, 12);
            case 5: return "arn:aws:s3:::home-bucket/${aws:username}/*";
            default: return "*";
        }
    }

    private void condition(JsonGenerator out) throws IOException {
        out.writeObjectFieldStart("Condition");
        switch (random.nextInt(4)) {
            case 0:
                out.writeObjectFieldStart("StringEquals");
                out.writeStringField("aws:RequestedRegion", REGIONS[random.nextInt(REGIONS.length)]);
                out.writeEndObject();
                break;
            case 1:
                out.writeObjectFieldStart("IpAddress");
                out.writeArrayFieldStart("aws:SourceIp");
                out.writeString("10." + random.nextInt(256) + ".0.0/16");
                out.writeString("192.0.2.0/24");
                out.writeEndArray();
                out.writeEndObject();
                break;
            case 2:
                out.writeObjectFieldStart("Bool");
                out.writeStringField("aws:SecureTransport", "true");
                out.writeEndObject();
                break;
            default:
                out.writeObjectFieldStart("StringLike");
                out.writeStringField("s3:prefix", "home/${aws:username}/*");
                out.writeEndObject();
                out.writeObjectFieldStart("NumericLessThan");
                out.writeNumberField("aws:MultiFactorAuthAge", 3600);
                out.writeEndObject();
        }
        out.writeEndObject();
    }

    private String trustPolicy(int i) {
        return json(out -> {
            out.writeStartObject();
            out.writeStringField("Version", "2012-10-17");
            out.writeArrayFieldStart("Statement");
            out.writeStartObject();
            out.writeStringField("Effect", "Allow");
            out.writeObjectFieldStart("Principal");
            switch (i % 3) {
                case 0:
                    out.writeStringField("Service", SERVICE_PRINCIPALS[i % SERVICE_PRINCIPALS.length]);
                    break;
                case 1:
                    out.writeStringField("AWS", "arn:aws:iam::" + String.format("%012d", 100_000_000_000L + i) + ":root");
                    break;
                default:
                    out.writeStringField("Federated", "arn:aws:iam::" + shape.account() + ":saml-provider/corporate-idp");
            }
            out.writeEndObject();
            out.writeStringField("Action", i % 3 == 2 ? "sts:AssumeRoleWithSAML" : "sts:AssumeRole");
            if (i % 3 == 1) {
                out.writeObjectFieldStart("Condition");
                out.writeObjectFieldStart("StringEquals");
                out.writeStringField("sts:ExternalId", "external-" + i);
                out.writeEndObject();
                out.writeEndObject();
            } else if (i % 3 == 2) {
                out.writeObjectFieldStart("Condition");
                out.writeObjectFieldStart("StringEquals");
                out.writeStringField("SAML:aud", "https://signin.aws.amazon.com/saml");
                out.writeEndObject();
                out.writeEndObject();
            }
            out.writeEndObject();
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private static String json(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Dates of both forms, in turn: the AWS CLI's and Python's. */
    private String date() {
        int n = dates++;
        int day = 1 + n % 28;
        int month = 1 + n / 28 % 12;
        int year = 2015 + n / 336 % 10;
        String date = String.format("%04d-%02d-%02d", year, month, day);
        String time = String.format("%02d:%02d:%02d", n % 24, n % 60, (n * 7) % 60);
        return n % 2 == 0 ? date + "T" + time + "Z" : date + " " + time + "+00:00";
    }

    private static String id(int n, int length) {
        StringBuilder out = new StringBuilder(Integer.toString(n, 36).toUpperCase());
        while (out.length() < length) {
            out.insert(0, 'X');
        }
        return out.substring(out.length() - length);
    }
}
