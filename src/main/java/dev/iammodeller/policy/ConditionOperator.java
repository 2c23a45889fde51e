package dev.iammodeller.policy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The condition operators of the IAM policy language. A negated operator ({@code StringNotEquals},
 * {@code NotIpAddress}, ...) is true exactly where its positive form is false for a present key.
 */
public enum ConditionOperator {
    STRING_EQUALS("StringEquals", Family.STRING, false),
    STRING_NOT_EQUALS("StringNotEquals", Family.STRING, true),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Family.STRING, false),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Family.STRING, true),
    STRING_LIKE("StringLike", Family.STRING, false),
    STRING_NOT_LIKE("StringNotLike", Family.STRING, true),
    NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, false),
    NUMERIC_NOT_EQUALS("NumericNotEquals", Family.NUMERIC, true),
    NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, false),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Family.NUMERIC, false),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, false),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Family.NUMERIC, false),
    DATE_EQUALS("DateEquals", Family.DATE, false),
    DATE_NOT_EQUALS("DateNotEquals", Family.DATE, true),
    DATE_LESS_THAN("DateLessThan", Family.DATE, false),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", Family.DATE, false),
    DATE_GREATER_THAN("DateGreaterThan", Family.DATE, false),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Family.DATE, false),
    BOOL("Bool", Family.BOOL, false),
    BINARY_EQUALS("BinaryEquals", Family.BINARY, false),
    IP_ADDRESS("IpAddress", Family.IP_ADDRESS, false),
    NOT_IP_ADDRESS("NotIpAddress", Family.IP_ADDRESS, true),
    ARN_EQUALS("ArnEquals", Family.ARN, false),
    ARN_LIKE("ArnLike", Family.ARN, false),
    ARN_NOT_EQUALS("ArnNotEquals", Family.ARN, true),
    ARN_NOT_LIKE("ArnNotLike", Family.ARN, true),
    NULL("Null", Family.NULL, false);

    /** The kind of value an operator compares. */
    public enum Family { STRING, NUMERIC, DATE, BOOL, BINARY, IP_ADDRESS, ARN, NULL }

    private static final Map<String, ConditionOperator> BY_NAME = new HashMap<>();

    static {
        for (ConditionOperator operator : values()) {
            BY_NAME.put(operator.jsonName.toLowerCase(Locale.ROOT), operator);
        }
    }

    private final String jsonName;
    private final Family family;
    private final boolean negated;

    ConditionOperator(String jsonName, Family family, boolean negated) {
        this.jsonName = jsonName;
        this.family = family;
        this.negated = negated;
    }

    /** The operator for its name (without a set qualifier or IfExists), or null. */
    public static ConditionOperator byName(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    public String jsonName() {
        return jsonName;
    }

    public Family family() {
        return family;
    }

    public boolean negated() {
        return negated;
    }

    /** Wildcards in the policy value are wildcards only for the Like operators and the Arn family. */
    public boolean usesWildcards() {
        return this == STRING_LIKE || this == STRING_NOT_LIKE || family == Family.ARN;
    }
}
