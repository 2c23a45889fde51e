package dev.iammodeller.model;

/** The words a person uses for each kind, for labels and messages. */
public final class Words {
    private Words() {
    }

    /** "managed policy", "user", "organizational unit"... */
    public static String of(EntityKind kind) {
        switch (kind) {
            case ORGANIZATION_ROOT:
                return "organization root";
            case ORGANIZATIONAL_UNIT:
                return "organizational unit";
            case MANAGED_POLICY:
                return "managed policy";
            case INLINE_POLICY:
                return "inline policy";
            case IDENTITY_PROVIDER:
                return "identity provider";
            case ORGANIZATION_POLICY:
                return "organization policy";
            case PERMISSION_SET:
                return "permission set";
            case IDENTITY_CENTER_USER:
                return "Identity Center user";
            case IDENTITY_CENTER_GROUP:
                return "Identity Center group";
            default:
                return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "3,100": a whole number with its thousands marked, as the window and the reports of large models write counts. */
    public static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** "1 user", "3 users": a count with the word that goes with it. */
    public static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }
}
