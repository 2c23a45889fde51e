package dev.iammodeller.app.findings;

import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.analysis.findings.FindingSubjects;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.app.live.LiveAnalysis;
import dev.iammodeller.app.live.ReachStyling;
import dev.iammodeller.model.Words;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Every finding of the model, grouped by severity, each with the IAM rule behind it, then the accepted ones
 * apart; filters by severity, rule, account and text; accept (with a reason) and un-accept. Selecting a
 * finding frames its entities on the canvas (through the {@link Framer} the window gives). Decisions live in
 * {@link FindingsViewModel}; this class only binds.
 */
public final class FindingsPanel {
    private static final String ACCEPTED = "Accepted";

    private final VBox root = new VBox(6);
    private final TreeView<Object> tree = new TreeView<>();
    private final Label rule = new Label();
    private final Label summary = new Label("Analysing the model…");
    private final Label problem = new Label();
    private final FindingsViewModel view;
    private java.util.function.Consumer<Finding> onFixes = finding -> { };

    /** What What-if Fixes… does for a finding (opens the fixes that close it; a guarded outside trust has none to ask for). */
    public void setOnFixes(java.util.function.Consumer<Finding> onFixes) {
        this.onFixes = onFixes;
    }

    public FindingsPanel(LiveAnalysis live, Framer framer) {
        this(live, framer, null);
    }

    public FindingsPanel(LiveAnalysis live, Framer framer, ReasonAsker reasons) {
        ReasonAsker asker = reasons != null ? reasons : this::askReason;
        view = new FindingsViewModel(live.editor(), live.findings(), () -> System.getProperty("user.name"),
                Clock.systemUTC());
        root.setId("findings-panel");
        root.setPadding(new Insets(6));
        root.getStylesheets().add(FindingsPanel.class.getResource(ReachStyling.STYLESHEET).toExternalForm());
        summary.setId("findings-summary");
        summary.getStyleClass().add("panel-title");
        summary.setWrapText(true); // "245 findings so far · Working out the escalations of 3,100 principals…"
        summary.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        // a model just opened: what is being analysed until its findings are in (with those in so far), then how many
        // and what they lack when the escalations could not be worked out
        summary.textProperty().bind(Bindings.createStringBinding(() -> live.progressProperty().get().isEmpty()
                        ? view.summaryProperty().get() + (live.modelProblemProperty().get().isEmpty() ? ""
                                : ", " + live.modelProblemProperty().get())
                        : live.findings().isEmpty() ? live.progressProperty().get()
                        : view.summaryProperty().get() + " so far · " + live.progressProperty().get(),
                live.progressProperty(), view.summaryProperty(), live.findings(), live.modelProblemProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("findings-busy");
        busy.setPrefSize(16, 16);
        busy.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE); // beside a summary that wraps, never squeezed out
        busy.visibleProperty().bind(live.modelBusyProperty());
        busy.progressProperty().bind(live.modelProgressProperty());

        ComboBox<Severity> severity = new ComboBox<>(FXCollections.observableArrayList(Severity.values()));
        severity.getItems().add(0, null);
        severity.setId("findings-severity");
        severity.setPromptText("All severities");
        cells(severity, converter("All severities", Severity::label));
        severity.valueProperty().bindBidirectional(view.severityProperty());
        ComboBox<String> code = choices("findings-code", "All rules", view.codes(), view.codeProperty());
        ComboBox<String> account = choices("findings-account", "All accounts", view.accounts(), view.accountProperty());
        TextField text = new TextField();
        text.setId("findings-text");
        text.setPromptText("Filter by name, ARN, text");
        text.setPrefColumnCount(16); // the prompt whole (it was cut at 1280 × 800 and 1600 × 1000); on a row of its own when narrow
        text.textProperty().bindBidirectional(view.textProperty());
        FlowPane filters = new FlowPane(6, 6, severity, code, account, text);

        tree.setId("findings-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new FindingCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        rule.setId("finding-rule");
        rule.setWrapText(true);
        rule.getStyleClass().add("panel-hint");
        problem.setId("findings-problem");
        problem.setWrapText(true);

        Button accept = new Button("Accept…");
        accept.setId("finding-accept");
        accept.disableProperty().bind(Bindings.createBooleanBinding(() -> !(selected() instanceof Finding),
                tree.getSelectionModel().selectedItemProperty()));
        accept.setOnAction(event -> {
            if (selected() instanceof Finding finding) {
                asker.ask(finding).ifPresent(reason -> show(view.accept(finding, reason)));
            }
        });
        Button unaccept = new Button("Un-accept");
        unaccept.setId("finding-unaccept");
        unaccept.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !(selected() instanceof FindingsViewModel.AcceptedRow),
                tree.getSelectionModel().selectedItemProperty()));
        unaccept.setOnAction(event -> {
            if (selected() instanceof FindingsViewModel.AcceptedRow row) {
                show(view.unaccept(row.finding()));
            }
        });

        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            Object value = item == null ? null : item.getValue();
            if (value instanceof Finding finding) {
                rule.setText(finding.message() + "\nWhy: " + finding.rule());
                framer.frame(FindingSubjects.of(live.editor().model(), finding));
            } else if (value instanceof FindingsViewModel.AcceptedRow row) {
                rule.setText(row.finding().message() + "\nAccepted: " + row.acceptance().reason());
                framer.frame(FindingSubjects.of(live.editor().model(), row.finding()));
            } else {
                rule.setText("");
            }
        });
        Button fixes = new Button("What-if Fixes…");
        fixes.setId("finding-fixes");
        fixes.disableProperty().bind(Bindings.createBooleanBinding(() -> !(selected() instanceof Finding f
                && (!Findings.EXTERNAL_TRUST.equals(f.code()) || f.severity() == Severity.HIGH)),
                tree.getSelectionModel().selectedItemProperty()));
        fixes.setOnAction(event -> {
            if (selected() instanceof Finding finding) {
                onFixes.accept(finding);
            }
        });
        root.getChildren().addAll(new HBox(6, summary, busy), filters, tree, new HBox(6, accept, unaccept, fixes),
                problem, rule);
        view.open().addListener((ListChangeListener<Finding>) change -> rebuild());
        view.accepted().addListener((ListChangeListener<FindingsViewModel.AcceptedRow>) change -> rebuild());
        rebuild();
    }

    public Node node() {
        return root;
    }

    /** The view model the panel binds to. */
    public FindingsViewModel viewModel() {
        return view;
    }

    private Object selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void show(Optional<String> refusal) {
        problem.setText(refusal.orElse(""));
    }

    /** A severity with more findings than this lists them by rule ("ESCALATION (1,058)"), each rule a branch. */
    static final int GROUPED_BY_RULE = 100;
    /** A rule's branch with at most this many findings opens expanded; a longer one waits to be opened. */
    static final int RULE_EXPANDED = 30;

    /** One rule's findings of one severity, under that severity when it has more than {@link #GROUPED_BY_RULE}. */
    record RuleGroup(Severity severity, String code) {
    }

    private void rebuild() {
        Map<Severity, java.util.List<Finding>> bySeverity = new EnumMap<>(Severity.class);
        for (Finding finding : view.open()) {
            bySeverity.computeIfAbsent(finding.severity(), severity -> new java.util.ArrayList<>()).add(finding);
        }
        TreeItem<Object> top = new TreeItem<>("findings");
        bySeverity.forEach((severity, findings) -> {
            TreeItem<Object> group = new TreeItem<>(severity);
            group.setExpanded(true);
            if (findings.size() <= GROUPED_BY_RULE) {
                findings.forEach(finding -> group.getChildren().add(new TreeItem<>(finding)));
            } else {
                // thousands of findings in one list are read by no one, and a tree of rows of wrapped text that long
                // keeps the window measuring rows for seconds: by rule, the long ones closed until opened
                Map<String, TreeItem<Object>> byRule = new java.util.LinkedHashMap<>();
                for (Finding finding : findings) {
                    byRule.computeIfAbsent(finding.code(), code -> new TreeItem<>(new RuleGroup(severity, code)))
                            .getChildren().add(new TreeItem<>(finding));
                }
                byRule.values().forEach(rule -> rule.setExpanded(rule.getChildren().size() <= RULE_EXPANDED));
                group.getChildren().setAll(byRule.values());
            }
            top.getChildren().add(group);
        });
        if (!view.accepted().isEmpty()) {
            TreeItem<Object> accepted = new TreeItem<>(ACCEPTED);
            accepted.setExpanded(true);
            view.accepted().forEach(row -> accepted.getChildren().add(new TreeItem<>(row)));
            top.getChildren().add(accepted);
        }
        tree.setRoot(top);
    }

    /** How many findings a severity or rule branch holds ("1,058"). */
    private static String count(TreeItem<Object> item) {
        int n = 0;
        for (TreeItem<Object> child : item.getChildren()) {
            n += child.getValue() instanceof RuleGroup ? child.getChildren().size() : 1;
        }
        return Words.number(n);
    }

    /**
     * A filter's choices, "All …" (null) first, bound to {@code chosen}. While its choices are replaced the box is not
     * bound: replacing a box's items moves its selection, and the filter took another value for a moment (the panel
     * was built again twice each time the findings came in).
     */
    private static ComboBox<String> choices(String id, String all, javafx.collections.ObservableList<String> values,
                                            javafx.beans.property.Property<String> chosen) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(all);
        cells(box, converter(all, value -> value));
        Runnable fill = () -> {
            box.valueProperty().unbindBidirectional(chosen);
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(values);
            box.getItems().setAll(items);
            if (!values.contains(chosen.getValue())) {
                chosen.setValue(null); // a rule or account no finding has any longer
            }
            box.valueProperty().bindBidirectional(chosen);
        };
        values.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        return box;
    }

    /** The "All ..." choice (null) reads as such in the list and on the button. */
    private static <T> void cells(ComboBox<T> box, StringConverter<T> converter) {
        box.setConverter(converter);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    private static <T> StringConverter<T> converter(String none, java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private Optional<String> askReason(Finding finding) {
        TextInputDialog dialog = new TextInputDialog();
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
            dev.iammodeller.app.theme.OwnersTheme.on(dialog);
        }
        dialog.setTitle("Accept finding");
        dialog.setHeaderText("Accept " + finding.code() + " of " + finding.subjectName() + "?\nIt will be listed apart"
                + " and not counted; the reason is kept in the model file.");
        dialog.setContentText("Reason:");
        return dialog.showAndWait().filter(reason -> !reason.isBlank());
    }

    /** A severity heading or "Accepted" with its count, or one finding: rule, subject name, message; the rule on hover. */
    private static final class FindingCell extends TreeCell<Object> {
        /** Room the tree takes left of a finding's text (its indentation and disclosure arrow), and some to spare. */
        private static final double INDENT = 64;
        /** The cell's tooltip, its text set for each finding shown (a tooltip made for each took the list's first build). */
        private final Tooltip hover = new Tooltip();

        FindingCell() {
            // a finding wraps to the panel's width rather than being cut (the tree never scrolls sideways)
            setWrapText(true);
            setPrefWidth(0);
        }

        /** As tall as the text wrapped in the width it is given after the tree's indentation, which the skin leaves out. */
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width > INDENT ? width - INDENT : width);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("finding-high", "finding-medium", "finding-low", "finding-info", "finding-accepted");
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Severity severity) {
                setText(severity.name() + " (" + count(getTreeItem()) + ")");
                getStyleClass().add("finding-" + severity.label());
            } else if (item instanceof RuleGroup rule) {
                setText(rule.code() + " (" + count(getTreeItem()) + ")");
                getStyleClass().add("finding-" + rule.severity().label());
            } else if (item instanceof String heading) {
                setText(heading + " (" + Words.number(getTreeItem().getChildren().size()) + ")");
                getStyleClass().add("finding-accepted");
            } else if (item instanceof Finding finding) {
                setText(finding.code() + "  " + finding.subjectName() + ": " + finding.message());
                hover.setText(finding.subjectArn() == null ? finding.rule() : finding.subjectArn() + "\n" + finding.rule());
                setTooltip(hover);
                getStyleClass().add("finding-" + finding.severity().label());
            } else if (item instanceof FindingsViewModel.AcceptedRow row) {
                setText(row.finding().severity().label() + "  " + row.finding().code() + "  "
                        + row.finding().subjectName() + ": accepted, " + row.acceptance().reason());
                hover.setText(row.finding().message());
                setTooltip(hover);
                getStyleClass().add("finding-accepted");
            }
        }
    }
}
