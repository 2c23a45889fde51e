package dev.iammodeller.policy;

/** One value of a Principal or NotPrincipal element, under its type ({@code AWS}, {@code Service}, ...). */
public record PrincipalEntry(String type, String value, SourcePosition position, String path) {
    public static final String AWS = "AWS";
    public static final String SERVICE = "Service";
    public static final String FEDERATED = "Federated";
    public static final String CANONICAL_USER = "CanonicalUser";
}
