package dev.iammodeller.app.policyeditor;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.work.NewestAnswer;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.lint.LintOptions;
import dev.iammodeller.policy.lint.LintSeverity;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The policy checker: a policy text, the kind of policy it is checked as, and the newest {@link PolicyDiagnosis}
 * of the two (the parser's error, then lint's findings, worst first). A check runs in the background and only
 * the newest one's answer is kept. The one checker of the window: behind the policy editor (which adds the model's
 * text, Revert and Apply) and Tools › Check a Policy… (which adds the choice of the kind).
 */
public final class PolicyCheck {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<LintOptions> options;
    private final ReadOnlyObjectWrapper<PolicyDiagnosis> diagnosis = new ReadOnlyObjectWrapper<>(this, "diagnosis");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Supplier<Catalog> catalog;
    private final NewestAnswer answers;

    /**
     * @param catalog gives the AWS catalogue for lint, asked in the background; null, or a supplier that gives
     *                null, while it is not loaded (then only the parser speaks)
     */
    public PolicyCheck(BackgroundWork background, Supplier<Catalog> catalog, LintOptions options) {
        this.answers = new NewestAnswer(background);
        this.catalog = catalog;
        this.options = new SimpleObjectProperty<>(this, "options", options);
        text.addListener((observable, before, after) -> summary.set(waiting()));
        summary.set(waiting());
    }

    private String waiting() {
        return text.get().isBlank() ? "Paste or type a policy to check it." : "Checking…";
    }

    /** Checks the text as it is now, as the kind of policy chosen now; an answer for an older text is dropped. */
    public void check() {
        String mine = text.get();
        LintOptions as = options.get();
        answers.run(() -> PolicyDiagnosis.of(mine, as, catalog == null ? null : catalog.get()), result -> {
            if (mine.equals(text.get())) {
                failure.set("");
                diagnosis.set(result);
                summary.set(text.get().isBlank() ? waiting() : summary(result));
            }
        }, thrown -> {
            failure.set(thrown.getMessage() == null ? thrown.toString() : thrown.getMessage());
            summary.set("Could not check the policy: " + failure.get());
        });
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The kind of policy the text is checked as (and its account, and whether AWS manages it). */
    public ObjectProperty<LintOptions> optionsProperty() {
        return options;
    }

    /** The newest diagnosis: of the text as it is, or as it was when last checked. */
    public ReadOnlyObjectProperty<PolicyDiagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    /** Why the newest check could not be made, or "". */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** One line on the newest check: "Checking…", its findings counted ({@link #summary(PolicyDiagnosis)}), a failure. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "No findings: ..." or "1 error, 0 security warnings, 2 other": the diagnosis counted by severity. */
    public static String summary(PolicyDiagnosis diagnosis) {
        if (diagnosis.problems().isEmpty()) {
            return "No findings: the policy is well formed and raises no warning.";
        }
        long errors = diagnosis.problems().stream().filter(p -> p.severity() == LintSeverity.ERROR).count();
        long security = diagnosis.problems().stream().filter(p -> p.severity() == LintSeverity.SECURITY_WARNING).count();
        long other = diagnosis.problems().size() - errors - security;
        return errors + (errors == 1 ? " error, " : " errors, ") + security
                + (security == 1 ? " security warning, " : " security warnings, ") + other + " other";
    }
}
