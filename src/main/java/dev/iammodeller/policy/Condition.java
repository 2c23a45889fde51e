package dev.iammodeller.policy;

import java.util.List;

/**
 * One condition key under one operator: {@code "StringEquals": {"aws:username": ["a", "b"]}}.
 * Values are ORed; several conditions of one statement are ANDed.
 *
 * @param operatorText the operator as written, with its qualifier and IfExists
 * @param key          the condition key as written (keys compare case-insensitively)
 * @param lowerKey     the key lower-cased, for lookups
 */
public record Condition(String operatorText, ConditionOperator operator, SetQualifier qualifier, boolean ifExists,
                        String key, String lowerKey, List<PolicyTemplate> values,
                        SourcePosition position, String path) {
}
