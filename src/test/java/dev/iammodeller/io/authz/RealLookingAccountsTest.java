package dev.iammodeller.io.authz;

import static dev.iammodeller.io.authz.AuthorizationImportFixturesTest.importFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Connect;
import dev.iammodeller.model.Disconnect;
import dev.iammodeller.model.EditRefused;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.ModelRules;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Exports that look like real accounts (scripts/fixtures/real_looking_accounts.py wrote them; the expected
 * values are counted from the generator's loops, not read from the importer): what AWS manages itself is
 * held, and the model the importer writes reopens, analyzes and saves the same again.
 */
class RealLookingAccountsTest {
    private static final String PROD = "222233334444";

    private static Set<String> from(IamModel model, String to, RelationKind kind) {
        return model.to(to, kind).stream().map(Relation::from).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aProductionAccountKeepsWhatAwsManagesAndReopens() throws Exception {
        ImportResult result = importFixtures("handwritten/production-account.json");
        IamModel model = result.model();
        assertEquals("imported 42 users, 8 groups, 42 roles, 30 policies from 1 account", result.summary());
        assertEquals(List.of(), result.warnings());

        // Eight service-linked roles, each with the AWS managed policy its service attaches.
        List<Role> serviceLinked = model.all(Role.class).stream().filter(Role::serviceLinked).toList();
        assertEquals(8, serviceLinked.size());
        assertEquals(Set.of("policy-aws-AWSSupportServiceRolePolicy"),
                from(model, "role-" + PROD + "-AWSServiceRoleForSupport", RelationKind.ATTACHED_TO));
        // Four IAM Identity Center roles, one with an inline policy of its permission set.
        List<Role> sso = model.all(Role.class).stream()
                .filter(r -> r.path().startsWith("/aws-reserved/sso.amazonaws.com/")).toList();
        assertEquals(4, sso.size());
        assertEquals(12, sso.get(0).maxSessionHours());
        Role admin = sso.stream().filter(r -> r.name().startsWith("AWSReservedSSO_AdministratorAccess_")).findFirst()
                .orElseThrow();
        assertEquals(Set.of("policy-aws-AdministratorAccess"), from(model, admin.id(), RelationKind.ATTACHED_TO));
        // Five EC2 roles, each with its instance profile as compute that runs as it.
        List<Compute> profiles = model.all(Compute.class);
        assertEquals(5, profiles.size());
        for (Compute profile : profiles) {
            assertEquals(Compute.Type.EC2_INSTANCE_PROFILE, profile.type());
            assertEquals("arn:aws:iam::" + PROD + ":instance-profile/" + profile.name(), profile.arn());
            assertEquals(Set.of(profile.id()), from(model, "role-" + PROD + "-" + profile.name(), RelationKind.RUNS_AS));
        }
        // A customer policy with five versions, the default the third.
        ManagedPolicy deploy = (ManagedPolicy) model.entity("policy-" + PROD + "-DeployPipeline").orElseThrow();
        assertEquals(List.of("v1", "v2", "v3", "v4", "v5"),
                deploy.versions().stream().map(ManagedPolicyVersion::versionId).toList());
        assertEquals("v3", deploy.defaultVersion());
        assertEquals("/ci/", deploy.path());

        // It reopens: no rule broken, and the saved text reads back to the same model.
        assertEquals(List.of(), ModelRules.check(model));
        String saved = ModelFile.toJson(model);
        IamModel reopened = ModelFile.read(saved, "production.iam.json");
        assertEquals(model, reopened);
        assertEquals(saved, ModelFile.toJson(reopened));

        // And it analyzes: break-glass (in admins, which holds AdministratorAccess) is an administrator.
        List<Finding> findings = Findings.of(Catalog.load(), new AccessCheck(reopened));
        assertTrue(findings.stream().anyMatch(f -> f.code().equals(Findings.ADMIN_EQUIVALENT)
                && ("arn:aws:iam::" + PROD + ":user/break-glass").equals(f.subjectArn())), findings.toString());
    }

    @Test
    void theEditorRefusesToChangeWhatAwsManagesInAnImportedAccount() throws Exception {
        IamModel model = importFixtures("handwritten/production-account.json").model();
        String support = "role-" + PROD + "-AWSServiceRoleForSupport";
        Relation attached = new Relation(RelationKind.ATTACHED_TO, "policy-aws-AWSSupportServiceRolePolicy", support);
        assertThrows(EditRefused.class, () -> new Disconnect(attached).apply(model));
        assertThrows(EditRefused.class, () -> new Connect(
                new Relation(RelationKind.ATTACHED_TO, "policy-aws-AdministratorAccess", support)).apply(model));
    }

    @Test
    void aFileThatNamesTwoAccountsPutsEachEntityInItsOwnAccount() throws Exception {
        ImportResult result = importFixtures("handwritten/hand-merged-two-accounts.json");
        IamModel model = result.model();
        assertEquals("imported 9 users, 1 group, 1 role, 2 policies from 2 accounts", result.summary());
        assertEquals(List.of("222233334444", "555566667777"),
                model.all(Account.class).stream().map(Account::accountId).sorted().toList());
        assertEquals(List.of("hand-merged-two-accounts.json names 2 accounts: 222233334444 (9 entities), "
                + "555566667777 (3 entities); each entity is imported into the account its ARN names"), result.warnings());
        Set<String> opsAccounts = model.all(User.class).stream().filter(u -> u.name().startsWith("ops"))
                .map(Entity::account).collect(Collectors.toSet());
        assertEquals(Set.of("555566667777"), opsAccounts);
        User ops = (User) model.entity("user-555566667777-ops00").orElseThrow();
        assertEquals("arn:aws:iam::555566667777:user/ops00", ops.arn());
        assertEquals(Set.of("policy-aws-ReadOnlyAccess"), model.to(ops.id(), RelationKind.ATTACHED_TO).stream()
                .map(Relation::from).collect(Collectors.toSet()));
        assertEquals(6, model.to("group-222233334444-devs", RelationKind.MEMBER_OF).size());
        assertEquals(List.of(), ModelRules.check(model));
        assertEquals(model, ModelFile.read(ModelFile.toJson(model), "merged.iam.json"));
    }
}
