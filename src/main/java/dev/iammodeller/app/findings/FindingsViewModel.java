package dev.iammodeller.app.findings;

import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.FindingsReview;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.AcceptFinding;
import dev.iammodeller.model.AcceptedFinding;
import dev.iammodeller.model.UnacceptFinding;
import dev.iammodeller.model.Words;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * What the Findings panel shows and does: the model's findings split into open and accepted (by the model's
 * accepted findings), each list filtered by severity, rule, account and text; the choices the filters offer;
 * a summary with proper plurals; and accepting (with a reason) or un-accepting a finding as an undoable edit.
 * The panel only binds to it. Lives on the FX thread.
 */
public final class FindingsViewModel {
    /** An accepted finding and its acceptance, as the accepted list shows it. */
    public record AcceptedRow(Finding finding, AcceptedFinding acceptance) {
    }

    private final EditorState editor;
    private final ObservableList<? extends Finding> findings;
    private final Supplier<String> reviewer;
    private final Clock clock;
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(this, "severity");
    private final StringProperty code = new SimpleStringProperty(this, "code");
    private final StringProperty account = new SimpleStringProperty(this, "account");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<Finding> open = FXCollections.observableArrayList();
    private final ObservableList<AcceptedRow> accepted = FXCollections.observableArrayList();
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /**
     * @param findings the model's findings (the live analysis keeps them up to date)
     * @param reviewer who accepts, recorded with each acceptance (null: not recorded)
     * @param clock    when, recorded with each acceptance
     */
    public FindingsViewModel(EditorState editor, ObservableList<? extends Finding> findings, Supplier<String> reviewer,
                             Clock clock) {
        this.editor = editor;
        this.findings = findings;
        this.reviewer = reviewer;
        this.clock = clock;
        findings.addListener((ListChangeListener<Finding>) change -> refresh());
        editor.modelProperty().addListener((observable, before, after) -> refresh());
        severity.addListener((observable, before, after) -> refresh());
        code.addListener((observable, before, after) -> refresh());
        account.addListener((observable, before, after) -> refresh());
        text.addListener((observable, before, after) -> refresh());
        refresh();
    }

    private void refresh() {
        FindingsReview review = FindingsReview.of(List.copyOf(findings), editor.model().acceptedFindings());
        List<Finding> shownOpen = review.open().stream().filter(this::passes).toList();
        List<AcceptedRow> shownAccepted = review.accepted().stream().filter(a -> passes(a.finding()))
                .map(a -> new AcceptedRow(a.finding(), a.acceptance())).toList();
        if (!open.equals(shownOpen)) {
            open.setAll(shownOpen);
        }
        if (!accepted.equals(shownAccepted)) {
            accepted.setAll(shownAccepted);
        }
        List<String> allCodes = new ArrayList<>(new TreeSet<>(findings.stream().map(Finding::code).toList()));
        List<String> allAccounts = new ArrayList<>(new TreeSet<>(findings.stream().map(Finding::account)
                .filter(a -> a != null).toList()));
        if (!codes.equals(allCodes)) {
            codes.setAll(allCodes);
        }
        if (!accounts.equals(allAccounts)) {
            accounts.setAll(allAccounts);
        }
        summary.set(summary(review.open().size(), shownOpen.size(), review.accepted().size(), shownAccepted.size()));
    }

    /** True when the finding passes every filter that is set. */
    boolean passes(Finding finding) {
        if (severity.get() != null && finding.severity() != severity.get()) {
            return false;
        }
        if (isSet(code.get()) && !finding.code().equals(code.get())) {
            return false;
        }
        if (isSet(account.get()) && !account.get().equals(finding.account())) {
            return false;
        }
        String words = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return true;
        }
        String haystack = String.join("\n", finding.code(), finding.subjectName(),
                finding.subjectArn() == null ? "" : finding.subjectArn(), finding.account() == null ? "" : finding.account(),
                finding.message()).toLowerCase(Locale.ROOT);
        return haystack.contains(words);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }

    private boolean filtering() {
        return severity.get() != null || isSet(code.get()) || isSet(account.get())
                || (text.get() != null && !text.get().isBlank());
    }

    /** "No findings", "1 finding", "12 findings", "3 of 12 findings" (filtered), each with "; 2 accepted". */
    private String summary(int total, int shown, int acceptedTotal, int acceptedShown) {
        if (total == 0 && acceptedTotal == 0) {
            return "No findings";
        }
        String findingsText = filtering() ? Words.number(shown) + " of " + Words.count(total, "finding", "findings")
                : Words.count(total, "finding", "findings");
        if (acceptedTotal == 0) {
            return findingsText;
        }
        return findingsText + "; " + (filtering() ? Words.number(acceptedShown) + " of " + Words.number(acceptedTotal)
                : Words.number(acceptedTotal)) + " accepted";
    }

    /**
     * Accepts the finding with the reviewer's reason, as one undoable edit; the problem when the reason is blank
     * or the model refuses.
     */
    public Optional<String> accept(Finding finding, String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of("Say why the finding is accepted: the reason is kept in the model file.");
        }
        String subject = finding.subjectArn() != null ? finding.subjectArn() : finding.subjectId();
        String at = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        String by = reviewer.get();
        return editor.submit(new AcceptFinding(new AcceptedFinding(finding.code(), subject, reason.strip(),
                by == null || by.isBlank() ? null : by, at), finding.subjectName()));
    }

    /** Takes the finding's acceptance back, as one undoable edit; the problem when it is not accepted. */
    public Optional<String> unaccept(Finding finding) {
        Optional<AcceptedFinding> acceptance = FindingsReview.acceptance(finding, editor.model().acceptedFindings());
        if (acceptance.isEmpty()) {
            return Optional.of("This finding is not accepted.");
        }
        return editor.submit(new UnacceptFinding(finding.code(), acceptance.get().subject(), finding.subjectName()));
    }

    /** The open findings that pass the filters, most serious first. */
    public ObservableList<Finding> open() {
        return open;
    }

    /** The accepted findings that pass the filters, with their acceptances. */
    public ObservableList<AcceptedRow> accepted() {
        return accepted;
    }

    /** The rules some finding of the model has, to filter by. */
    public ObservableList<String> codes() {
        return codes;
    }

    /** The accounts some finding's subject lives in, to filter by. */
    public ObservableList<String> accounts() {
        return accounts;
    }

    /** Only findings of this severity; null for all. */
    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    /** Only findings of this rule; null or empty for all. */
    public StringProperty codeProperty() {
        return code;
    }

    /** Only findings about this account's entities; null or empty for all. */
    public StringProperty accountProperty() {
        return account;
    }

    /** Only findings whose rule, subject name or ARN, account or message contain this text (any case). */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
