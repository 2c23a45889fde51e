package dev.iammodeller.policy.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.catalog.Catalog;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The findings of REDUNDANT_STATEMENT and REDUNDANT_ACTION on small policies, each statement on its own
 * line (line 3 is the first statement, at column 3), so that each finding's place and wording is known
 * from the policy alone.
 */
class RedundancyFindingsTest {
    private static PolicyLint lint;

    @BeforeAll
    static void loadCatalog() {
        lint = new PolicyLint(Catalog.load());
    }

    @Test
    void aStatementThatAWildcardStatementCoversIsReportedNamingIt() {
        List<String> found = redundancies(LintOptions.of(PolicyType.IDENTITY),
                "{\"Sid\": \"Wide\", \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::b/*\"}",
                "{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"s3:Put*\"], \"Resource\": \"arn:aws:s3:::b/k\"}");
        assertEquals(List.of("4:3 REDUNDANT_STATEMENT statement \"Wide\" already covers every action and resource of "
                + "this one: remove it"), found);
    }

    @Test
    void ofDuplicatesTheLaterAreReportedEachNamingTheFirst() {
        String same = "{\"Effect\": \"Deny\", \"Action\": \"ec2:TerminateInstances\", \"Resource\": \"*\"}";
        assertEquals(List.of(statement(4, "number 1"), statement(5, "number 1")),
                redundancies(LintOptions.of(PolicyType.IDENTITY), same, same, same));
    }

    @Test
    void aNarrowStatementBeforeTheWideOneIsReportedNamingTheLaterOne() {
        assertEquals(List.of(statement(3, "number 2")), redundancies(LintOptions.of(PolicyType.IDENTITY),
                "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/k\"}",
                "{\"Effect\": \"Allow\", \"Action\": \"s3:Get*\", \"Resource\": \"arn:aws:s3:::b/*\"}"));
    }

    @Test
    void theFirstOfSeveralCoveringStatementsIsNamed() {
        assertEquals(List.of(statement(4, "number 1"), statement(5, "number 1")),
                redundancies(LintOptions.of(PolicyType.IDENTITY),
                        "{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}",
                        "{\"Effect\": \"Allow\", \"Action\": \"s3:Get*\", \"Resource\": \"*\"}",
                        "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/k\"}"));
    }

    @Test
    void aQuestionMarkResourceCoversOneCharacter() {
        assertEquals(List.of(statement(4, "number 1")), redundancies(LintOptions.of(PolicyType.IDENTITY),
                "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/?\"}",
                "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/x\"}",
                "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/xy\"}"));
    }

    @Test
    void aWildcardActionIsCoveredWhenEveryActionItNamesIs() {
        // s3:Get?bject* names only s3:GetObject...; s3:GetObj* names all of them, though its text is longer
        // and the other way round too, but the later of two that cover each other is reported: the first
        // statement is covered by the third
        assertEquals(List.of(statement(3, "number 3"), statement(4, "number 1")), redundancies(LintOptions.of(PolicyType.IDENTITY),
                "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObj*\", \"Resource\": \"*\"}",
                "{\"Effect\": \"Allow\", \"Action\": \"s3:Get?bject*\", \"Resource\": \"*\"}",
                "{\"Effect\": \"Allow\", \"Action\": \"s3:Get*\", \"Resource\": \"*\"}"));
    }

    @Test
    void aResourceWithAVariableIsCoveredOnlyByTheSameText() {
        // the first is not covered by the second's b/*, the third is by the first's same text
        assertEquals(List.of(statement(5, "number 1")), redundancies(LintOptions.of(PolicyType.IDENTITY),
                "{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::b/${aws:username}/*\"}",
                "{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::b/*\"}",
                "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/${aws:username}/*\"}"));
    }

    @Test
    void otherEffectsConditionsNotActionAndOtherPrincipalsAreNeverRedundant() {
        assertEquals(List.of(), redundancies(LintOptions.of(PolicyType.IDENTITY),
                "{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}",
                "{\"Effect\": \"Deny\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}",
                "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\", "
                        + "\"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}}",
                "{\"Effect\": \"Allow\", \"NotAction\": \"s3:GetObject\", \"Resource\": \"*\"}"));
        assertEquals(List.of(statement(5, "number 1")), redundancies(LintOptions.of(PolicyType.RESOURCE),
                "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"111122223333\", \"444455556666\"]}, "
                        + "\"Action\": \"s3:*\", \"Resource\": \"*\"}",
                "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"111122223333\"}, \"Action\": \"s3:GetObject\", "
                        + "\"Resource\": \"*\"}",
                "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"444455556666\", \"111122223333\"]}, "
                        + "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}"));
    }

    @Test
    void aRedundantActionNamesTheFirstEntryThatCoversIt() {
        // "s3:Get*" and "S3:GET*" cover each other: the later one is reported, the earlier kept
        assertEquals(List.of(
                "3:34 REDUNDANT_ACTION \"s3:GetObject\" is already covered by \"s3:Get*\" in the same list: remove it",
                "3:61 REDUNDANT_ACTION \"s3:GetObject\" is already covered by \"s3:GetObject\" in the same list: remove it",
                "3:77 REDUNDANT_ACTION \"S3:GET*\" is already covered by \"s3:Get*\" in the same list: remove it"),
                redundancies(LintOptions.of(PolicyType.IDENTITY),
                        "{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"s3:Get*\", \"s3:GetObject\", \"S3:GET*\"], "
                                + "\"Resource\": \"*\"}"));
    }

    private static String statement(int line, String label) {
        return line + ":3 REDUNDANT_STATEMENT statement " + label
                + " already covers every action and resource of this one: remove it";
    }

    /** The REDUNDANT_* findings of a policy whose statements are the given objects, one per line. */
    static List<String> redundancies(LintOptions options, String... statements) {
        String text = "{\"Version\": \"2012-10-17\",\n\"Statement\": [\n  " + String.join(",\n  ", statements) + "\n]}";
        return lint.check(text, options).stream()
                .filter(f -> f.code().startsWith("REDUNDANT_"))
                .map(f -> f.position().line() + ":" + f.position().column() + " " + f.code() + " " + f.message())
                .toList();
    }
}
