package dev.iammodeller.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Policies far beyond AWS's size limits, the same text for the same arguments, for the benchmarks of the
 * linear checks: statements of one to four actions (exact, service wildcards, a few of every service) on
 * S3 objects of many buckets, one in ten a Deny, one in eight a copy of an earlier statement, one in
 * twenty a wide statement over a whole bucket. A {@code main} writes one:
 * {@code LargePolicies STATEMENTS FILE} or {@code LargePolicies --chars N FILE}.
 */
public final class LargePolicies {
    private static final String[] ACTIONS = {"s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:GetObjectTagging",
        "s3:List*", "s3:Get*", "ec2:DescribeInstances", "ec2:Describe*", "iam:GetRole", "iam:PassRole",
        "lambda:InvokeFunction", "dynamodb:GetItem", "dynamodb:Query", "sqs:SendMessage", "kms:Decrypt", "logs:*"};

    private LargePolicies() {
    }

    /** An identity policy of {@code statements} statements, one per line. */
    public static String withStatements(int statements, long seed) {
        return build(statements, Integer.MAX_VALUE, seed);
    }

    /** An identity policy of as many statements as fit in about {@code characters} characters. */
    public static String withCharacters(int characters, long seed) {
        return build(Integer.MAX_VALUE, characters, seed);
    }

    private static String build(int statements, int characters, long seed) {
        RandomInputs inputs = new RandomInputs(seed);
        StringBuilder text = new StringBuilder("{\"Version\": \"2012-10-17\", \"Statement\": [\n");
        java.util.List<String> written = new java.util.ArrayList<>();
        for (int i = 0; i < statements && text.length() < characters; i++) {
            String statement;
            if (i > 0 && inputs.below(8) == 0) {
                statement = written.get(inputs.below(written.size()));
            } else if (inputs.below(20) == 0) {
                statement = "{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::bucket-"
                        + inputs.below(500) + "/*\"}";
            } else {
                StringBuilder actions = new StringBuilder();
                int count = 1 + inputs.below(4);
                for (int a = 0; a < count; a++) {
                    actions.append(a == 0 ? "" : ", ").append('"').append(inputs.oneOf(ACTIONS)).append('"');
                }
                statement = "{\"Sid\": \"S" + i + "\", \"Effect\": \"" + (inputs.below(10) == 0 ? "Deny" : "Allow")
                        + "\", \"Action\": [" + actions + "], \"Resource\": \"arn:aws:s3:::bucket-" + inputs.below(500)
                        + "/data/" + i + "/*\"}";
            }
            written.add(statement);
            text.append(i == 0 ? "  " : ",\n  ").append(statement);
        }
        return text.append("\n]}\n").toString();
    }

    public static void main(String[] args) throws IOException {
        String text = args[0].equals("--chars") ? withCharacters(Integer.parseInt(args[1]), 15)
                : withStatements(Integer.parseInt(args[0]), 15);
        Files.writeString(Path.of(args[args.length - 1]), text, StandardCharsets.UTF_8);
    }
}
