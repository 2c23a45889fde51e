package dev.iammodeller.analysis.fixes;

/** A name IAM accepts for a policy made by a fix: letters, digits and {@code +=,.@_-}, at most 128 characters. */
final class IamName {
    private IamName() {
    }

    static String of(String wanted) {
        String cleaned = wanted.replaceAll("[^A-Za-z0-9+=,.@_-]", "-");
        return cleaned.length() > 128 ? cleaned.substring(0, 128) : cleaned;
    }
}
