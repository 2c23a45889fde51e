package dev.iammodeller.policy;

/**
 * An Amazon Resource Name: {@code arn:partition:service:region:account:resource}. The resource part may
 * itself hold colons and slashes.
 */
public record Arn(String text, String partition, String service, String region, String account, String resource) {

    /** The ARN, or null when the text is not shaped like one. */
    public static Arn parseOrNull(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return null;
        }
        String[] parts = text.split(":", 6);
        if (parts.length < 6 || parts[1].isEmpty() || parts[2].isEmpty()) {
            return null;
        }
        return new Arn(text, parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    /** The ARN, or an exception that says what is wrong with it. */
    public static Arn parse(String text) {
        Arn arn = parseOrNull(text);
        if (arn == null) {
            throw new IllegalArgumentException("\"" + text + "\" is not an ARN (expected arn:partition:service:region:account:resource)");
        }
        return arn;
    }

    public static boolean isAccountId(String text) {
        if (text == null || text.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The resource type: the resource part up to its first '/' or ':' ("user", "role", "key", ...). */
    public String resourceType() {
        int end = resource.length();
        int slash = resource.indexOf('/');
        int colon = resource.indexOf(':');
        if (slash >= 0) {
            end = slash;
        }
        if (colon >= 0 && colon < end) {
            end = colon;
        }
        return resource.substring(0, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
