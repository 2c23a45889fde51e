package dev.iammodeller.app;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.work.NewestAnswer;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.lint.LintFinding;
import dev.iammodeller.policy.lint.LintOptions;
import dev.iammodeller.policy.lint.PolicyLint;
import dev.iammodeller.policy.lint.PolicyType;
import dev.iammodeller.policy.lint.LintSeverity;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the policy checker: the text, the policy type, and the lint findings for the newest
 * text. Lint runs in the background on every change; a result for an older text is dropped.
 */
final class PolicyCheckViewModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<PolicyType> type = new SimpleObjectProperty<>(PolicyType.IDENTITY);
    private final ObservableList<LintFinding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final CompletableFuture<Catalog> catalog;
    private final NewestAnswer lint;

    PolicyCheckViewModel(CompletableFuture<Catalog> catalog, BackgroundWork background) {
        this.catalog = catalog;
        this.lint = new NewestAnswer(background);
        text.addListener((observable, before, after) -> check());
        type.addListener((observable, before, after) -> check());
    }

    StringProperty textProperty() {
        return text;
    }

    ObjectProperty<PolicyType> typeProperty() {
        return type;
    }

    ObservableList<LintFinding> findings() {
        return findings;
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Lints the current text in the background; only the newest request's answer is shown. */
    void check() {
        lint.forget();
        String policy = text.get();
        LintOptions options = LintOptions.of(type.get());
        if (policy.isBlank()) {
            findings.clear();
            summary.set("Paste or type a policy to check it.");
            return;
        }
        summary.set(catalog.isDone() ? "Checking…" : "Loading the AWS catalogue…");
        lint.run(() -> new PolicyLint(catalog.join()).check(policy, options), result -> {
            findings.setAll(result);
            summary.set(summarise(result));
        }, failure -> summary.set("Could not check the policy: " + failure.getMessage()));
    }

    static String summarise(List<LintFinding> result) {
        if (result.isEmpty()) {
            return "No findings: the policy is well formed and raises no warning.";
        }
        long errors = result.stream().filter(f -> f.severity() == LintSeverity.ERROR).count();
        long security = result.stream().filter(f -> f.severity() == LintSeverity.SECURITY_WARNING).count();
        long other = result.size() - errors - security;
        return errors + (errors == 1 ? " error, " : " errors, ") + security
                + (security == 1 ? " security warning, " : " security warnings, ") + other + " other";
    }
}
