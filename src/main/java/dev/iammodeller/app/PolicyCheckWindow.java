package dev.iammodeller.app;

import dev.iammodeller.policy.lint.LintFinding;
import dev.iammodeller.policy.lint.PolicyType;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * A policy checker: type or paste a policy, choose what kind of policy it is, and read the lint
 * findings as you type; clicking a finding puts the cursor on the offending element.
 */
final class PolicyCheckWindow {
    private final Stage stage = new Stage();
    private final TextArea editor = new TextArea();
    /** Held here: bidirectional bindings keep only weak references to the model's properties. */
    private final PolicyCheckViewModel model;

    PolicyCheckWindow(Window owner, PolicyCheckViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Check a policy — IAM Modeller");
        ComboBox<PolicyType> type = new ComboBox<>();
        type.setId("policy-type");
        type.getItems().setAll(PolicyType.values());
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(PolicyType value) {
                return value == null ? "" : value.cliName() + " policy";
            }

            @Override
            public PolicyType fromString(String text) {
                return PolicyType.byName(text.replace(" policy", ""));
            }
        });
        type.setTooltip(new Tooltip("The kind of policy decides the rules: a trust policy names who may assume "
                + "a role, an SCP never names a principal, ..."));
        HBox top = new HBox(8, new Label("Check as"), type);
        top.setPadding(new Insets(8));

        editor.setId("policy-text");
        editor.getStyleClass().add("policy-text");
        editor.setWrapText(true);
        editor.setPromptText("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [ ... ]\n}");
        editor.textProperty().bindBidirectional(model.textProperty());

        ListView<LintFinding> findings = new ListView<>(model.findings());
        findings.setId("findings");
        findings.setCellFactory(list -> new FindingCell());
        findings.getSelectionModel().selectedItemProperty().addListener((observable, before, finding) -> {
            if (finding != null) {
                moveCaretTo(finding.position().line(), finding.position().column());
            }
        });

        SplitPane split = new SplitPane(editor, findings);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        Label summary = new Label();
        summary.setId("findings-summary");
        summary.textProperty().bind(model.summaryProperty());
        BorderPane.setMargin(summary, new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(split, top, null, summary, null);
        Scene scene = new Scene(root, 760, 620);
        stage.setUserData(this);
        scene.getStylesheets().add(PolicyCheckWindow.class.getResource("/app/iam-modeller.css").toExternalForm());
        dev.iammodeller.app.theme.OwnersTheme.on(root, owner);
        stage.setScene(scene);
        model.check();
    }

    void show() {
        stage.show();
        editor.requestFocus();
    }

    private void moveCaretTo(int line, int column) {
        String text = editor.getText();
        int offset = 0;
        for (int current = 1; current < line && offset >= 0; current++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return;
            }
        }
        editor.positionCaret(Math.min(text.length(), offset + Math.max(0, column - 1)));
        editor.requestFocus();
    }

    /** One finding: where, how bad, which check, what to do. */
    private static final class FindingCell extends ListCell<LintFinding> {
        @Override
        protected void updateItem(LintFinding finding, boolean empty) {
            super.updateItem(finding, empty);
            getStyleClass().removeAll("finding-error", "finding-security-warning", "finding-warning", "finding-suggestion");
            if (empty || finding == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setTooltip(new Tooltip(finding.message()));
            setText(finding.position().line() + ":" + finding.position().column() + "  " + finding.severity().label()
                    + "  " + finding.code() + "  " + finding.message());
            getStyleClass().add("finding-" + finding.severity().label());
        }
    }
}
