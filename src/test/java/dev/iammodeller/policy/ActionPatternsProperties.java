package dev.iammodeller.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.testing.RandomInputs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement's indexed Action list answers "does an entry match" exactly as trying every entry does. */
class ActionPatternsProperties {

    @Test
    void theIndexAgreesWithTryingEveryEntry() {
        RandomInputs inputs = new RandomInputs(21);
        for (int i = 0; i < 5000; i++) {
            List<String> entries = inputs.strings("sS3:*?gG\u017fK", 1, 6, 0, 14);
            String action = inputs.string("sS3:gG\u017fk\u212A", 0, 7);
            List<ActionPattern> patterns = new ArrayList<>();
            for (String entry : entries) {
                patterns.add(ActionPattern.of(entry, null, null));
            }
            boolean expected = patterns.stream().anyMatch(p -> p.matches(action));
            ActionPatterns indexed = (ActionPatterns) ActionPatterns.of(patterns);
            assertEquals(expected, indexed.anyMatches(action), entries + " ~ " + action);
            assertEquals(patterns, indexed);
        }
    }

    @Test
    void aLongStatementFindsItsActionsByServiceInAnyCaseAndKeepsWildcardServices() {
        Statement statement = readOnly(", \"*:Describe*\", \"s3*:Get*\", \"SQS:send?essage\"", false);
        assertTrue(statement.coversAction("SVC7:GetThing"));
        assertTrue(statement.coversAction("svc299:listall"));
        assertFalse(statement.coversAction("svc7:PutThing"));
        assertFalse(statement.coversAction("svc300:GetThing"));
        assertTrue(statement.coversAction("ec2:DescribeInstances"));
        assertTrue(statement.coversAction("s3express:GetObject"));
        assertTrue(statement.coversAction("sqs:SendMessage"));
        assertFalse(statement.coversAction("*"));
        assertTrue(statement.actions() instanceof ActionPatterns);
    }

    @Test
    void notActionCoversWhatNoEntryMatches() {
        Statement statement = readOnly("", true);
        assertFalse(statement.coversAction("svc12:GetObject"));
        assertTrue(statement.coversAction("svc12:PutObject"));
        assertTrue(statement.coversAction("iam:PassRole"));
    }

    @Test
    void aServiceInOtherCharactersIsStillMatchedAsTheEvaluatorMatchesIt() {
        Statement statement = readOnly(", \"\u017f3:Get*\", \"kms:Decrypt\"", false);
        assertTrue(statement.coversAction("s3:GetObject"));
        assertTrue(ActionPattern.of("kms:Decrypt", null, null).matches("\u212Ams:Decrypt"));
        assertTrue(statement.coversAction("\u212Ams:Decrypt"));
    }

    private static Statement readOnly(String more, boolean not) {
        StringBuilder actions = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            actions.append(i == 0 ? "" : ",").append("\"svc").append(i).append(":Get*\",\"svc").append(i).append(":List*\"");
        }
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"" + (not ? "NotAction" : "Action")
                + "\":[" + actions + more + "],\"Resource\":\"*\"}]}";
        return PolicyReader.parse(json).statements().get(0);
    }
}
