package dev.iammodeller.analysis.compare;

import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a comparison's table, in the order of the {@code diff} report: the model's changes, each principal's
 * reach gained and lost, the escalation paths opened and closed, the findings raised, resolved and changed.
 */
public final class ComparisonRows {
    /** How many reach items a row names before it says how many more. */
    static final int ITEMS_SHOWN = 3;

    private ComparisonRows() {
    }

    public static List<ComparisonRow> of(ModelComparison comparison, ComparisonUnion union) {
        IamModel model = union.model();
        EntityPairing pairing = comparison.pairing();
        List<ComparisonRow> rows = new ArrayList<>();
        for (EntityChange change : comparison.changes().entities()) {
            String id = change.next() != null ? change.next().id() : change.base().id();
            rows.add(new ComparisonRow(change.change().word(), Words.of(change.subject().kind()) + " " + change.subject().name(),
                    String.join(", ", change.aspects()), model.entities().containsKey(id) ? id : null));
        }
        for (RelationChange change : comparison.changes().relations()) {
            rows.add(new ComparisonRow(change.change().word(), change.text(), change.relation().kind().json(),
                    focus(model, change.change() == Change.ADDED ? change.to().id() : pairing.unionId(change.to().id()))));
        }
        for (PrincipalReachChange change : comparison.reach()) {
            String id = unionIdOf(comparison, change.principal());
            if (!change.gained().isEmpty()) {
                rows.add(new ComparisonRow("new reach", change.principal().name(), items(change.gained()), focus(model, id)));
            }
            if (!change.lost().isEmpty()) {
                rows.add(new ComparisonRow("lost reach", change.principal().name(), items(change.lost()), focus(model, id)));
            }
        }
        for (EscalationChange change : comparison.escalations()) {
            boolean added = change.change() == Change.ADDED;
            String id = added ? change.gain().principalId() : pairing.unionId(change.gain().principalId());
            Entity principal = model.entities().get(id);
            rows.add(new ComparisonRow(change.change().word("new", "closed") + " path",
                    principal == null ? change.gain().principalArn() : principal.name(),
                    "gains " + change.gain().gains() + " (" + change.gain().path().rule() + ")", focus(model, id)));
        }
        for (FindingChange change : comparison.findings()) {
            Finding finding = change.finding();
            String id = change.change() == Change.REMOVED ? pairing.unionId(finding.subjectId()) : finding.subjectId();
            rows.add(new ComparisonRow(change.change().word("new", "resolved") + " finding", finding.subjectName(),
                    finding.severity().label() + " " + finding.code() + ": " + finding.message(), focus(model, id)));
        }
        return rows;
    }

    /** The union's id of the principal a reach change is about. */
    static String unionIdOf(ModelComparison comparison, Entity principal) {
        return comparison.next().entities().get(principal.id()) == principal ? principal.id()
                : comparison.pairing().unionId(principal.id());
    }

    private static String focus(IamModel model, String id) {
        return model.entities().containsKey(id) ? id : null;
    }

    private static String items(List<ReachItem> items) {
        List<String> shown = new ArrayList<>();
        for (ReachItem item : items.subList(0, Math.min(ITEMS_SHOWN, items.size()))) {
            shown.add(item.equals(ReachItem.EVERYTHING) ? "every action on every resource"
                    : item.action() + " on " + item.resource() + (item.conditions().isEmpty() ? "" : " (" + item.outcomeWords() + ")"));
        }
        String text = String.join("; ", shown);
        return items.size() > ITEMS_SHOWN ? text + "; and " + (items.size() - ITEMS_SHOWN) + " more" : text;
    }
}
