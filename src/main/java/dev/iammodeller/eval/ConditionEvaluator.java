package dev.iammodeller.eval;

import dev.iammodeller.catalog.WildcardPattern;
import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.ConditionOperator;
import dev.iammodeller.policy.PolicyTemplate;
import dev.iammodeller.policy.SetQualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decides one condition against a request context, as AWS documents it: values of one key are ORed,
 * a negated operator is the negation of its positive form for a present key, a missing key makes a
 * positive operator false and a negated one true, {@code ...IfExists} is true for a missing key,
 * {@code ForAllValues} is true and {@code ForAnyValue} false for a missing key, and {@code Null} tests
 * presence.
 */
public final class ConditionEvaluator {
    private ConditionEvaluator() {
    }

    /** True when the condition holds; keys the request lacks are reported to {@code missing}. */
    public static boolean holds(Condition condition, RequestContext context, Consumer<String> missing) {
        String[] actual = context.values(condition.lowerKey());
        ConditionOperator operator = condition.operator();
        if (operator == ConditionOperator.NULL) {
            boolean present = actual != null;
            if (!present) {
                missing.accept(condition.key());
            }
            for (PolicyTemplate value : condition.values()) {
                String text = value.literal(context, missing);
                if (text != null && ((text.equalsIgnoreCase("true") && !present)
                        || (text.equalsIgnoreCase("false") && present))) {
                    return true;
                }
            }
            return false;
        }
        if (actual == null) {
            missing.accept(condition.key());
            if (condition.ifExists() || condition.qualifier() == SetQualifier.FOR_ALL_VALUES) {
                return true;
            }
            if (condition.qualifier() == SetQualifier.FOR_ANY_VALUE) {
                return false;
            }
            return operator.negated();
        }
        Object[] policyValues = resolve(condition, context, missing);
        boolean negated = operator.negated();
        switch (condition.qualifier()) {
            case FOR_ANY_VALUE:
                for (String value : actual) {
                    if (matchesAny(operator, value, policyValues) != negated) {
                        return true;
                    }
                }
                return false;
            case FOR_ALL_VALUES:
                for (String value : actual) {
                    if (matchesAny(operator, value, policyValues) == negated) {
                        return false;
                    }
                }
                return true;
            default:
                for (String value : actual) {
                    if (matchesAny(operator, value, policyValues)) {
                        return !negated;
                    }
                }
                return negated;
        }
    }

    /** Policy values for this request: patterns for Like operators, strings otherwise; null when unresolved. */
    private static Object[] resolve(Condition condition, RequestContext context, Consumer<String> missing) {
        List<PolicyTemplate> templates = condition.values();
        Object[] out = new Object[templates.size()];
        boolean like = condition.operator() == ConditionOperator.STRING_LIKE
                || condition.operator() == ConditionOperator.STRING_NOT_LIKE;
        for (int i = 0; i < out.length; i++) {
            PolicyTemplate template = templates.get(i);
            out[i] = like ? template.pattern(context, missing) : template.literal(context, missing);
        }
        return out;
    }

    /** True when the request value matches at least one policy value under the positive form. */
    private static boolean matchesAny(ConditionOperator operator, String value, Object[] policyValues) {
        for (Object policyValue : policyValues) {
            if (policyValue != null && matches(operator, value, policyValue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(ConditionOperator operator, String value, Object policyValue) {
        switch (operator) {
            case STRING_EQUALS:
            case STRING_NOT_EQUALS:
                return value.equals(policyValue);
            case STRING_EQUALS_IGNORE_CASE:
            case STRING_NOT_EQUALS_IGNORE_CASE:
                return value.equalsIgnoreCase((String) policyValue);
            case STRING_LIKE:
            case STRING_NOT_LIKE:
                return ((WildcardPattern) policyValue).matches(value);
            case BOOL:
                return value.equalsIgnoreCase((String) policyValue);
            case BINARY_EQUALS:
                return ConditionValues.binaryEquals(value, (String) policyValue);
            case IP_ADDRESS:
            case NOT_IP_ADDRESS: {
                IpRange range = IpRange.parse((String) policyValue);
                return range != null && range.contains(IpRange.address(value.trim()));
            }
            case ARN_EQUALS:
            case ARN_LIKE:
            case ARN_NOT_EQUALS:
            case ARN_NOT_LIKE:
                return arnMatches(value, (String) policyValue);
            default:
                return compare(operator, value, (String) policyValue);
        }
    }

    private static boolean compare(ConditionOperator operator, String value, String policyValue) {
        int order;
        if (operator.family() == ConditionOperator.Family.NUMERIC) {
            BigDecimal left = ConditionValues.number(value);
            BigDecimal right = ConditionValues.number(policyValue);
            if (left == null || right == null) {
                return false;
            }
            order = left.compareTo(right);
        } else {
            BigDecimal left = ConditionValues.dateSeconds(value);
            BigDecimal right = ConditionValues.dateSeconds(policyValue);
            if (left == null || right == null) {
                return false;
            }
            order = left.compareTo(right);
        }
        switch (operator) {
            case NUMERIC_EQUALS:
            case NUMERIC_NOT_EQUALS:
            case DATE_EQUALS:
            case DATE_NOT_EQUALS:
                return order == 0;
            case NUMERIC_LESS_THAN:
            case DATE_LESS_THAN:
                return order < 0;
            case NUMERIC_LESS_THAN_EQUALS:
            case DATE_LESS_THAN_EQUALS:
                return order <= 0;
            case NUMERIC_GREATER_THAN:
            case DATE_GREATER_THAN:
                return order > 0;
            case NUMERIC_GREATER_THAN_EQUALS:
            case DATE_GREATER_THAN_EQUALS:
                return order >= 0;
            default:
                throw new IllegalStateException("not a comparison: " + operator);
        }
    }

    /** Arn operators compare each of the six colon-separated parts on its own, with wildcards in each. */
    static boolean arnMatches(String value, String policyValue) {
        String[] policyParts = policyValue.split(":", 6);
        if (policyParts.length < 6) {
            return WildcardPattern.compile(policyValue, false).matches(value);
        }
        String[] valueParts = value.split(":", 6);
        if (valueParts.length < 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!WildcardPattern.compile(policyParts[i], false).matches(valueParts[i])) {
                return false;
            }
        }
        return true;
    }
}
