package dev.iammodeller.model;

import java.util.regex.Pattern;

/** IAM's character and length rules for names and paths, and the model's rule for ids. */
public final class IamNames {
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");
    private static final Pattern PATH = Pattern.compile("/|/[\\u0021-\\u007E]*/");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:@/+=,-]+");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

    private IamNames() {
    }

    /** Why {@code name} is not a valid name of this kind, or null when it is. */
    public static String nameProblem(EntityKind kind, String name) {
        int max;
        switch (kind) {
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

    /** Why {@code path} is not an IAM path, or null when it is. */
    public static String pathProblem(String path) {
        if (path == null || path.length() > 512 || !PATH.matcher(path).matches()) {
            return "\"" + path + "\" is not an IAM path: it starts and ends with / (such as /division/), "
                    + "with printable characters between, at most 512 in all";
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
