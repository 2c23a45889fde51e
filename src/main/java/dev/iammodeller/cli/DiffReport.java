package dev.iammodeller.cli;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.compare.Change;
import dev.iammodeller.analysis.compare.EntityChange;
import dev.iammodeller.analysis.compare.EntityPairing;
import dev.iammodeller.analysis.compare.EscalationChange;
import dev.iammodeller.analysis.compare.EscalationDifference;
import dev.iammodeller.analysis.compare.FindingChange;
import dev.iammodeller.analysis.compare.FindingDifference;
import dev.iammodeller.analysis.compare.ModelChanges;
import dev.iammodeller.analysis.compare.PrincipalReachChange;
import dev.iammodeller.analysis.compare.ReachDifference;
import dev.iammodeller.analysis.compare.ReachItem;
import dev.iammodeller.analysis.compare.RelationChange;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Words;
import java.util.List;
import java.util.function.Consumer;

/**
 * The report of {@code diff}: the model's changes, then per principal its reach gained and lost (written as each
 * principal is compared), then escalation paths opened and closed and findings raised, resolved and changed. Text
 * here; JSON in {@link DiffJson}. Each writer answers whether NEW grants anything new.
 */
final class DiffReport {
    private final Catalog catalog;
    private final AccessCheck base;
    private final AccessCheck next;
    private final EntityPairing pairing;

    DiffReport(Catalog catalog, AccessCheck base, AccessCheck next, EntityPairing pairing) {
        this.catalog = catalog;
        this.base = base;
        this.next = next;
        this.pairing = pairing;
    }

    /** Hands over each principal whose reach differs, as it is compared; answers how many gained something. */
    int reach(Consumer<PrincipalReachChange> out) {
        int[] gaining = {0};
        ReachDifference.each(catalog, base, next, pairing, change -> {
            if (!change.gained().isEmpty()) {
                gaining[0]++;
            }
            out.accept(change);
        });
        return gaining[0];
    }

    List<EscalationChange> escalations() {
        return EscalationDifference.of(base, next, pairing);
    }

    /** After {@link #escalations()}: the findings reuse each model's escalation answer. */
    List<FindingChange> findings() {
        return FindingDifference.of(catalog, base, next, pairing);
    }

    boolean json(String basePath, String newPath, ModelChanges changes, ReportJson out) {
        return new DiffJson(this).write(basePath, newPath, changes, out);
    }

    boolean text(ModelChanges changes, ReportText text) {
        text.append("Changes (").append(Words.count(changes.entities().size(), "entity", "entities")).append(", ")
                .append(Words.count(changes.relations().size(), "relation", "relations")).append("):\n");
        if (changes.isEmpty()) {
            text.append("  none\n");
        }
        for (EntityChange change : changes.entities()) {
            Entity subject = change.subject();
            text.append("  ").append(pad(change.change().word(), 8)).append(' ').append(subject.kind().json()).append("  ")
                    .append(name(subject, change.next() != null ? next.model() : base.model()));
            if (subject.arn() != null) {
                text.append("  ").append(subject.arn());
            }
            if (!change.aspects().isEmpty()) {
                text.append(": ").append(String.join(", ", change.aspects()));
            }
            text.append('\n');
        }
        for (RelationChange change : changes.relations()) {
            text.append("  ").append(pad(change.change().word(), 8)).append(" relation  ").append(change.text()).append('\n');
        }
        text.append("\nReach (+ gained, - lost; own permissions, then roles it can assume):\n");
        int[] shown = {0};
        int gaining = reach(change -> {
            shown[0]++;
            Entity principal = change.principal();
            text.append("  ").append(principal.name()).append("  ").append(principal.kind().json()).append("  ")
                    .append(principal.arn()).append('\n');
            change.gained().forEach(item -> item(text, '+', item));
            change.lost().forEach(item -> item(text, '-', item));
        });
        if (shown[0] == 0) {
            text.append("  no principal's reach changes\n");
        }
        List<EscalationChange> escalations = escalations();
        long opened = escalations.stream().filter(e -> e.change() == Change.ADDED).count();
        text.append("\nEscalation paths (").append(opened).append(" new, ").append(escalations.size() - opened)
                .append(" closed):\n");
        for (EscalationChange change : escalations) {
            Entity principal = (change.change() == Change.ADDED ? next : base).model().entities().get(change.gain().principalId());
            text.append("  ").append(change.change().word("new", "closed")).append("  ").append(principal.name()).append("  ")
                    .append(change.gain().principalArn()).append('\n');
            EscalationReport.appendGain(text, change.gain());
        }
        List<FindingChange> findings = findings();
        text.append("\nFindings (").append(count(findings, Change.ADDED)).append(" new, ").append(count(findings, Change.REMOVED))
                .append(" resolved, ").append(count(findings, Change.CHANGED)).append(" changed):\n");
        for (FindingChange change : findings) {
            Finding finding = change.finding();
            text.append("  ").append(change.change().word("new", "resolved")).append("  ").append(finding.severity().name());
            if (change.before() != null && change.before().severity() != finding.severity()) {
                text.append(" (was ").append(change.before().severity().name()).append(')');
            }
            text.append("  ").append(finding.code()).append("  ").append(FindingsReport.subject(finding)).append('\n')
                    .append("    ").append(finding.message()).append('\n');
        }
        text.append('\n').append(verdict(gaining, opened)).append('\n');
        return gaining > 0 || opened > 0;
    }

    /** The last line: what NEW grants that BASE did not, or that it grants nothing new. */
    static String verdict(int gaining, long opened) {
        if (gaining == 0 && opened == 0) {
            return "NEW grants nothing new: no principal gains reach or an escalation path.";
        }
        return "NEW grants new access: " + Words.count(gaining, "principal gains", "principals gain") + " reach, "
                + Words.count(opened, "escalation path opens", "escalation paths open") + ".";
    }

    private static void item(ReportText text, char sign, ReachItem item) {
        text.append("    ").append(sign).append(' ');
        if (item.equals(ReachItem.EVERYTHING)) {
            text.append("every action on every resource (administrator)\n");
            return;
        }
        text.append(item.action()).append(" on ").append(item.resource()).append("  ").append(item.outcomeWords()).append('\n');
    }

    /** An entity's name; an inline policy's with its holder's ("onboard-customers of provisioner"). */
    private static String name(Entity entity, IamModel model) {
        if (entity instanceof InlinePolicy policy) {
            Entity owner = model.entities().get(policy.owner());
            return policy.name() + " of " + (owner == null ? policy.owner() : owner.name());
        }
        return entity.name();
    }


    private static long count(List<FindingChange> findings, Change change) {
        return findings.stream().filter(f -> f.change() == change).count();
    }


    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
