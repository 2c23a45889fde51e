package dev.iammodeller.app.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.AcceptedFinding;
import dev.iammodeller.model.IamModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The Findings panel's decisions: filters, plurals in the summary, accepting and un-accepting as undoable edits. */
class FindingsViewModelTest {
    private static final Finding APP = finding("ESCALATION", Severity.HIGH, "app", "111111111111",
            "Role app can gain administrator access.");
    private static final Finding CI = finding("LONG_LIVED_ACCESS_KEYS", Severity.MEDIUM, "ci-user", "111111111111",
            "User ci-user has long-lived access keys.");
    private static final Finding VENDOR = finding("EXTERNAL_TRUST", Severity.INFO, "vendor-access", "222222222222",
            "Role vendor-access can be assumed by account 444444444444.");
    private static final Finding OLD = finding("UNUSED_TRUST", Severity.LOW, "old-role", "222222222222",
            "Nothing in the model can assume role old-role.");

    private static Finding finding(String code, Severity severity, String name, String account, String message) {
        String kind = code.equals("LONG_LIVED_ACCESS_KEYS") ? "user" : "role";
        return new Finding(code, severity, kind + "-" + account + "-" + name, name,
                "arn:aws:iam::" + account + ":" + kind + "/" + name, account, message, "Rule.", List.of(), List.of());
    }

    private final EditorState editor = new EditorState(IamModel.EMPTY);
    private final ObservableList<Finding> findings = FXCollections.observableArrayList(APP, CI, OLD, VENDOR);
    private final FindingsViewModel view = new FindingsViewModel(editor, findings, () -> "dana",
            Clock.fixed(Instant.parse("2025-01-31T10:15:00.123Z"), ZoneOffset.UTC));

    @Test
    void filtersBySeverityRuleAccountAndText() {
        assertEquals(List.of(APP, CI, OLD, VENDOR), view.open());
        assertEquals("4 findings", view.summaryProperty().get());
        assertEquals(List.of("ESCALATION", "EXTERNAL_TRUST", "LONG_LIVED_ACCESS_KEYS", "UNUSED_TRUST"), view.codes());
        assertEquals(List.of("111111111111", "222222222222"), view.accounts());

        view.severityProperty().set(Severity.HIGH);
        assertEquals(List.of(APP), view.open());
        assertEquals("1 of 4 findings", view.summaryProperty().get());
        view.severityProperty().set(null);

        view.accountProperty().set("222222222222");
        assertEquals(List.of(OLD, VENDOR), view.open());
        assertEquals("2 of 4 findings", view.summaryProperty().get());
        view.codeProperty().set("UNUSED_TRUST");
        assertEquals(List.of(OLD), view.open());
        view.codeProperty().set(null);
        view.accountProperty().set(null);

        view.textProperty().set("VENDOR");
        assertEquals(List.of(VENDOR), view.open(), "text matches names and messages, ignoring case");
        view.textProperty().set("user/ci-");
        assertEquals(List.of(CI), view.open(), "and ARNs");
        view.textProperty().set("nothing matches this");
        assertEquals(List.of(), view.open());
        assertEquals("0 of 4 findings", view.summaryProperty().get());
        view.textProperty().set("");
        assertEquals(4, view.open().size());
    }

    @Test
    void theSummaryCountsWithProperPlurals() {
        findings.setAll(APP);
        assertEquals("1 finding", view.summaryProperty().get());
        findings.clear();
        assertEquals("No findings", view.summaryProperty().get());
        findings.setAll(APP, CI);
        assertEquals("2 findings", view.summaryProperty().get());
    }

    @Test
    void aLargeCountIsWrittenWithItsThousandsApart() {
        List<Finding> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1303; i++) {
            many.add(finding("UNUSED_TRUST", Severity.LOW, "role-" + i, "111111111111", "Nothing can assume role-" + i + "."));
        }
        findings.setAll(many);
        assertEquals("1,303 findings", view.summaryProperty().get(), "as the focus bar writes 4,288 policies");
        view.textProperty().set("role-1");
        assertEquals("414 of 1,303 findings", view.summaryProperty().get()); // role-1, 10 … 19, 100 … 199, 1000 … 1302
    }

    @Test
    void acceptingAFindingMovesItApartUntilItIsUnacceptedOrUndone() {
        assertTrue(view.accept(CI, "  ").isPresent(), "a reason is required");
        assertEquals(List.of(), editor.model().acceptedFindings());

        assertEquals(java.util.Optional.empty(), view.accept(CI, " CI keys, rotated monthly "));
        assertEquals(List.of(new AcceptedFinding("LONG_LIVED_ACCESS_KEYS", CI.subjectArn(), "CI keys, rotated monthly",
                "dana", "2025-01-31T10:15:00Z")), editor.model().acceptedFindings(), "by ARN, who and when");
        assertEquals(List.of(APP, OLD, VENDOR), view.open());
        assertEquals(1, view.accepted().size());
        assertEquals(CI, view.accepted().get(0).finding());
        assertEquals("3 findings; 1 accepted", view.summaryProperty().get());

        view.severityProperty().set(Severity.HIGH);
        assertEquals(List.of(), view.accepted(), "the filters apply to the accepted findings too");
        assertEquals("1 of 3 findings; 0 of 1 accepted", view.summaryProperty().get());
        view.severityProperty().set(null);

        editor.undo();
        assertEquals(List.of(APP, CI, OLD, VENDOR), view.open(), "accepting is an undoable edit");
        editor.redo();
        assertEquals(1, view.accepted().size());

        assertEquals(java.util.Optional.empty(), view.unaccept(CI));
        assertEquals(List.of(), view.accepted());
        assertEquals(List.of(APP, CI, OLD, VENDOR), view.open());
        assertTrue(view.unaccept(CI).isPresent(), "nothing to take back");
        editor.undo();
        assertEquals(1, view.accepted().size(), "un-accepting is undoable too");
    }
}
