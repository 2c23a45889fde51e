package dev.iammodeller.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.PolicyReader;
import dev.iammodeller.testing.RandomInputs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The algebra of condition operators: where the key is present, a negated operator is exactly the
 * negation of its positive form; IfExists changes nothing for a present key; a missing key makes the
 * positive form false, the negated form true, and IfExists true.
 */
class ConditionAlgebraProperties {
    private static final List<String[]> PAIRS = List.of(
            new String[] {"StringEquals", "StringNotEquals"},
            new String[] {"StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase"},
            new String[] {"StringLike", "StringNotLike"},
            new String[] {"NumericEquals", "NumericNotEquals"},
            new String[] {"DateEquals", "DateNotEquals"},
            new String[] {"IpAddress", "NotIpAddress"},
            new String[] {"ArnEquals", "ArnNotEquals"},
            new String[] {"ArnLike", "ArnNotLike"});

    private static final List<String> KNOWN_VALUES = List.of("a", "A", "ab", "a*", "?b", "10", "10.0", "2024-01-01",
            "2024-01-01T00:00:00Z", "203.0.113.9", "203.0.113.0/24", "2001:db8::1", "2001:db8::/32",
            "arn:aws:s3:::b", "arn:aws:iam::111111111111:role/r", "arn:aws:iam::*:role/*");

    /** Every known value, then random short strings of wildcards, separators and digits. */
    private static List<String> values(long seed, int random) {
        List<String> out = new ArrayList<>(KNOWN_VALUES);
        RandomInputs inputs = new RandomInputs(seed);
        for (int i = 0; i < random; i++) {
            out.add(inputs.string("ab*?:/.0123", 0, 6));
        }
        return out;
    }

    @Test
    void aNegatedOperatorIsTheNegationWhereTheKeyIsPresent() {
        List<String> values = values(31, 24);
        for (String[] pair : PAIRS) {
            for (String policyValue : values) {
                for (String requestValue : values) {
                    RequestContext context = RequestContext.builder().put("k:key", requestValue).build();
                    boolean positive = holds(pair[0], policyValue, context);
                    boolean negated = holds(pair[1], policyValue, context);
                    String where = pair[0] + " " + policyValue + " vs " + requestValue;
                    assertEquals(!positive, negated, where);
                    assertEquals(positive, holds(pair[0] + "IfExists", policyValue, context), where);
                    assertEquals(negated, holds(pair[1] + "IfExists", policyValue, context), where);
                }
            }
        }
    }

    @Test
    void aMissingKeyFailsPositiveOperatorsAndPassesNegatedAndIfExists() {
        RequestContext empty = RequestContext.builder().build();
        for (String[] pair : PAIRS) {
            for (String policyValue : values(32, 24)) {
                assertEquals(false, holds(pair[0], policyValue, empty), pair[0] + " " + policyValue);
                assertEquals(true, holds(pair[1], policyValue, empty), pair[1] + " " + policyValue);
                assertTrue(holds(pair[0] + "IfExists", policyValue, empty), pair[0] + " " + policyValue);
            }
        }
    }

    private static boolean holds(String operator, String value, RequestContext context) {
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\","
                + " \"Resource\": \"*\", \"Condition\": {\"" + operator + "\": {\"k:key\": \""
                + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}}}";
        Condition condition = PolicyReader.parse(policy).statements().get(0).conditions().get(0);
        return ConditionEvaluator.holds(condition, context, key -> { });
    }
}
