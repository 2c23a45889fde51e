package dev.iammodeller.app.findings;

import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.FindingSubjects;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.app.live.LiveAnalysis;
import dev.iammodeller.app.live.ReachStyling;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every finding of the model, grouped by severity, each with the IAM rule behind it; selecting one frames
 * its entities on the canvas (through the {@link Framer} the window gives).
 */
public final class FindingsPanel {
    private final VBox root = new VBox(6);
    private final TreeView<Object> tree = new TreeView<>();
    private final Label rule = new Label();
    private final Label summary = new Label("Analysing the model…");

    public FindingsPanel(LiveAnalysis live, Framer framer) {
        root.setId("findings-panel");
        root.setPadding(new Insets(6));
        root.getStylesheets().add(FindingsPanel.class.getResource(ReachStyling.STYLESHEET).toExternalForm());
        summary.setId("findings-summary");
        summary.getStyleClass().add("panel-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("findings-busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(live.modelBusyProperty());
        tree.setId("findings-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new FindingCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        rule.setId("finding-rule");
        rule.setWrapText(true);
        rule.getStyleClass().add("panel-hint");
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (item != null && item.getValue() instanceof Finding finding) {
                rule.setText(finding.message() + "\nWhy: " + finding.rule());
                framer.frame(FindingSubjects.of(live.editor().model(), finding));
            } else {
                rule.setText("");
            }
        });
        root.getChildren().addAll(new HBox(6, summary, busy), tree, rule);
        live.findings().addListener((ListChangeListener<Finding>) change -> show(live.findings()));
        show(live.findings());
    }

    public Node node() {
        return root;
    }

    private void show(List<? extends Finding> findings) {
        Map<Severity, TreeItem<Object>> groups = new EnumMap<>(Severity.class);
        for (Finding finding : findings) {
            groups.computeIfAbsent(finding.severity(), severity -> {
                TreeItem<Object> group = new TreeItem<>(severity);
                group.setExpanded(true);
                return group;
            }).getChildren().add(new TreeItem<>(finding));
        }
        TreeItem<Object> top = new TreeItem<>("findings");
        top.getChildren().setAll(groups.values());
        tree.setRoot(top);
        summary.setText(findings.isEmpty() ? "No findings" : findings.size() + (findings.size() == 1 ? " finding" : " findings"));
    }

    /** A severity heading with its count, or one finding: code, subject, message; the rule on hover. */
    private static final class FindingCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("finding-high", "finding-medium", "finding-low", "finding-info");
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Severity severity) {
                setText(severity.name() + " (" + getTreeItem().getChildren().size() + ")");
                getStyleClass().add("finding-" + severity.label());
            } else if (item instanceof Finding finding) {
                setText(finding.code() + "  " + finding.subjectId() + ": " + finding.message());
                setTooltip(new Tooltip(finding.rule()));
                getStyleClass().add("finding-" + finding.severity().label());
            }
        }
    }
}
