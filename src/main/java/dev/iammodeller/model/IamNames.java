package dev.iammodeller.model;

import java.util.regex.Pattern;

/** IAM's character and length rules for names and paths, and the model's rule for ids. */
public final class IamNames {
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");
    private static final Pattern PATH = Pattern.compile("/|/[\\u0021-\\u007E]*/");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:@/+=,-]+");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final int MAX_TAGS = 50;

    private IamNames() {
    }

    /** Why {@code name} is not a valid name of this kind, or null when it is. */
    public static String nameProblem(EntityKind kind, String name) {
        int max;
        switch (kind) {
            case PERMISSION_SET:
                max = 32;
                break;
            case USER:
            case ROLE:
                max = 64;
                break;
            case GROUP:
            case MANAGED_POLICY:
            case INLINE_POLICY:
                max = 128;
                break;
            default:
                return name == null || name.isBlank() ? "the name is empty" : null;
        }
        if (name == null || name.isEmpty()) {
            return "the name is empty";
        }
        if (name.length() > max) {
            return "a " + kind.json() + " name has at most " + max + " characters, \"" + name + "\" has " + name.length();
        }
        if (!NAME.matcher(name).matches()) {
            return "\"" + name + "\" is not an IAM name: use letters, digits and + = , . @ _ -";
        }
        return null;
    }

    /**
     * The key under which IAM keeps a name unique: the kind, the account and the name in lower case (IAM
     * names "are not distinguished by case": Alice and alice cannot both be users of one account); null for
     * kinds whose names IAM does not keep unique.
     */
    public static String uniquenessKey(Entity entity) {
        EntityKind kind = entity.kind();
        if (kind != EntityKind.USER && kind != EntityKind.GROUP && kind != EntityKind.ROLE
                && kind != EntityKind.MANAGED_POLICY) {
            return null;
        }
        return kind.json() + "|" + entity.account() + "|" + entity.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Why {@code path} is not an IAM path, or null when it is. */
    public static String pathProblem(String path) {
        if (path == null || path.length() > 512 || !PATH.matcher(path).matches()) {
            return "\"" + path + "\" is not an IAM path: it starts and ends with / (such as /division/), "
                    + "with printable characters between, at most 512 in all";
        }
        return null;
    }

    /**
     * Why these tags are not IAM tags, or null when they are: at most 50, keys of 1 to 128 characters
     * not starting with {@code aws:}, values of at most 256, letters, digits, spaces and _ . : / = + - @.
     */
    public static String tagsProblem(java.util.Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            return "an IAM user or role has at most " + MAX_TAGS + " tags, not " + tags.size();
        }
        for (java.util.Map.Entry<String, String> tag : tags.entrySet()) {
            String key = tag.getKey();
            String value = tag.getValue();
            if (key.isEmpty() || key.length() > 128) {
                return "a tag key has 1 to 128 characters, \"" + key + "\" has " + key.length();
            }
            if (key.regionMatches(true, 0, "aws:", 0, 4)) {
                return "the tag key \"" + key + "\" starts with aws:, which AWS keeps for itself";
            }
            if (value.length() > 256) {
                return "a tag value has at most 256 characters, the value of \"" + key + "\" has " + value.length();
            }
            if (!TAG_TEXT.matcher(key).matches() || !TAG_TEXT.matcher(value).matches()) {
                return "the tag \"" + key + "\" = \"" + value + "\" uses characters IAM refuses: "
                        + "use letters, digits, spaces and _ . : / = + - @";
            }
        }
        return null;
    }

    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static boolean isAccountId(String id) {
        return id != null && ACCOUNT_ID.matcher(id).matches();
    }
}
