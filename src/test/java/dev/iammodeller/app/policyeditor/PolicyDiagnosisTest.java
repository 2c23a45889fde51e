package dev.iammodeller.app.policyeditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.lint.LintOptions;
import dev.iammodeller.policy.lint.PolicyType;
import dev.iammodeller.policy.lint.LintSeverity;
import org.junit.jupiter.api.Test;

/** The parser's error at its line, lint's findings when the catalogue is there, the range to underline. */
class PolicyDiagnosisTest {
    static final String BAD_EFFECT = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n"
            + "    \"Effect\": \"Allwo\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]\n}";
    private static final LintOptions IDENTITY = LintOptions.of(PolicyType.IDENTITY);

    @Test
    void aParseErrorIsFirstAndNamesItsLineAndColumn() {
        PolicyDiagnosis diagnosis = PolicyDiagnosis.of(BAD_EFFECT, IDENTITY, null);
        assertFalse(diagnosis.parses());
        Problem first = diagnosis.problems().get(0);
        assertEquals(4, first.line());
        assertEquals("INVALID_EFFECT", first.code());
        assertEquals(LintSeverity.ERROR, diagnosis.worst());
        assertEquals(1, diagnosis.on(4).size());
        assertTrue(first.describe().startsWith("Line 4, column "), first.describe());
    }

    @Test
    void brokenJsonAndEmptyTextDoNotParse() {
        PolicyDiagnosis missingComma = PolicyDiagnosis.of("{\n  \"Version\": \"2012-10-17\"\n  \"Statement\": []\n}",
                IDENTITY, null);
        assertFalse(missingComma.parses());
        assertEquals(3, missingComma.problems().get(0).line());
        assertFalse(PolicyDiagnosis.of("  ", IDENTITY, null).parses());
    }

    @Test
    void lintAddsWarningsToAPolicyThatParsesWithoutRepeatingTheParseError() {
        Catalog catalog = Catalog.load();
        String passRole = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"iam:PassRole\",\"Resource\":\"*\"}]}";
        PolicyDiagnosis diagnosis = PolicyDiagnosis.of(passRole, IDENTITY, catalog);
        assertTrue(diagnosis.parses());
        assertTrue(diagnosis.linted());
        assertTrue(diagnosis.problems().stream().anyMatch(p -> p.code().equals("PASS_ROLE_ON_ALL")), diagnosis.toString());
        PolicyDiagnosis bad = PolicyDiagnosis.of(BAD_EFFECT, IDENTITY, catalog);
        assertEquals(1, bad.problems().stream().filter(p -> p.code().equals("INVALID_EFFECT")).count());
    }

    @Test
    void theUnderlinedRangeIsTheTokenAtTheProblem() {
        int start = ProblemRanges.offset(BAD_EFFECT, 4, 15);
        assertEquals("\"Allwo\"", BAD_EFFECT.substring(start, ProblemRanges.tokenEnd(BAD_EFFECT, start)));
        int word = ProblemRanges.offset("{\n  x: 1}", 2, 3);
        assertEquals("x", "{\n  x: 1}".substring(word, ProblemRanges.tokenEnd("{\n  x: 1}", word)));
        assertEquals(7, ProblemRanges.offset("{\"a\": 1}", 9, 40), "past the end stays on the last character");
    }
}
