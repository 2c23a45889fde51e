package dev.iammodeller.policy;

/**
 * An Amazon Resource Name: {@code arn:partition:service:region:account:resource}. The resource part may
 * itself hold colons and slashes.
 */
public record Arn(String text, String partition, String service, String region, String account, String resource) {

    /** The ARN, or null when the text is not shaped like one. */
    public static Arn parseOrNull(String text) {
        int accountEnd = accountEnd(text);
        if (accountEnd < 0) {
            return null;
        }
        int partitionEnd = text.indexOf(':', 4);
        int serviceEnd = text.indexOf(':', partitionEnd + 1);
        int regionEnd = text.indexOf(':', serviceEnd + 1);
        return new Arn(text, text.substring(4, partitionEnd), text.substring(partitionEnd + 1, serviceEnd),
                text.substring(serviceEnd + 1, regionEnd), text.substring(regionEnd + 1, accountEnd),
                text.substring(accountEnd + 1));
    }

    /** True when {@link #parseOrNull} reads the text as an ARN; nothing is built. */
    public static boolean isWellFormed(String text) {
        return accountEnd(text) >= 0;
    }

    /** Where the account part of an ARN ends (its colon), or -1 when the text is not an ARN. */
    private static int accountEnd(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return -1;
        }
        int partitionEnd = text.indexOf(':', 4);
        int serviceEnd = partitionEnd < 0 ? -1 : text.indexOf(':', partitionEnd + 1);
        int regionEnd = serviceEnd < 0 ? -1 : text.indexOf(':', serviceEnd + 1);
        int accountEnd = regionEnd < 0 ? -1 : text.indexOf(':', regionEnd + 1);
        if (accountEnd < 0 || partitionEnd == 4 || serviceEnd == partitionEnd + 1) {
            return -1;
        }
        return accountEnd;
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
