package dev.iammodeller.policy.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.WildcardPattern;
import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.JsonReader;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyReader;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.Statement;
import dev.iammodeller.testing.RandomInputs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The redundancy findings agree with the plain definition, every statement (and every action of a list)
 * compared with every other, on seeded random policies whose entries overlap often: wildcards of every
 * kind, duplicates, case, variables, principals, conditions and NotAction.
 */
class RedundancyProperties {
    private static final String[] ACTIONS = {"*", "s3:*", "s3:Get*", "S3:GET*", "s3:GetObject", "s3:getobject",
        "s3:GetObj*", "s3:Get?bject*", "s3:GetObjec?", "s3:Put*", "s3:PutObject", "*:Get*", "s?:Get*", "ec2:Describe*",
        "ec2:DescribeInstances", "*:Describe*", "iam:PassRole", "iam:*", "s3:NoSuchAction", "s3:NoSuch*", "S3:NOSUCH*", "s3:No*Such", "s3GetObject"};
    private static final String[] RESOURCES = {"*", "arn:aws:s3:::b/*", "arn:aws:s3:::b/k", "arn:aws:s3:::b/?",
        "arn:aws:s3:::b/k*", "arn:aws:s3:::b/${aws:username}", "arn:aws:s3:::b/${aws:username}/*", "arn:aws:s3:::*",
        "arn:aws:s3:::b/k/x", "arn:aws:s3:::B/K", "arn:aws:ec2:*:*:instance/*", "arn:aws:ec2:us-east-1:1:instance/i-1",
        "arn:aws:s3:::b/*k", "arn:aws:s3:::*/k", "arn:aws:s3:::b/*.jpg", "arn:aws:s3:::b/x.jpg",
        "arn:aws:s3:::b/x\uD83D\uDE00", "arn:aws:s3:::b/x?\uDE00", "arn:aws:s3:::b/x\uD83D?"};
    private static final String[] PRINCIPALS = {"\"*\"", "{\"AWS\": \"111122223333\"}",
        "{\"AWS\": [\"111122223333\", \"444455556666\"]}", "{\"AWS\": [\"444455556666\", \"111122223333\"]}"};

    private static Catalog catalog;
    private static PolicyLint lint;

    @BeforeAll
    static void loadCatalog() {
        catalog = Catalog.load();
        lint = new PolicyLint(catalog);
    }

    @Test
    void identityPoliciesAgreeWithEveryPair() {
        RandomInputs inputs = new RandomInputs(150);
        for (int i = 0; i < 400; i++) {
            check(randomPolicy(inputs, false), LintOptions.of(PolicyType.IDENTITY));
        }
    }

    @Test
    void resourcePoliciesAgreeWithEveryPair() {
        RandomInputs inputs = new RandomInputs(151);
        for (int i = 0; i < 300; i++) {
            check(randomPolicy(inputs, true), LintOptions.of(PolicyType.RESOURCE));
        }
    }

    /** Long lists, so that the statements' own indexes (not a scan of a short list) answer. */
    @Test
    void longListsAgreeWithEveryPair() {
        RandomInputs inputs = new RandomInputs(152);
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder("{\"Version\": \"2012-10-17\", \"Statement\": [");
            int statements = 1 + inputs.below(6);
            for (int s = 0; s < statements; s++) {
                text.append(s == 0 ? "" : ", ").append("{\"Effect\": \"Allow\", \"Action\": ")
                        .append(list(inputs, ACTIONS, 1 + inputs.below(20)))
                        .append(", \"Resource\": ").append(list(inputs, RESOURCES, 1 + inputs.below(20))).append('}');
            }
            check(text.append("]}").toString(), LintOptions.of(PolicyType.IDENTITY));
        }
    }

    private static String randomPolicy(RandomInputs inputs, boolean principals) {
        StringBuilder text = new StringBuilder("{\"Version\": \"2012-10-17\", \"Statement\": [");
        int statements = 1 + inputs.below(12);
        for (int s = 0; s < statements; s++) {
            text.append(s == 0 ? "" : ", ").append('{');
            if (inputs.below(4) == 0) {
                text.append("\"Sid\": \"S").append(s).append("\", ");
            }
            text.append("\"Effect\": \"").append(inputs.below(5) == 0 ? "Deny" : "Allow").append("\", ");
            if (principals) {
                text.append("\"Principal\": ").append(inputs.oneOf(PRINCIPALS)).append(", ");
            }
            text.append(inputs.below(10) == 0 ? "\"NotAction\": " : "\"Action\": ")
                    .append(list(inputs, ACTIONS, inputs.below(4)))
                    .append(", \"Resource\": ").append(list(inputs, RESOURCES, inputs.below(4)));
            if (inputs.below(8) == 0) {
                text.append(", \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}");
            }
            text.append('}');
        }
        return text.append("]}").toString();
    }

    private static String list(RandomInputs inputs, String[] values, int size) {
        if (size == 1 && inputs.coin()) {
            return "\"" + inputs.oneOf(values) + "\"";
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add("\"" + inputs.oneOf(values) + "\"");
        }
        return "[" + String.join(", ", items) + "]";
    }

    private static void check(String text, LintOptions options) {
        List<String> found = new ArrayList<>(lint.check(text, options).stream()
                .filter(f -> f.code().startsWith("REDUNDANT_"))
                .map(f -> f.position() + " " + f.code() + " " + f.message())
                .toList());
        assertEquals(everyPair(text, options).stream().sorted().toList(), found.stream().sorted().toList(), text);
    }

    /** The definition, as the first version of the checks wrote it: every pair. */
    private static List<String> everyPair(String text, LintOptions options) {
        Json.JsonObject root = (Json.JsonObject) JsonReader.read(text, "$");
        PolicyDocument document = PolicyReader.readLeniently(root, problem -> { });
        LintSubject subject = new LintSubject(root, document, options, catalog);
        List<String> out = new ArrayList<>();
        for (Statement statement : document.statements()) {
            List<ActionPattern> actions = statement.actions();
            for (int i = 0; i < actions.size(); i++) {
                for (int j = 0; j < actions.size(); j++) {
                    if (i != j && ActionChecks.covers(catalog, actions.get(j), actions.get(i))
                            && !(ActionChecks.covers(catalog, actions.get(i), actions.get(j)) && i < j)) {
                        out.add(actions.get(i).position() + " REDUNDANT_ACTION \"" + actions.get(i).text()
                                + "\" is already covered by \"" + actions.get(j).text() + "\" in the same list: remove it");
                        break;
                    }
                }
            }
        }
        for (Statement narrow : document.statements()) {
            if (!plain(narrow)) {
                continue;
            }
            for (Statement wide : document.statements()) {
                if (wide != narrow && plain(wide) && wide.effect() == narrow.effect()
                        && samePrincipal(wide, narrow) && coversActions(wide, narrow) && coversResources(wide, narrow)
                        && !(wide.index() > narrow.index() && coversActions(narrow, wide) && coversResources(narrow, wide))) {
                    out.add(subject.json(narrow).position() + " REDUNDANT_STATEMENT statement "
                            + (wide.sid() != null ? "\"" + wide.sid() + "\"" : "number " + (wide.index() + 1))
                            + " already covers every action and resource of this one: remove it");
                    break;
                }
            }
        }
        return out;
    }

    private static boolean plain(Statement statement) {
        return statement.conditions().isEmpty() && !statement.notAction() && statement.resources() != null
                && !statement.notResource() && !statement.notPrincipal();
    }

    private static boolean samePrincipal(Statement a, Statement b) {
        return a.principal() == null ? b.principal() == null
                : b.principal() != null && a.principal().everyone() == b.principal().everyone()
                && a.principal().entries().stream().map(e -> e.type() + "=" + e.value()).sorted().toList()
                .equals(b.principal().entries().stream().map(e -> e.type() + "=" + e.value()).sorted().toList());
    }

    private static boolean coversActions(Statement wide, Statement narrow) {
        return narrow.actions().stream().allMatch(action -> wide.actions().stream()
                .anyMatch(candidate -> ActionChecks.covers(catalog, candidate, action)));
    }

    private static boolean coversResources(Statement wide, Statement narrow) {
        for (PolicyTemplate resource : narrow.resources()) {
            boolean covered = false;
            for (PolicyTemplate candidate : wide.resources()) {
                covered |= candidate.text().equals(resource.text()) || (!candidate.hasVariables() && !resource.hasVariables()
                        && WildcardPattern.compile(candidate.text(), false).matches(resource.text()));
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }
}
