package dev.iammodeller.diagram;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;

/** Fresh names, ids and account numbers that the model does not hold yet. */
public final class Naming {
    private Naming() {
    }

    /** {@code name} itself when it is neither an id nor the name of a {@code kind}, else {@code name-1}, ... */
    public static String freeOr(IamModel model, EntityKind kind, String name) {
        return free(model, kind, name) ? name : fresh(model, kind, name);
    }

    /** {@code base-1}, {@code base-2}, ...: the first that is neither an id nor the name of a {@code kind}. */
    public static String fresh(IamModel model, EntityKind kind, String base) {
        for (int n = 1; ; n++) {
            String candidate = base + "-" + n;
            if (free(model, kind, candidate)) {
                return candidate;
            }
        }
    }

    /** {@code name-copy}, {@code name-copy-2}, ...: a name for a copy, free as an id and as a name. */
    public static String copyOf(IamModel model, EntityKind kind, String name) {
        String candidate = name + "-copy";
        for (int n = 2; !free(model, kind, candidate); n++) {
            candidate = name + "-copy-" + n;
        }
        return candidate;
    }

    /** The next unused account number: 111111111111, 222222222222, ..., then 100000000001 upwards. */
    public static String freshAccountId(IamModel model) {
        for (int digit = 1; digit <= 9; digit++) {
            String id = String.valueOf(digit).repeat(12);
            if (model.account(id).isEmpty()) {
                return id;
            }
        }
        for (long n = 100000000001L; ; n++) {
            if (model.account(Long.toString(n)).isEmpty()) {
                return Long.toString(n);
            }
        }
    }

    private static boolean free(IamModel model, EntityKind kind, String candidate) {
        if (model.entities().containsKey(candidate)) {
            return false;
        }
        for (Entity e : model.entities().values()) {
            if (e.kind() == kind && e.name().equals(candidate)) {
                return false;
            }
            if (e instanceof Account a && a.id().equals(candidate)) {
                return false;
            }
        }
        return true;
    }
}
