package dev.iammodeller.io.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.Outcome;
import dev.iammodeller.analysis.Reacher;
import dev.iammodeller.analysis.ReverseReach;
import dev.iammodeller.analysis.RoleAssumption;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.eval.PolicyLayer;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.Disconnect;
import dev.iammodeller.model.EditRefused;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelRules;
import dev.iammodeller.model.PermissionSet;
import dev.iammodeller.model.ProvisionedRoles;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IAM Identity Center of {@code src/test/resources/organization/example/identity-center} (written by hand in the
 * shapes {@code aws sso-admin} and {@code aws identitystore} print: 3 permission sets, 3 users, 2 groups, 6
 * assignments). Expected reach is worked out by hand from AWS's documentation: a user assigned a permission set
 * in an account signs in there as the set's provisioned role (IAM Identity Center User Guide, "Permission
 * sets", "IAM roles created by IAM Identity Center"), whose requests SCPs cap as any principal of the account
 * (Organizations User Guide, "SCP evaluation").
 */
class IdentityCenterImportTest {
    private static final String MARIA = "ic-user-9067a1b2c3-1111aaaa-2222-3333-4444-555566667777";
    private static final String SAM = "ic-user-9067a1b2c3-2222bbbb-3333-4444-5555-666677778888";
    private static final String DEVELOPERS = "ic-group-9067a1b2c3-aaaa0000-1111-2222-3333-444455556666";

    private static IamModel model() throws Exception {
        return OrganizationImportTest.importExample().model();
    }

    /** The permission set name of each account a principal signs in to. */
    private static Map<String, String> setsByAccount(IamModel model, String principal) {
        Map<String, String> out = new TreeMap<>();
        for (Assumption assumption : RoleAssumption.from(model, principal)) {
            Role role = (Role) model.entity(assumption.roleId()).orElseThrow();
            if (assumption.chain().size() == 1) {
                out.put(role.account(), ProvisionedRoles.permissionSetOf(model, role.id()).name());
            }
        }
        return out;
    }

    private static String roleOf(IamModel model, String principal, String account) {
        return RoleAssumption.from(model, principal).stream().map(Assumption::roleId)
                .filter(id -> model.entity(id).orElseThrow().account().equals(account)).findFirst().orElseThrow();
    }

    @Test
    void theSummaryCountsWhatIdentityCenterHolds() throws Exception {
        ImportResult result = OrganizationImportTest.importExample();
        assertTrue(result.summary().endsWith("; Identity Center: 3 users, 2 groups, 3 permission sets, 6 assignments"),
                result.summary());
    }

    @Test
    void eachAssignmentIsTheProvisionedRoleOfItsSetInItsAccount() throws Exception {
        IamModel model = model();
        assertEquals(Map.of("222222222222", "AdministratorAccess", "333333333333", "AdministratorAccess",
                "444444444444", "ReadOnlyAccess"), setsByAccount(model, MARIA));
        // sam: ReadOnlyAccess in the management account himself, and through Developers DeployApps in staging and
        // ReadOnlyAccess in production
        assertEquals(Map.of("100000000000", "ReadOnlyAccess", "333333333333", "DeployApps",
                "222222222222", "ReadOnlyAccess"), setsByAccount(model, SAM));
        Role admin = (Role) model.entity(roleOf(model, MARIA, "333333333333")).orElseThrow();
        assertTrue(admin.name().startsWith("AWSReservedSSO_AdministratorAccess_"), admin.name());
        assertTrue(admin.arn().startsWith("arn:aws:iam::333333333333:role/aws-reserved/sso.amazonaws.com/"), admin.arn());
        assertEquals(8, admin.maxSessionHours());
        // the export of production already held the role Identity Center made there: it is that one, not a second
        assertEquals("role-222222222222-AWSReservedSSO_AdministratorAccess_1a2b3c4d5e6f7a8b",
                roleOf(model, MARIA, "222222222222"));
    }

    @Test
    void theDeployAppsRoleHoldsWhatItsSetNames() throws Exception {
        IamModel model = model();
        String role = roleOf(model, SAM, "333333333333");
        Set<String> attached = model.to(role, RelationKind.ATTACHED_TO).stream().map(Relation::from)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("policy-333333333333-DeployPipeline"), attached);
        assertEquals(List.of("policy-aws-PowerUserAccess"),
                model.to(role, RelationKind.BOUNDARY_OF).stream().map(Relation::from).toList());
        assertEquals(List.of(ProvisionedRoles.INLINE_POLICY_NAME),
                model.inlinePolicies(role).stream().map(Entity::name).toList());
        PermissionSet set = (PermissionSet) model.entity("ps-2c3d4e5f60718293").orElseThrow();
        assertEquals(List.of("/deploy/DeployPipeline"), set.customerManagedPolicies());
    }

    @Test
    void whatMariaReachesInEachAccountWithTheScpsApplied() throws Exception {
        IamModel model = model();
        AccessCheck check = new AccessCheck(model);
        String prod = roleOf(model, MARIA, "222222222222");
        String sandbox = roleOf(model, MARIA, "444444444444");
        // AdministratorAccess in production: everything the SCPs leave, and FullAWSAccess leaves all but leaving
        assertEquals(Outcome.Kind.ALLOWED, check.outcome(prod, "ec2:TerminateInstances",
                "arn:aws:ec2:us-east-1:222222222222:instance/i-0123456789abcdef0").kind());
        Outcome leave = check.outcome(prod, "organizations:LeaveOrganization", "*");
        assertEquals(Outcome.Kind.EXPLICIT_DENY, leave.kind());
        assertEquals(Set.of(PolicyLayer.SCP), Set.copyOf(leave.decision().blockedBy()));
        // her own provisioned role is Identity Center's: not even an administrator may change it
        Role own = (Role) model.entity(prod).orElseThrow();
        assertEquals(Outcome.Kind.EXPLICIT_DENY, check.outcome(prod, "iam:DeleteRole", own.arn()).kind());
        // ReadOnlyAccess in the sandbox: reads, never writes
        assertEquals(Outcome.Kind.ALLOWED, check.outcome(sandbox, "ec2:DescribeInstances", "*").kind());
        assertEquals(Outcome.Kind.IMPLICIT_DENY, check.outcome(sandbox, "ec2:TerminateInstances",
                "arn:aws:ec2:us-east-1:444444444444:instance/i-0123456789abcdef0").kind());
        // no assignment in the management account: she reaches nothing there
        assertTrue(setsByAccount(model, MARIA).keySet().stream().noneMatch("100000000000"::equals));
    }

    @Test
    void whoCanReachListsIdentityCenterUsersAndGroups() throws Exception {
        IamModel model = model();
        List<Reacher> reachers = ReverseReach.of(new ModelAnalysis(Catalog.load(), model), "cloudformation:CreateStack",
                "arn:aws:cloudformation:us-east-1:333333333333:stack/app/0a1b2c3d").oneWayEach();
        Map<String, String> how = new TreeMap<>();
        reachers.stream().filter(r -> r.principalId().startsWith("ic-"))
                .forEach(r -> how.put(model.entity(r.principalId()).orElseThrow().name(), r.route().way().words()));
        assertEquals(Map.of("maria", "via assignment", "sam", "via assignment", "li", "via assignment",
                "Developers", "via assignment"), how);
    }

    @Test
    void theImportedModelReopensAndItsProvisionedRolesCannotBeEdited() throws Exception {
        IamModel model = model();
        assertEquals(List.of(), ModelRules.check(model));
        String saved = ModelFile.toJson(model);
        IamModel reopened = ModelFile.read(saved, "organization.iam.json");
        assertEquals(model, reopened);
        assertEquals(saved, ModelFile.toJson(reopened));
        String role = roleOf(model, MARIA, "444444444444");
        assertThrows(EditRefused.class, () -> new Disconnect(
                new Relation(RelationKind.ATTACHED_TO, "policy-aws-ReadOnlyAccess", role)).apply(reopened));
    }

    @Test
    void anAssignmentOfAnUnknownUserIsRefusedWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        String file = "identity-center/list-account-assignments/444444444444/ps-1b2c3d4e5f607182.json";
        AuthorizationImportException e = OrganizationImportTest.refusal(dir, file, "1111aaaa", "9999ffff");
        assertEquals(dir.resolve(file) + ":7:28 ($.AccountAssignments[0].PrincipalId): the user "
                + "9067a1b2c3-9999ffff-2222-3333-4444-555566667777 is not in list-users.json", e.getMessage());
    }
}
