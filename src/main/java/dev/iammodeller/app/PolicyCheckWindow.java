package dev.iammodeller.app;

import dev.iammodeller.app.policyeditor.PolicyCheck;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.catalog.Catalog;
import java.util.concurrent.CompletableFuture;
import dev.iammodeller.app.policyeditor.PolicyCheckView;
import dev.iammodeller.policy.lint.LintOptions;
import dev.iammodeller.policy.lint.PolicyType;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Tools › Check a Policy…: type or paste a policy, choose what kind of policy it is, and read the findings as
 * you type, in the policy editor's own view of a {@link PolicyCheck}; choosing a finding puts the cursor on
 * the offending element.
 */
final class PolicyCheckWindow {
    private final Stage stage = new Stage();
    private final PolicyCheckView view;

    /** @param catalog the AWS catalogue as it loads: a check waits for it in the background */
    PolicyCheckWindow(Window owner, BackgroundWork background, CompletableFuture<Catalog> catalog) {
        PolicyCheck check = new PolicyCheck(background, catalog::join, LintOptions.of(PolicyType.IDENTITY));
        this.view = new PolicyCheckView(check);
        stage.initOwner(owner);
        stage.setTitle("Check a policy — IAM Modeller");
        ComboBox<PolicyType> type = new ComboBox<>();
        type.setId("policy-type");
        type.getItems().setAll(PolicyType.values());
        type.setValue(check.optionsProperty().get().type());
        type.valueProperty().addListener((observable, before, after) -> {
            check.optionsProperty().set(LintOptions.of(after));
            check.check();
        });
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

        Label summary = new Label();
        summary.setId("findings-summary");
        summary.textProperty().bind(check.summaryProperty());
        BorderPane.setMargin(summary, new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(view.node(), top, null, summary, null);
        root.getStylesheets().add(PolicyCheckWindow.class.getResource("/app/policy-editor.css").toExternalForm());
        Scene scene = new Scene(root, 760, 620);
        stage.setUserData(this);
        scene.getStylesheets().add(PolicyCheckWindow.class.getResource("/app/iam-modeller.css").toExternalForm());
        dev.iammodeller.app.theme.OwnersTheme.on(root, owner);
        stage.setScene(scene);
    }

    void show() {
        stage.show();
        view.goToLine(1);
    }
}
