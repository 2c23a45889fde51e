package dev.iammodeller.analysis.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.User;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixes of the findings that are not escalation paths, each applied and the finding asked again: access keys
 * deleted, a resource policy for everyone narrowed to its own account, an unused role deleted, the policy that
 * makes a role admin-equivalent detached. The expected subjects come from the scenarios (SCENARIOS.md): example 03's
 * deploy-admin holds AdministratorAccess, example 04's vendor-keys has access keys, example 02's production
 * OrganizationAccountAccessRole trusts only the management account, whose principals are not allowed to assume it.
 */
class OtherFindingFixesTest {
    private static IamModel example(String file) throws Exception {
        try (InputStream in = OtherFindingFixesTest.class.getResourceAsStream("/examples/" + file)) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        }
    }

    private static Finding only(List<Finding> findings, String code) {
        List<Finding> of = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, of.size(), code + ": " + of);
        return of.get(0);
    }

    @Test
    void longLivedAccessKeysAreDeleted() throws Exception {
        IamModel model = example("04-third-party-access.iam.json");
        Finding keys = only(Findings.longLivedAccessKeys(model), Findings.LONG_LIVED_ACCESS_KEYS);
        assertEquals("vendor-keys", keys.subjectId());
        List<Fix> fixes = FindingFixes.of(model, keys);
        assertEquals(List.of(Fix.Kind.REMOVE_CREDENTIALS), fixes.stream().map(Fix::kind).toList());
        assertTrue(FindingFixes.closes(Catalog.load(), model, keys, fixes.get(0)));
        assertFalse(((User) fixes.get(0).command().apply(model).entities().get("vendor-keys")).accessKeys());
    }

    @Test
    void aResourcePolicyForEveryoneIsNarrowedToItsOwnAccount() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Public\",\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::reports/*\"},{\"Sid\":\"Guarded\",\"Effect\":\"Allow\","
                + "\"Principal\":\"*\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::reports\",\"Condition\":"
                + "{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1a2b3c4d\"}}}]}";
        IamModel model = IamModel.EMPTY.with(new Account("acct", "111111111111", "main", null, false))
                .with(new Resource("reports", "111111111111", "reports", "s3:bucket", "arn:aws:s3:::reports",
                        new PolicyText(policy)));
        Finding open = only(Findings.resourcesOpenToEveryone(model), Findings.RESOURCE_OPEN_TO_EVERYONE);
        List<Fix> fixes = FindingFixes.of(model, open);
        assertEquals(List.of(Fix.Kind.CONDITION), fixes.stream().map(Fix::kind).toList());
        assertTrue(FindingFixes.closes(Catalog.load(), model, open, fixes.get(0)));
        String after = ((Resource) fixes.get(0).command().apply(model).entities().get("reports")).policy().json();
        assertTrue(after.contains("\"aws:PrincipalAccount\" : \"111111111111\""), after);
        assertEquals(1, after.split("aws:PrincipalAccount", -1).length - 1, "the guarded statement is left as it was");
    }

    @Test
    void aRoleNothingCanAssumeIsDeleted() throws Exception {
        IamModel model = example("02-organization-admin-access.iam.json");
        Finding unused = only(Findings.unusedTrust(model), Findings.UNUSED_TRUST);
        List<Fix> fixes = FindingFixes.of(model, unused);
        assertEquals(List.of(Fix.Kind.REMOVE_ROLE), fixes.stream().map(Fix::kind).toList());
        assertTrue(FindingFixes.closes(Catalog.load(), model, unused, fixes.get(0)));
        assertFalse(fixes.get(0).command().apply(model).entities().containsKey(unused.subjectId()));
    }

    @Test
    void thePolicyThatMakesARoleAdminEquivalentIsDetached() throws Exception {
        IamModel model = example("03-freelancer-lambda.iam.json");
        Catalog catalog = Catalog.load();
        Finding admin = only(Findings.adminEquivalent(catalog, new AccessCheck(model)), Findings.ADMIN_EQUIVALENT);
        assertEquals("deploy-admin", admin.subjectId());
        List<Fix> fixes = FindingFixes.of(model, admin);
        assertFalse(fixes.isEmpty(), "a detach is proposed");
        assertTrue(fixes.stream().allMatch(f -> f.kind() == Fix.Kind.REMOVE_ATTACHMENT));
        assertTrue(fixes.stream().anyMatch(f -> f.title().startsWith("Detach AdministratorAccess from deploy-admin")),
                fixes.toString());
        assertTrue(fixes.stream().anyMatch(f -> FindingFixes.closes(catalog, model, admin, f)), "detaching it closes the finding");
    }
}
