package dev.iammodeller.policy.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.CaseFiles;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the lint cases of {@code src/test/resources/lint-cases}: each names a policy text, its type, the
 * findings that must be reported (code, severity, line, column) and the codes that must not.
 */
class LintCorpusTest {
    private static PolicyLint lint;

    record Case(String file, String id, Json.JsonObject json) {
    }

    @BeforeAll
    static void loadCatalog() {
        lint = new PolicyLint(Catalog.load());
    }

    static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (CaseFiles.Case c : CaseFiles.read("/lint-cases")) {
            cases.add(new Case(c.file(), c.text("id"), c.json()));
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyLintCase() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + " " + c.id(), () -> check(c)));
    }

    @Test
    void everyCheckHasCasesAndIdsAreUnique() throws Exception {
        Set<String> ids = new HashSet<>();
        Set<String> triggered = new HashSet<>();
        Set<String> guarded = new HashSet<>();
        for (Case c : cases()) {
            assertTrue(ids.add(c.id()), "duplicate id " + c.id());
            Json.JsonObject expect = (Json.JsonObject) c.json().get("expect");
            for (Json finding : items(expect.get("findings"))) {
                triggered.add(text(((Json.JsonObject) finding).get("code")));
            }
            for (Json code : items(expect.get("absent"))) {
                guarded.add(text(code));
            }
        }
        for (String code : List.of("INVALID_JSON", "UNKNOWN_ELEMENT", "INVALID_EFFECT", "MISSING_ACTION",
                "MISSING_RESOURCE", "MISSING_PRINCIPAL", "PRINCIPAL_NOT_ALLOWED", "NOT_PRINCIPAL_WITH_ALLOW",
                "MALFORMED_ARN", "MALFORMED_ACTION", "CONDITION_TYPE_MISMATCH", "TRUST_ACTION_NOT_STS",
                "RCP_ALLOW_NOT_SUPPORTED", "RCP_PRINCIPAL_NOT_STAR", "RCP_UNSUPPORTED_SERVICE", "UNKNOWN_SERVICE",
                "UNKNOWN_ACTION", "UNKNOWN_CONDITION_KEY", "VARIABLE_IN_OLD_VERSION", "RESOURCE_TYPE_MISMATCH",
                "POLICY_TOO_LARGE", "ALLOW_ALL_ON_ALL", "PASS_ROLE_ON_ALL", "ALLOW_WITH_NOT_ACTION",
                "OPEN_TO_EVERYONE", "CROSS_ACCOUNT_TRUST_WITHOUT_GUARD", "PERMISSIONS_MANAGEMENT_ON_ALL",
                "REDUNDANT_STATEMENT", "REDUNDANT_ACTION")) {
            assertTrue(triggered.contains(code), "no case triggers " + code);
            assertTrue(guarded.contains(code), "no case shows where " + code + " must not be reported");
        }
    }

    private static void check(Case c) {
        Json.JsonObject json = c.json();
        String account = json.get("account") == null ? null : text(json.get("account"));
        boolean awsManaged = json.get("awsManaged") instanceof Json.JsonBoolean b && b.value();
        LintOptions options = new LintOptions(PolicyType.byName(text(json.get("type"))), account, awsManaged);
        List<LintFinding> findings = lint.check(text(json.get("policyText")), options);
        String all = c.id() + " (" + text(json.get("source")) + "): " + findings;
        Json.JsonObject expect = (Json.JsonObject) json.get("expect");
        for (Json item : items(expect.get("findings"))) {
            Json.JsonObject wanted = (Json.JsonObject) item;
            String code = text(wanted.get("code"));
            boolean found = findings.stream().anyMatch(f -> f.code().equals(code)
                    && (wanted.get("severity") == null || f.severity().label().equals(text(wanted.get("severity"))))
                    && (wanted.get("line") == null || f.position().line() == Integer.parseInt(text(wanted.get("line"))))
                    && (wanted.get("column") == null || f.position().column() == Integer.parseInt(text(wanted.get("column")))));
            assertTrue(found, "missing " + wanted.members() + " in " + all);
        }
        for (Json code : items(expect.get("absent"))) {
            assertFalse(findings.stream().anyMatch(f -> f.code().equals(text(code))), "unexpected " + text(code) + " in " + all);
        }
        if (expect.get("noErrors") instanceof Json.JsonBoolean b && b.value()) {
            assertEquals(List.of(), findings.stream().filter(f -> f.severity() == LintSeverity.ERROR).toList(), all);
        }
    }

    private static List<Json> items(Json value) {
        return value instanceof Json.JsonArray array ? array.items() : List.of();
    }

    private static String text(Json value) {
        return value == null ? null : Json.scalarText(value);
    }
}
