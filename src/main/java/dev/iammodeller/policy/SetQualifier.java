package dev.iammodeller.policy;

/** The set operators that compare a multivalued context key: none, ForAnyValue or ForAllValues. */
public enum SetQualifier {
    NONE(""), FOR_ANY_VALUE("ForAnyValue:"), FOR_ALL_VALUES("ForAllValues:");

    private final String prefix;

    SetQualifier(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
