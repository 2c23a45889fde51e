package dev.iammodeller.app.reach;

import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.DecisiveStatement;
import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.analysis.IndirectReach;
import dev.iammodeller.analysis.ReachReport;
import dev.iammodeller.app.live.HighlightLegend;
import dev.iammodeller.app.live.LiveAnalysis;
import dev.iammodeller.app.live.ReachStyling;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Creation;
import dev.iammodeller.diagram.ResourceFromArn;
import dev.iammodeller.model.Entity;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The reach panel: the selected entity's reach by service and access level (or, in "who can reach this",
 * the principals that reach it by route), a filter, the roles it can assume and the compute it drives;
 * selecting a row shows the statements that decided it and the way there, and double-clicking a statement
 * opens it in the policy editor.
 */
public final class ReachPanel {
    private final LiveAnalysis live;
    private final VBox root = new VBox(6);
    private final TreeTableView<ReachTreeRow> table = new TreeTableView<>();
    private final TextField filter = new TextField();
    private final Label subject = new Label("Select a node to see what it reaches.");
    /** What the table says when it has no row: nothing selected, nothing matches the filter, or nothing reached. */
    private final Label placeholder = new Label();
    /** What the lists of roles and of driven compute say when empty: "none" for a selection, nothing without one. */
    private final Label noRoles = new Label();
    private final Label noIndirect = new Label();
    private final ListView<Assumption> roles = new ListView<>();
    private final ListView<IndirectReach.Driven> indirect = new ListView<>();
    private final ListView<DecisiveStatement> statements = new ListView<>();
    private final Label path = new Label();

    public ReachPanel(LiveAnalysis live, StatementOpener opener) {
        this.live = live;
        root.setId("reach-panel");
        root.setPadding(new Insets(6));
        root.getStylesheets().add(ReachPanel.class.getResource(ReachStyling.STYLESHEET).toExternalForm());
        subject.setId("reach-subject");
        subject.getStyleClass().add("panel-title");
        ToggleButton reverse = new ToggleButton("Who can reach this");
        reverse.setId("reach-reverse");
        reverse.selectedProperty().bindBidirectional(live.reverseProperty());
        reverse.setTooltip(new Tooltip("For a resource, role or policy: the principals that reach it, and how."));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("reach-busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(live.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        subject.setWrapText(true);
        subject.setMaxWidth(Double.MAX_VALUE);
        reverse.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(6, busy, gap, reverse);

        filter.setId("reach-filter");
        filter.setPromptText("Filter: action, resource, level, outcome…");
        filter.textProperty().addListener((observable, before, after) -> refresh());
        table();
        lists(opener);

        TitledPane rolesPane = new TitledPane("Roles it can assume", roles);
        TitledPane indirectPane = new TitledPane("Indirect reach (compute it drives)", indirect);
        indirectPane.setTooltip(new Tooltip("The compute it can make act for it (update a function's code, send a"
                + " command to an instance…), and the role that compute runs as."));
        // the titles never hold the panel wider than it is (the longer one was 339 px: cut at the window's edge)
        rolesPane.setMinWidth(0);
        indirectPane.setMinWidth(0);
        Label deciding = new Label("Deciding statements (double-click to open)");
        deciding.setWrapText(true);
        VBox details = new VBox(4, deciding, statements, path);
        VBox.setVgrow(statements, Priority.ALWAYS);
        // the lists keep a few rows however the split is dragged; the statements take what is left
        roles.setMinHeight(64);
        roles.setPlaceholder(noRoles);
        indirect.setPlaceholder(noIndirect);
        indirect.setMinHeight(52);
        statements.setMinHeight(48);
        SplitPane split = new SplitPane(table, new VBox(4, rolesPane, indirectPane, details));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("reach-problem");
        problem.textProperty().bind(live.problemProperty());
        problem.setWrapText(true);
        root.getChildren().addAll(subject, header, new HighlightLegend().node(), filter, split, problem);
        live.reportProperty().addListener((observable, before, after) -> show(after));
        // several nodes selected or none: the report stays null from one to the other, and what the panel says changes
        live.editor().selection().addListener((javafx.collections.SetChangeListener<String>) change -> {
            if (live.reportProperty().get() == null) {
                show(null);
            }
        });
        show(live.reportProperty().get());
    }

    public Node node() {
        return root;
    }

    private void table() {
        table.setId("reach-table");
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setPadding(new Insets(0, 12, 0, 12));
        placeholder.setId("reach-placeholder");
        table.setPlaceholder(placeholder);
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<ReachTreeRow, String> what = new TreeTableColumn<>("Service / level / action");
        what.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().label()));
        TreeTableColumn<ReachTreeRow, String> target = new TreeTableColumn<>("Resource / path");
        target.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().target()));
        what.setCellFactory(column -> new WholeOnHoverCell());
        target.setCellFactory(column -> new WholeOnHoverCell());
        TreeTableColumn<ReachTreeRow, ReachTreeRow> outcome = new TreeTableColumn<>("Outcome");
        outcome.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        outcome.setCellFactory(column -> new TreeTableCell<>() {
            /** An outcome is cut at its end in a narrow column ("conditional o…"): whole on hover. */
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(ReachTreeRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("outcome-allowed", "outcome-conditional", "outcome-denied");
                boolean none = empty || row == null || row.outcome() == null || row.outcome().isEmpty();
                setText(none ? null : row.outcome());
                whole.setText(none ? "" : row.outcome());
                setTooltip(none ? null : whole);
                setGraphic(empty || row == null || row.notDrawn() == null ? null : drawLink(row.notDrawn()));
                if (!empty && row != null && row.outcomeClass() != null) {
                    getStyleClass().add(row.outcomeClass());
                }
            }
        });
        // the service and action names are what is read first; an outcome is a word or "96 rows"
        what.setPrefWidth(160);
        target.setPrefWidth(122);
        outcome.setMinWidth(72); // "171 rows" whole
        // in a narrow panel the titles take two lines rather than being cut
        WrappedColumnTitle.wrap(what, "Service / level / action");
        WrappedColumnTitle.wrap(target, "Resource / path");
        table.getColumns().setAll(List.of(what, target, outcome));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> selected(item));
    }

    /**
     * A cell whose text, when the column is too narrow, is shortened in the middle (an ARN keeps its service and
     * its end: "arn:aws:s3:::quarterly…/final.csv"), the whole text on hover.
     */
    private static final class WholeOnHoverCell extends TreeTableCell<ReachTreeRow, String> {
        private final Tooltip whole = new Tooltip();

        WholeOnHoverCell() {
            setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            whole.setWrapText(true);
            whole.setMaxWidth(640);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean none = empty || text == null || text.isEmpty();
            setText(none ? null : text);
            whole.setText(none ? "" : text);
            setTooltip(none ? null : whole);
        }
    }

    /** "Draw it": puts a resource an ARN the statements name on the canvas, as one undoable edit. */
    private Hyperlink drawLink(String arn) {
        Hyperlink link = new Hyperlink("Draw it");
        link.getStyleClass().add("reach-draw-not-drawn");
        link.setTooltip(new Tooltip("Add the resource " + arn + " names to the canvas (Undo takes it away)."));
        link.setOnAction(event -> drawNotDrawn(arn));
        return link;
    }

    /** Draws the resource an ARN names in the ARN's account, or the selected principal's; says what it did. */
    void drawNotDrawn(String arn) {
        ReachReport report = live.reportProperty().get();
        EditorState editor = live.editor();
        Entity principal = report == null ? null : editor.model().entities().get(report.subjectId());
        Creation creation = ResourceFromArn.add(editor.model(), arn, principal == null ? null : principal.account());
        if (creation.isRefused()) {
            path.setText(creation.refusal());
            return;
        }
        path.setText(editor.submit(creation.command()).map(refusal -> "Not drawn: " + refusal)
                .orElse(creation.command().label() + " (Undo takes it away)."));
    }

    private void lists(StatementOpener opener) {
        roles.setId("reach-roles");
        roles.setPrefHeight(90);
        roles.setCellFactory(list -> new WrappedTextCell<>(assumption -> {
            ReachReport report = live.reportProperty().get();
            String chain = String.join(" → ", assumption.chain().stream().map(report::name).toList());
            return chain + (assumption.conditions().isEmpty() ? "" : "  (only with " + String.join(", ",
                    assumption.conditions()) + ")") + "  —  " + report.summary(assumption.roleId());
        }));
        indirect.setId("reach-indirect");
        indirect.setPrefHeight(70);
        indirect.setCellFactory(list -> new WrappedTextCell<>(driven -> {
            ReachReport report = live.reportProperty().get();
            return report.name(driven.computeId()) + " (" + driven.action() + ") as role " + report.name(driven.roleId())
                    + "  —  " + report.summary(driven.roleId());
        }));
        statements.setId("reach-statements");
        statements.setCellFactory(list -> new WrappedTextCell<>(s -> s.layerLabel() + ": " + s.describe()));
        statements.setOnMouseClicked(event -> {
            DecisiveStatement statement = statements.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && statement != null && statement.policyId() != null) {
                opener.open(statement.policyId(), statement.line());
            }
        });
        path.setId("reach-path");
        path.setWrapText(true);
        path.getStyleClass().add("panel-hint");
    }

    private void show(ReachReport report) {
        if (report == null) {
            subject.setText(live.editor().selection().size() > 1
                    ? "Several nodes selected: select one to see what it reaches."
                    : "Select a node to see what it reaches.");
        } else {
            subject.setText((report.mode() == Highlights.Mode.REVERSE ? "Who can reach "
                    : "What ") + report.name(report.subjectId()) + (report.mode()
                    == Highlights.Mode.REVERSE ? "" : " reaches"));
        }
        noRoles.setText(report == null ? "" : "none");
        noIndirect.setText(noRoles.getText());
        roles.getItems().setAll(report == null ? List.of() : report.roles());
        indirect.getItems().setAll(report == null ? List.of() : report.indirect());
        statements.getItems().clear();
        path.setText("");
        refresh();
    }

    private void refresh() {
        ReachReport report = live.reportProperty().get();
        table.setRoot(ReachTree.of(report, filter.getText()));
        boolean several = live.editor().selection().size() > 1;
        placeholder.setText(report == null ? (several ? "Several nodes selected" : "Nothing selected")
                : !filter.getText().isBlank() ? "No row matches the filter"
                : report.mode() == Highlights.Mode.REVERSE
                        ? "Nothing in the model reaches " + report.name(report.subjectId())
                        : report.name(report.subjectId()) + " reaches nothing"
                                + (report.roles().isEmpty() && report.indirect().isEmpty() ? ""
                                        : " itself: the roles it can assume and the compute it drives are below"));
    }

    private void selected(TreeItem<ReachTreeRow> item) {
        statements.getItems().clear();
        path.setText("");
        ReachReport report = live.reportProperty().get();
        if (item == null || report == null) {
            return;
        }
        ReachTreeRow row = item.getValue();
        if (row.row() != null) {
            statements.getItems().setAll(report.decisive(row.row()));
            var outcome = row.row().outcome();
            path.setText(report.name(row.row().principalId()) + " → " + outcome.action().fullName() + " on "
                    + outcome.resource() + ": " + outcome.outcome().decision().reason());
        } else if (row.reacher() != null) {
            path.setText(row.reacher().explanation());
        }
    }
}
