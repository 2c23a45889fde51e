package dev.iammodeller.analysis;

import static dev.iammodeller.analysis.RoleAssumptionTest.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.FindingSubjects;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.catalog.AccessLevel;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reach panel's grouping and filter, the deciding statements of a row, and what a finding frames. */
class ReachRowsTest {
    @Test
    void rowsGroupByServiceAndLevelAndFilterByWords() throws Exception {
        Catalog catalog = Catalog.load();
        ReachReport report = ReachReport.of(new ModelAnalysis(catalog, example("06-group-deny-boundary.iam.json")),
                "carol", false);
        var grouped = ReachRows.grouped(report.rows());
        assertTrue(grouped.containsKey("iam") && grouped.containsKey("ec2"));
        assertTrue(grouped.get("iam").containsKey(AccessLevel.PERMISSIONS_MANAGEMENT));
        List<ReachRow> createUser = report.rows().stream().filter(r -> ReachRows.matches(r, "iam:createuser explicit")).toList();
        assertEquals(1, createUser.size());
        List<DecisiveStatement> statements = report.decisive(createUser.get(0));
        assertEquals("contractors/deny-iam-and-organizations", statements.get(0).policyId());
        assertEquals("contractors", statements.get(0).via());
        assertEquals(4, statements.get(0).line());
    }

    @Test
    void aFindingFramesItsSubjectAndTheEntitiesOnItsPath() throws Exception {
        IamModel model = example("04-third-party-access.iam.json");
        List<Finding> findings = Findings.of(Catalog.load(), new AccessCheck(model));
        Finding trust = findings.stream().filter(f -> f.code().equals(Findings.EXTERNAL_TRUST)).findFirst().orElseThrow();
        assertEquals(Set.of("vendor-access", "acct-444444444444"), FindingSubjects.of(model, trust));
        Finding keys = findings.stream().filter(f -> f.code().equals(Findings.LONG_LIVED_ACCESS_KEYS)).findFirst().orElseThrow();
        assertEquals(Set.of("vendor-keys"), FindingSubjects.of(model, keys));
    }
}
