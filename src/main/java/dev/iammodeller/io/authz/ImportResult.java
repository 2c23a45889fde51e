package dev.iammodeller.io.authz;

import dev.iammodeller.model.IamModel;
import java.util.List;

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
 * @param warnings         what the user should know about the files themselves (a file that names several
 *                         accounts), one sentence each
 * @param more             what else was imported, for the summary ({@code organization o-x: 2 units, ...}), or ""
 */
public record ImportResult(IamModel model, int users, int groups, int roles, int policies, int accounts,
                           List<String> notes, List<String> warnings, String more) {
    public ImportResult {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public ImportResult(IamModel model, int users, int groups, int roles, int policies, int accounts,
                        List<String> notes, List<String> warnings) {
        this(model, users, groups, roles, policies, accounts, notes, warnings, "");
    }

    /** {@code imported 12 users, 3 groups, 20 roles, 31 policies from 1 account}. */
    public String summary() {
        return "imported " + count(users, "user", "users") + ", " + count(groups, "group", "groups") + ", "
                + count(roles, "role", "roles") + ", " + count(policies, "policy", "policies") + " from "
                + count(accounts, "account", "accounts") + (more.isEmpty() ? "" : "; " + more);
    }

    private static String count(int n, String one, String many) {
        return dev.iammodeller.model.Words.count(n, one, many);
    }
}
