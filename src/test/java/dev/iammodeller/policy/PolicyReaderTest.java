package dev.iammodeller.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyReaderTest {
    private static final String POLICY = String.join("\n",
            "{",
            "  \"Version\": \"2012-10-17\",",
            "  \"Id\": \"reports\",",
            "  \"Statement\": [",
            "    {\"Sid\": \"ReadReports\", \"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"s3:List*\"],",
            "     \"Resource\": \"arn:aws:s3:::reports/*\"},",
            "    {\"Effect\": \"Deny\", \"NotAction\": \"s3:*\", \"NotResource\": [\"arn:aws:s3:::x\"],",
            "     \"Condition\": {\"ForAnyValue:StringLikeIfExists\": {\"aws:TagKeys\": [\"a*\", \"b\"]}}}",
            "  ]",
            "}");

    @Test
    void readsElementsAndRemembersWhereEachStatementStarts() {
        PolicyDocument policy = PolicyReader.parse(POLICY);
        assertEquals(PolicyVersion.V2012_10_17, policy.version());
        assertEquals("reports", policy.id());
        assertEquals(2, policy.statements().size());
        Statement first = policy.statements().get(0);
        assertEquals("ReadReports", first.sid());
        assertEquals(Effect.ALLOW, first.effect());
        assertEquals(new SourcePosition(5, 5), first.position());
        assertEquals(new SourcePosition(5, 38), first.effectPosition());
        assertEquals(2, first.actions().size());
        assertEquals(new SourcePosition(5, 74), first.actions().get(1).position());
        assertEquals("$.Statement[0].Action[1]", first.actions().get(1).path());
        assertFalse(first.notAction());
        Statement second = policy.statements().get(1);
        assertTrue(second.notAction());
        assertTrue(second.notResource());
        Condition condition = second.conditions().get(0);
        assertEquals(ConditionOperator.STRING_LIKE, condition.operator());
        assertEquals(SetQualifier.FOR_ANY_VALUE, condition.qualifier());
        assertTrue(condition.ifExists());
        assertEquals("aws:tagkeys", condition.lowerKey());
        assertEquals(new SourcePosition(8, 55), condition.position());
    }

    @Test
    void aBadEffectSaysWhereAndWhat() {
        String text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Effect\":   \"Allwo\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]\n}";
        PolicyParseException error = assertThrows(PolicyParseException.class, () -> PolicyReader.parse(text));
        assertEquals("line 4, column 17 ($.Statement[0].Effect): \"Allwo\" is not \"Allow\" or \"Deny\"", error.getMessage());
    }

    @Test
    void statementMayBeOneObjectAndVersionMayBeAbsent() {
        PolicyDocument policy = PolicyReader.parse("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}");
        assertEquals(PolicyVersion.ABSENT, policy.version());
        assertEquals(1, policy.statements().size());
        assertNull(policy.statements().get(0).principal());
    }

    @Test
    void aPolicyMayArriveAsUrlEncodedText() {
        String encoded = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C"
                + "%22Action%22%3A%22s3%3AGetObject%22%2C%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3Ab%2Fa+b%22%7D%5D%7D";
        PolicyDocument policy = PolicyReader.parse(encoded);
        assertEquals("s3:GetObject", policy.statements().get(0).actions().get(0).text());
        assertEquals("arn:aws:s3:::b/a+b", policy.statements().get(0).resources().get(0).text());
    }

    @Test
    void aPolicyMayArriveAsAJsonStringHoldingTheJson() {
        Json outer = JsonReader.read("{\"p\": \"{\\\"Statement\\\": [{\\\"Effect\\\": \\\"Deny\\\", \\\"Action\\\": \\\"iam:*\\\", \\\"Resource\\\": \\\"*\\\"}]}\"}", "$");
        PolicyDocument policy = PolicyReader.read(((Json.JsonObject) outer).get("p"));
        assertEquals(Effect.DENY, policy.statements().get(0).effect());
    }

    @Test
    void principalsOfEveryForm() {
        PolicyDocument policy = PolicyReader.parse("{\"Statement\": ["
                + "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:*\"},"
                + "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"111111111111\", \"arn:aws:iam::222222222222:root\"],"
                + " \"Service\": \"lambda.amazonaws.com\", \"Federated\": \"arn:aws:iam::1:saml-provider/x\","
                + " \"CanonicalUser\": \"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be\"}, \"Action\": \"s3:*\"},"
                + "{\"Effect\": \"Deny\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111111111111:user/a\"}, \"Action\": \"s3:*\"}]}");
        assertTrue(policy.statements().get(0).principal().everyone());
        assertEquals(5, policy.statements().get(1).principal().entries().size());
        assertTrue(policy.statements().get(2).notPrincipal());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"Statement": []}                                                           | line 1, column 1 ($): the Statement list is empty
            {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Foo": 1}]} | line 1, column 68 ($.Statement[0].Foo): "Foo" is not a statement element
            {"Statement": [{"Effect": "Allow", "Resource": "*"}]}                        | line 1, column 16 ($.Statement[0]): the statement has no Action or NotAction element
            {"Statement": [{"Effect": "Allow", "Action": "*", "NotAction": "*"}]}          | line 1, column 51 ($.Statement[0].NotAction): a statement cannot have both Action and NotAction
            {"Version": "2012-10-18", "Statement": []}                                   | line 1, column 13 ($.Version): "2012-10-18" is not a policy version
            {"Statement": [{"Effect": "Allow", "Action": "*", "Condition": {"StringEqualz": {"a": "b"}}}]} | line 1, column 65 ($.Statement[0].Condition.StringEqualz): "StringEqualz" is not a condition operator
            {"Statement": [{"Effect": "Allow", "Action": 5}]}                            | line 1, column 46 ($.Statement[0].Action): expected a string or a list of strings, found a number
            {"Statement": [{"Effect": "Allow", "Principal": "arn:aws:iam::1:root", "Action": "*"}]} | line 1, column 49 ($.Statement[0].Principal): a Principal given as a string must be "*"
            {"Statement": [{"Effect": "Allow", "Action": "*"}                             | the JSON text ends too early
            """)
    void badPoliciesSayWhereAndWhat(String text, String expectedStart) {
        PolicyParseException error = assertThrows(PolicyParseException.class, () -> PolicyReader.parse(text.trim()));
        assertTrue(error.getMessage().startsWith(expectedStart) || error.getMessage().contains(expectedStart),
                "got: " + error.getMessage());
    }
}
