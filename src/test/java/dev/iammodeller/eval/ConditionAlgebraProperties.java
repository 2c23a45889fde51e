package dev.iammodeller.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.PolicyReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("a", "A", "ab", "a*", "?b", "10", "10.0", "2024-01-01", "2024-01-01T00:00:00Z",
                        "203.0.113.9", "203.0.113.0/24", "2001:db8::1", "2001:db8::/32",
                        "arn:aws:s3:::b", "arn:aws:iam::111111111111:role/r", "arn:aws:iam::*:role/*"),
                Arbitraries.strings().withChars("ab*?:/.0123").ofMaxLength(6));
    }

    @Provide
    Arbitrary<Integer> pair() {
        return Arbitraries.integers().between(0, PAIRS.size() - 1);
    }

    @Property(tries = 2000)
    void aNegatedOperatorIsTheNegationWhereTheKeyIsPresent(@ForAll("pair") int pair,
                                                           @ForAll("values") String policyValue,
                                                           @ForAll("values") String requestValue) {
        RequestContext context = RequestContext.builder().put("k:key", requestValue).build();
        boolean positive = holds(PAIRS.get(pair)[0], policyValue, context);
        boolean negated = holds(PAIRS.get(pair)[1], policyValue, context);
        assertEquals(!positive, negated, PAIRS.get(pair)[0] + " " + policyValue + " vs " + requestValue);
        assertEquals(positive, holds(PAIRS.get(pair)[0] + "IfExists", policyValue, context));
        assertEquals(negated, holds(PAIRS.get(pair)[1] + "IfExists", policyValue, context));
    }

    @Property(tries = 200)
    void aMissingKeyFailsPositiveOperatorsAndPassesNegatedAndIfExists(@ForAll("pair") int pair,
                                                                       @ForAll("values") String policyValue) {
        RequestContext empty = RequestContext.builder().build();
        assertEquals(false, holds(PAIRS.get(pair)[0], policyValue, empty));
        assertEquals(true, holds(PAIRS.get(pair)[1], policyValue, empty));
        assertTrue(holds(PAIRS.get(pair)[0] + "IfExists", policyValue, empty));
    }

    private static boolean holds(String operator, String value, RequestContext context) {
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\","
                + " \"Resource\": \"*\", \"Condition\": {\"" + operator + "\": {\"k:key\": \""
                + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}}}";
        Condition condition = PolicyReader.parse(policy).statements().get(0).conditions().get(0);
        return ConditionEvaluator.holds(condition, context, key -> { });
    }
}
