package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.io.authz.AuthorizationImport;
import dev.iammodeller.io.authz.ImportProgress;
import dev.iammodeller.io.authz.ImportResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An export of {@code aws iam get-account-authorization-details} of one account built in the style of
 * the public "IAM Vulnerable" lab (src/test/resources/authz/vulnerable-lab-authz.json, written by hand):
 * one user or role per escalation technique, and five principals built to look exploitable but not be.
 * The export shows no compute, so the techniques that drive existing compute are possible paths (they
 * say what must exist); the others are certain. What each principal should gain was written from the
 * technique it was built for, as AWS documents it, not from the analysis's output.
 */
class EscalationVulnerableLabTest {
    private static final String ACCOUNT = "123456789012";
    private static final String ALICE = "arn:aws:iam::" + ACCOUNT + ":user/admin-alice";

    private static AccessCheck check;

    /** An exploitable principal: the rule (or chain) of the technique it was built for, and whether the path is only possible. */
    private record Expected(String rule, boolean possible) {
    }

    private static final Map<String, Expected> EXPLOITABLE = new LinkedHashMap<>();

    static {
        certain("user", "privesc1-CreateNewPolicyVersion-user", "iam-001");
        certain("user", "privesc2-SetExistingDefaultPolicyVersion-user", "iam-set-default-policy-version");
        certain("user", "privesc4-CreateAccessKey-user", "iam-002");
        certain("user", "privesc5-CreateLoginProfile-user", "iam-004");
        possible("user", "privesc6-UpdateLoginProfile-user", "iam-006");
        certain("user", "privesc7-AttachUserPolicy-user", "iam-008");
        certain("user", "privesc8-AttachGroupPolicy-user", "iam-010");
        certain("user", "privesc9-AttachRolePolicy-user", "iam-014");
        certain("user", "privesc10-PutUserPolicy-user", "iam-007");
        certain("user", "privesc11-PutGroupPolicy-user", "iam-011");
        certain("user", "privesc12-PutRolePolicy-user", "iam-017");
        certain("user", "privesc13-AddUserToGroup-user", "iam-013");
        certain("user", "privesc14-UpdateAssumeRolePolicy-user", "iam-012");
        certain("user", "privesc15-PassExistingRoleToNewLambdaThenInvoke-user", "lambda-001");
        certain("user", "privesc16-PassExistingRoleToNewEC2-user", "ec2-001");
        certain("user", "privesc17-PassExistingRoleToNewGlueDevEndpoint-user", "glue-001");
        certain("user", "privesc18-PassExistingRoleToNewCloudFormation-user", "cloudformation-001");
        certain("user", "privesc19-PassExistingRoleToNewDataPipeline-user", "datapipeline-001");
        possible("user", "privesc20-EditExistingLambdaFunctionWithRole-user", "lambda-004");
        possible("user", "privesc21-SSMSendCommand-user", "ssm-002");
        possible("user", "privesc22-SageMakerCreatePresignedNotebookURL-user", "sagemaker-004");
        possible("user", "privesc23-GlueUpdateExistingDevEndpoint-user", "glue-002");
        possible("user", "privesc24-CodeBuildStartExistingProject-user", "codebuild-002");
        certain("user", "privesc25-AssumeRoleThatEscalates-user", "sts-001 > iam-002");
        certain("role", "privesc25-sre-role", "iam-002");
        certain("user", "privesc26-AttachOnlyAdministratorAccess-user", "iam-008");
        certain("user", "privesc27-PassRoleToLambdaWithRequestTag-user", "lambda-001");
        certain("role", "privesc28-PutRolePolicyOnSelf-role", "iam-005");
    }

    private static final List<String> NOT_EXPLOITABLE = List.of(
            "user-" + ACCOUNT + "-fp1-PassRoleOnlyToEcs-user",
            "user-" + ACCOUNT + "-fp2-CreateAccessKeyOnlyWithMfa-user",
            "user-" + ACCOUNT + "-fp3-PutUserPolicyBlockedByBoundary-user",
            "user-" + ACCOUNT + "-fp4-CreatePolicyVersionOnUnattachedPolicy-user",
            "user-" + ACCOUNT + "-fp5-RightsOnUnrelatedResources-user");

    private static void certain(String kind, String name, String rule) {
        EXPLOITABLE.put(kind + "-" + ACCOUNT + "-" + name, new Expected(rule, false));
    }

    private static void possible(String kind, String name, String rule) {
        EXPLOITABLE.put(kind + "-" + ACCOUNT + "-" + name, new Expected(rule, true));
    }

    @BeforeAll
    static void importLab() throws Exception {
        Path file = Path.of(EscalationVulnerableLabTest.class.getResource("/authz/vulnerable-lab-authz.json").toURI());
        ImportResult result = AuthorizationImport.importFiles(List.of(file), ImportProgress.NONE);
        check = new AccessCheck(result.model());
    }

    private static EscalationPath technique(String principal) {
        Expected expected = EXPLOITABLE.get(principal);
        List<EscalationPath> paths = EscalationAnalysis.forPrincipal(check, principal);
        return paths.stream().filter(p -> p.rule().equals(expected.rule())).findFirst()
                .orElseThrow(() -> new AssertionError(principal + " has no path by " + expected.rule() + ": "
                        + TestEstate.summary(paths)));
    }

    @Test
    void everyExploitablePrincipalAndNoneOfTheDecoysIsFlagged() {
        Set<String> flagged = EscalationAnalysis.all(check).stream().map(EscalationPath::principalId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(EXPLOITABLE.keySet()), flagged);
        for (String decoy : NOT_EXPLOITABLE) {
            assertEquals(List.of(), EscalationAnalysis.forPrincipal(check, decoy), decoy);
        }
    }

    @Test
    void eachPrincipalIsFlaggedForTheTechniqueItWasBuiltForCertainOrPossible() {
        for (Map.Entry<String, Expected> entry : EXPLOITABLE.entrySet()) {
            EscalationPath path = technique(entry.getKey());
            assertEquals(entry.getValue().possible(), !path.assumes().isEmpty(), entry.getKey() + ": " + path);
        }
    }

    @Test
    void existingComputeIsAssumedToRunAsTheRolesThatTrustItsService() {
        EscalationPath lambda = technique("user-" + ACCOUNT + "-privesc20-EditExistingLambdaFunctionWithRole-user");
        assertEquals("arn:aws:iam::" + ACCOUNT + ":role/lambda-admin-role", lambda.gains());
        assertEquals(List.of("a Lambda function that runs as lambda-admin-role must exist"), lambda.assumes());
        assertEquals("arn:aws:lambda:*:" + ACCOUNT + ":function:*", lambda.steps().get(0).target());

        EscalationPath codebuild = technique("user-" + ACCOUNT + "-privesc24-CodeBuildStartExistingProject-user");
        assertEquals("arn:aws:codebuild:*:" + ACCOUNT + ":project/*", codebuild.steps().get(0).target());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":role/codebuild-admin-role", codebuild.gains());

        List<EscalationPath> ssm = EscalationAnalysis.forPrincipal(check, "user-" + ACCOUNT + "-privesc21-SSMSendCommand-user");
        Set<String> ssmGains = ssm.stream().map(EscalationPath::gains).collect(Collectors.toCollection(TreeSet::new));
        // every role an EC2 instance may hold: the admin role and the role that may write into itself
        assertTrue(ssmGains.containsAll(List.of("arn:aws:iam::" + ACCOUNT + ":role/ec2-admin-role",
                "arn:aws:iam::" + ACCOUNT + ":role/privesc28-PutRolePolicyOnSelf-role", EscalationPath.ADMIN)), ssmGains.toString());
        // whatever it chains on to, every path starts with the command on an instance that must exist
        for (EscalationPath path : ssm) {
            assertEquals("ssm:SendCommand", path.steps().get(0).action(), path.toString());
            // the import holds the instance profiles of the export: the instance named is one launched with it
            assertTrue(path.assumes().get(0).startsWith("an EC2 instance with instance profile ")
                    && path.assumes().get(0).endsWith("must exist"), path.toString());
        }
    }

    @Test
    void anotherUsersConsolePasswordGainsThatUser() {
        EscalationPath create = technique("user-" + ACCOUNT + "-privesc5-CreateLoginProfile-user");
        assertEquals(ALICE, create.gains());
        assertEquals(List.of("iam:CreateLoginProfile"), create.steps().stream().map(EscalationStep::action).toList());
        EscalationPath update = technique("user-" + ACCOUNT + "-privesc6-UpdateLoginProfile-user");
        assertEquals(ALICE, update.gains());
        assertEquals(List.of("user admin-alice must have a console password (a login profile)"), update.assumes());
    }

    @Test
    void anOlderBroaderPolicyVersionGainsWhatItAllows() {
        EscalationPath path = technique("user-" + ACCOUNT + "-privesc2-SetExistingDefaultPolicyVersion-user");
        assertTrue(path.gainsAdmin());
        assertEquals("iam:SetDefaultPolicyVersion", path.steps().get(0).action());
        assertTrue(path.steps().get(0).note().contains("version v1"), path.steps().get(0).note());
    }

    @Test
    void aPolicyWrittenIntoAnAssumableRoleGainsAdmin() {
        for (String user : List.of("privesc9-AttachRolePolicy-user", "privesc12-PutRolePolicy-user")) {
            EscalationPath path = technique("user-" + ACCOUNT + "-" + user);
            assertTrue(path.gainsAdmin(), user);
            List<String> actions = path.steps().stream().map(EscalationStep::action).toList();
            assertEquals(List.of(user.startsWith("privesc9") ? "iam:AttachRolePolicy" : "iam:PutRolePolicy",
                    "sts:AssumeRole"), actions, user);
        }
    }

    @Test
    void aPrincipalThatCanAssumeARoleThatEscalatesEscalatesItselfThroughTheWholeChain() {
        EscalationPath path = technique("user-" + ACCOUNT + "-privesc25-AssumeRoleThatEscalates-user");
        assertEquals(ALICE, path.gains());
        assertEquals(List.of("sts:AssumeRole", "iam:CreateAccessKey"),
                path.steps().stream().map(EscalationStep::action).toList());
        assertEquals(List.of(), path.assumes());
    }

    @Test
    void conditionsTheAttackerSetsItselfStayOpenAndSayWhatItSets() {
        EscalationPath attach = technique("user-" + ACCOUNT + "-privesc26-AttachOnlyAdministratorAccess-user");
        assertTrue(attach.gainsAdmin());
        assertTrue(attach.steps().get(0).note().contains("arn:aws:iam::aws:policy/AdministratorAccess"), attach.toString());
        EscalationPath tagged = technique("user-" + ACCOUNT + "-privesc27-PassRoleToLambdaWithRequestTag-user");
        assertTrue(tagged.conditions().contains("iam:PassedToService = lambda.amazonaws.com"), tagged.conditions().toString());
        assertTrue(tagged.conditions().stream().anyMatch(c -> c.startsWith("aws:RequestTag/team")), tagged.conditions().toString());
    }
}
