package dev.iammodeller.io.authz;

import dev.iammodeller.model.IamModel;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An imported model and what the import has to say about it.
 *
 * @param model            the model: accounts, users, groups, roles, managed and inline policies, relations
 * @param users            users imported
 * @param groups           groups imported
 * @param roles            roles imported
 * @param policies         managed policies in the model (customer and AWS managed; inline policies not counted)
 * @param accounts         accounts imported
 * @param notes            what was left out or taken from elsewhere, one sentence each, in the order met
 * @param instanceProfiles the instance profiles of each role (role id to profile names): the model has no
 *                         place for them yet, so they are kept here, not in the model; in role id order
 */
public record ImportResult(IamModel model, int users, int groups, int roles, int policies, int accounts,
                           List<String> notes, Map<String, List<String>> instanceProfiles) {
    public ImportResult {
        notes = List.copyOf(notes);
        instanceProfiles = Collections.unmodifiableMap(new TreeMap<>(instanceProfiles));
    }

    /** {@code imported 12 users, 3 groups, 20 roles, 31 policies from 1 account}. */
    public String summary() {
        return "imported " + count(users, "user", "users") + ", " + count(groups, "group", "groups") + ", "
                + count(roles, "role", "roles") + ", " + count(policies, "policy", "policies") + " from "
                + count(accounts, "account", "accounts");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
