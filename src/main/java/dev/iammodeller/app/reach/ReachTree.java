package dev.iammodeller.app.reach;

import dev.iammodeller.analysis.ActionOutcome;
import dev.iammodeller.analysis.HighlightStyle;
import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.ReachReport;
import dev.iammodeller.analysis.ReachRow;
import dev.iammodeller.analysis.ReachRows;
import dev.iammodeller.analysis.Reacher;
import dev.iammodeller.catalog.AccessLevel;
import dev.iammodeller.diagram.ResourceFromArn;
import java.util.ArrayList;
import java.util.EnumMap;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Words;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.TreeItem;

/**
 * Builds the reach panel's tree from a report and the filter: forward, service → access level → one row per
 * action and target; reverse, route (direct, via role, ...) → one row per principal. Groups whose rows the
 * filter hides are left out; a filtered tree is shown expanded.
 */
final class ReachTree {
    /** The group of what the statements name but the canvas does not draw. */
    static final String NOT_DRAWN = "Not drawn";
    private ReachTree() {
    }

    static TreeItem<ReachTreeRow> of(ReachReport report, String filter) {
        TreeItem<ReachTreeRow> root = new TreeItem<>(ReachTreeRow.group("", ""));
        if (report == null) {
            return root;
        }
        boolean filtered = filter != null && !filter.isBlank();
        if (!report.reachers().isEmpty()) {
            reverse(root, report, filter);
        } else {
            List<ReachRow> rows = report.rows().stream().filter(row -> ReachRows.matches(row, filter)).toList();
            boolean many = report.rows().stream().map(ReachRow::principalId).distinct().count() > 1;
            ReachRows.grouped(rows).forEach((service, levels) -> {
                int count = levels.values().stream().mapToInt(List::size).sum();
                TreeItem<ReachTreeRow> serviceItem = new TreeItem<>(ReachTreeRow.group(service, Words.count(count, "row", "rows")));
                levels.forEach((level, leafs) -> serviceItem.getChildren().add(level(level, leafs, report, many, filtered)));
                serviceItem.setExpanded(filtered);
                root.getChildren().add(serviceItem);
            });
            notDrawn(root, report, filter);
        }
        root.setExpanded(true);
        return root;
    }

    private static TreeItem<ReachTreeRow> level(AccessLevel level, List<ReachRow> rows, ReachReport report, boolean many,
                                                boolean filtered) {
        TreeItem<ReachTreeRow> item = new TreeItem<>(ReachTreeRow.group(level.label(), Words.count(rows.size(), "row", "rows")));
        for (ReachRow row : rows) {
            String label = row.outcome().action().fullName() + (many ? "  (" + report.name(row.principalId()) + ")" : "");
            Outcome outcome = row.outcome().outcome();
            item.getChildren().add(new TreeItem<>(new ReachTreeRow(label, row.outcome().resource(), ReachRows.words(outcome),
                    outcomeClass(outcome.kind()), row, null)));
        }
        item.setExpanded(filtered);
        return item;
    }

    /**
     * What a user's or role's statements grant on ARNs the model does not draw: a group per ARN, marked not
     * drawn (the panel offers to draw it), its actions under it.
     */
    private static void notDrawn(TreeItem<ReachTreeRow> root, ReachReport report, String filter) {
        Entity subject = report.analysis().model().entities().get(report.subjectId());
        if (subject == null || !subject.kind().isIamPrincipal() || report.mode() != Highlights.Mode.FORWARD) {
            return;
        }
        Map<String, List<ReachRow>> byArn = new LinkedHashMap<>();
        for (ActionOutcome outcome : report.analysis().notDrawn(subject.id())) {
            ReachRow row = new ReachRow(subject.id(), outcome);
            if (ReachRows.matches(row, filter) || ("not drawn " + outcome.resource()).contains(filter.trim())) {
                byArn.computeIfAbsent(outcome.resource(), arn -> new ArrayList<>()).add(row);
            }
        }
        if (byArn.isEmpty()) {
            return;
        }
        TreeItem<ReachTreeRow> group = new TreeItem<>(ReachTreeRow.group(NOT_DRAWN,
                Words.count(byArn.size(), "resource", "resources")));
        byArn.forEach((arn, rows) -> {
            TreeItem<ReachTreeRow> item = new TreeItem<>(new ReachTreeRow(arn, Words.count(rows.size(), "action", "actions"),
                    "not drawn", null, null, null, ResourceFromArn.drawable(arn) ? arn : null));
            for (ReachRow row : rows) {
                Outcome outcome = row.outcome().outcome();
                item.getChildren().add(new TreeItem<>(new ReachTreeRow(row.outcome().action().fullName(), arn,
                        ReachRows.words(outcome), outcomeClass(outcome.kind()), row, null)));
            }
            group.getChildren().add(item);
        });
        group.setExpanded(true);
        root.getChildren().add(group);
    }

    private static void reverse(TreeItem<ReachTreeRow> root, ReachReport report, String filter) {
        Map<HighlightStyle, List<Reacher>> byStyle = new EnumMap<>(HighlightStyle.class);
        for (Reacher reacher : report.reachers()) {
            String text = (report.name(reacher.principalId()) + ' ' + reacher.explanation() + ' ' + reacher.style().label())
                    .toLowerCase(Locale.ROOT);
            if (filter == null || filter.isBlank() || text.contains(filter.toLowerCase(Locale.ROOT).trim())) {
                byStyle.computeIfAbsent(reacher.style(), s -> new ArrayList<>()).add(reacher);
            }
        }
        byStyle.forEach((style, reachers) -> {
            TreeItem<ReachTreeRow> group = new TreeItem<>(ReachTreeRow.group(style.label(),
                    Words.count(reachers.size(), "principal", "principals")));
            for (Reacher reacher : reachers) {
                String path = String.join(" → ", reacher.path().stream().map(report::name).toList());
                String outcome = reacher.conditions().isEmpty() ? style.label()
                        : "conditional on " + String.join(", ", reacher.conditions());
                group.getChildren().add(new TreeItem<>(new ReachTreeRow(report.name(reacher.principalId()), path, outcome,
                        style == HighlightStyle.DENIED ? "outcome-denied" : reacher.conditions().isEmpty()
                                ? "outcome-allowed" : "outcome-conditional", null, reacher)));
            }
            group.setExpanded(true);
            root.getChildren().add(group);
        });
    }

    static String outcomeClass(Outcome.Kind kind) {
        return switch (kind) {
            case ALLOWED -> "outcome-allowed";
            case CONDITIONAL -> "outcome-conditional";
            case EXPLICIT_DENY, IMPLICIT_DENY -> "outcome-denied";
        };
    }
}
