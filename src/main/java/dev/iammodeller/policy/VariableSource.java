package dev.iammodeller.policy;

/** Supplies the values of policy variables, such as {@code aws:username}, from a request context. */
@FunctionalInterface
public interface VariableSource {
    /**
     * The single value of the context key, or null when the request has no value (or several values)
     * for it. Keys are passed lower-cased.
     */
    String variable(String lowerCaseKey);
}
