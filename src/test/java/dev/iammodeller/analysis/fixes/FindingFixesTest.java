package dev.iammodeller.analysis.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The external id fix of an EXTERNAL_TRUST finding: proposed for a third party's unguarded trust, and closing it. */
class FindingFixesTest {
    private static PolicyText trust(String principal) {
        return new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
                + principal + "\"},\"Action\":\"sts:AssumeRole\"}]}");
    }

    private static IamModel model() {
        return IamModel.EMPTY.with(new Account("acct", "111111111111", "main", null, false))
                .with(new Role("vendor", "111111111111", "vendor-access", "/", trust("arn:aws:iam::999999999999:root"), 1,
                        "", Map.of()))
                .with(new Role("local", "111111111111", "local", "/", trust("arn:aws:iam::111111111111:root"), 1, "",
                        Map.of()));
    }

    @Test
    void anUnguardedThirdPartyTrustGetsAnExternalIdThatClosesTheFinding() {
        IamModel model = model();
        List<Finding> findings = Findings.externalTrust(model);
        assertEquals(List.of("vendor"), findings.stream().map(Finding::subjectId).toList(), "only the third party's");
        Finding finding = findings.get(0);
        assertEquals(Severity.HIGH, finding.severity());
        List<Fix> fixes = FindingFixes.of(model, finding);
        assertEquals(1, fixes.size());
        assertEquals(Fix.Kind.CONDITION, fixes.get(0).kind());
        assertTrue(FindingFixes.closes(Catalog.load(), model, finding, fixes.get(0)));
        Role after = (Role) fixes.get(0).command().apply(model).entities().get("vendor");
        assertTrue(after.trustPolicy().json().contains("\"sts:ExternalId\" : \"" + FindingFixes.EXTERNAL_ID + "\""),
                after.trustPolicy().json());
        assertEquals(Severity.INFO, Findings.externalTrust(fixes.get(0).command().apply(model)).get(0).severity(),
                "still an outside trust, now guarded");
    }

    @Test
    void aTrustOfTheRolesOwnAccountIsLeftAlone() {
        IamModel model = model();
        Finding made = new Finding(Findings.EXTERNAL_TRUST, Severity.HIGH, "local", "local", null, "111111111111", "",
                "", List.of(), List.of());
        assertEquals(List.of(), FindingFixes.of(model, made));
    }
}
