package dev.iammodeller.policy.lint;

import dev.iammodeller.catalog.ActionSet;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Statement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks each action against the language and the catalogue: malformed actions are errors; unknown
 * services and actions are warnings (AWS adds and retires actions faster than any catalogue), with
 * the closest known action; an action another entry of the same list covers is a suggestion.
 */
final class ActionChecks {
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9*?-]+:[A-Za-z0-9*?-]+");

    private ActionChecks() {
    }

    static void check(LintSubject subject, LintFindings findings) {
        Catalog catalog = subject.catalog();
        WildcardExpansions expansions = new WildcardExpansions(catalog);
        for (Statement statement : subject.document().statements()) {
            List<ActionPattern> actions = statement.actions();
            for (ActionPattern action : actions) {
                String text = action.text();
                if (text.equals("*")) {
                    continue;
                }
                if (!WELL_FORMED.matcher(text).matches()) {
                    findings.add("MALFORMED_ACTION", LintSeverity.ERROR, action.position(), action.path(),
                            malformed(text));
                    continue;
                }
                String prefix = action.servicePrefix();
                if (prefix != null && !catalog.knowsService(prefix)) {
                    findings.add("UNKNOWN_SERVICE", LintSeverity.WARNING, action.position(), action.path(),
                            "no AWS service has the prefix \"" + prefix + "\"; check the spelling of \"" + text + "\"");
                } else if (catalog.expand(text).size() == 0) {
                    findings.add("UNKNOWN_ACTION", LintSeverity.WARNING, action.position(), action.path(),
                            unknownAction(catalog, text));
                }
            }
            redundantActions(expansions, actions, findings);
        }
    }

    private static String malformed(String text) {
        if (text.indexOf(':') < 0) {
            return "\"" + text + "\" has no service prefix: write it as service:Action, such as s3:GetObject";
        }
        return "\"" + text + "\" is not an action: an action is service:Action with letters, digits, '-' and the "
                + "wildcards * and ?";
    }

    private static String unknownAction(Catalog catalog, String text) {
        boolean wildcard = text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
        if (wildcard) {
            return "\"" + text + "\" matches no action the catalogue knows";
        }
        List<String> closest = catalog.closestActions(text, 1);
        String hint = closest.isEmpty() ? "" : "; did you mean " + closest.get(0) + "?";
        return "the catalogue knows no action \"" + text + "\"" + hint
                + " (a new action AWS added since may still be right)";
    }

    private static void redundantActions(WildcardExpansions expansions, List<ActionPattern> actions, LintFindings findings) {
        ActionEntries entries = new ActionEntries(actions, expansions);
        for (int i = 0; i < actions.size(); i++) {
            ActionPattern covered = actions.get(i);
            int index = i;
            int wider = entries.first(covered, j -> j != index && covers(expansions.catalog(), actions.get(j), covered)
                    && !(covers(expansions.catalog(), covered, actions.get(j)) && index < j));
            if (wider >= 0) {
                findings.add("REDUNDANT_ACTION", LintSeverity.SUGGESTION, covered.position(), covered.path(),
                        "\"" + covered.text() + "\" is already covered by \"" + actions.get(wider).text()
                                + "\" in the same list: remove it");
            }
        }
    }

    /** True when every action {@code narrow} names is also named by {@code wide}. */
    static boolean covers(Catalog catalog, ActionPattern wide, ActionPattern narrow) {
        if (wide.text().equals("*")) {
            return true;
        }
        if (narrow.text().indexOf('*') < 0 && narrow.text().indexOf('?') < 0) {
            return wide.matches(narrow.text());
        }
        if (wide.text().equalsIgnoreCase(narrow.text())) {
            return true;
        }
        ActionSet narrowSet = catalog.expand(narrow.text());
        return narrowSet.size() > 0 && narrowSet.minus(catalog.expand(wide.text())).size() == 0
                && wide.text().toLowerCase(Locale.ROOT).indexOf('*') >= 0;
    }
}
