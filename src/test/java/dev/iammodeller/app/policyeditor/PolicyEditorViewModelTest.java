package dev.iammodeller.app.policyeditor;

import dev.iammodeller.app.work.CurrentThreadWork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ModelSamples;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.RemoveEntity;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import org.junit.jupiter.api.Test;

/** The editor's decisions without a window: Apply only for text that parses and differs, one undo step, reloads. */
class PolicyEditorViewModelTest {
    private static final String DENY_ALL = "{\"Version\":\"2012-10-17\",\"Statement\":"
            + "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}}";
    private final EditorState state = new EditorState(ModelSamples.small()
            .with(new InlinePolicy("alice-inline", "alice", "extra", ModelSamples.READ_REPORTS))
            .with(new ManagedPolicy("aws-ro", null, "ReadOnlyAccess", "/", "", java.util.List.of(
                    new dev.iammodeller.model.ManagedPolicyVersion("v1", ModelSamples.READ_REPORTS)), "v1"))
            .with(new Resource("bucket", ModelSamples.ACCOUNT, "reports", "s3:bucket", "arn:aws:s3:::reports", null)));

    private PolicyEditorViewModel editor(String id) {
        PolicyEditorViewModel model = new PolicyEditorViewModel(state, id, new dev.iammodeller.app.work.CurrentThreadWork(), () -> null);
        model.check();
        return model;
    }

    private void type(PolicyEditorViewModel model, String text) {
        model.textProperty().set(text);
        model.check();
    }

    @Test
    void applyIsOfferedOnlyForTextThatParsesAndDiffers() {
        PolicyEditorViewModel model = editor("alice-inline");
        assertFalse(model.canApplyProperty().get(), "nothing typed yet");
        type(model, PolicyDiagnosisTest.BAD_EFFECT);
        assertFalse(model.canApplyProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Line 4"), model.messageProperty().get());
        assertEquals(EditorMessage.Tone.ERROR, model.toneProperty().get());
        type(model, DENY_ALL);
        assertTrue(model.canApplyProperty().get());

        long revision = state.revisionProperty().get();
        assertTrue(model.apply().isEmpty());
        assertEquals(revision + 1, state.revisionProperty().get(), "one command");
        assertEquals(DENY_ALL, ((InlinePolicy) state.model().entity("alice-inline").orElseThrow()).document().json());
        assertFalse(model.changedProperty().get());
        assertEquals("Edit inline policy extra", state.undoLabelProperty().get());
        assertEquals("inline policy extra", model.titleProperty().get(), "the policy is the entity: named once");

        state.undo();
        assertEquals(ModelSamples.READ_REPORTS.json(), model.textProperty().get(), "untouched editor follows undo");
    }

    @Test
    void aPermissionSetsInlinePolicyIsEditedAndItsProvisionedRoleTakesIt() {
        // example 11: ReadOnlyAccess provisioned in the sandbox account (444444444444)
        EditorState identityCenter = new EditorState(dev.iammodeller.io.IdentityCenterExample.build());
        String role = "role-444444444444-AWSReservedSSO_ReadOnlyAccess_aeb2bd7e792f6150";
        String object = "arn:aws:s3:::sandbox-data/report.csv";
        assertEquals(dev.iammodeller.analysis.Outcome.Kind.IMPLICIT_DENY, new dev.iammodeller.analysis.AccessCheck(
                identityCenter.model()).outcome(role, "s3:PutObject", object).kind(), "read-only before");
        PolicyEditorViewModel model = new PolicyEditorViewModel(identityCenter, "read-only",
                new dev.iammodeller.app.work.CurrentThreadWork(), () -> null);
        model.check();
        assertTrue(model.titleProperty().get().startsWith("inline policy of permission set"), model.titleProperty().get());
        model.textProperty().set("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::sandbox-data/*\"}}");
        model.check();
        assertTrue(model.apply().isEmpty());
        assertTrue(((dev.iammodeller.model.PermissionSet) identityCenter.model().entity("read-only").orElseThrow())
                .inlinePolicy().json().contains("s3:PutObject"));
        assertEquals(dev.iammodeller.analysis.Outcome.Kind.ALLOWED, new dev.iammodeller.analysis.AccessCheck(
                identityCenter.model()).outcome(role, "s3:PutObject", object).kind(), "its provisioned role now may");
    }

    @Test
    void applyParsesTextTypedSinceTheLastCheck() {
        PolicyEditorViewModel model = editor("alice-inline");
        type(model, DENY_ALL);
        model.textProperty().set("{ broken");
        assertTrue(model.apply().orElseThrow().startsWith("The policy does not parse"));
        assertEquals(ModelSamples.READ_REPORTS, ((InlinePolicy) state.model().entity("alice-inline").orElseThrow()).document());
    }

    @Test
    void aManagedPolicyEditBecomesANewDefaultVersion() {
        PolicyEditorViewModel model = editor("read-reports");
        type(model, DENY_ALL);
        assertTrue(model.apply().isEmpty());
        ManagedPolicy policy = (ManagedPolicy) state.model().entity("read-reports").orElseThrow();
        assertEquals("v2", policy.defaultVersion());
        assertEquals(2, policy.versions().size());
        assertEquals(new PolicyText(DENY_ALL), policy.document());
        assertTrue(model.titleProperty().get().startsWith("policy v2 of managed policy"));
    }

    @Test
    void typedTextSurvivesAModelChangeAndAnAwsManagedPolicyIsReadOnly() {
        PolicyEditorViewModel model = editor("report-logger");
        type(model, DENY_ALL);
        Role role = (Role) state.model().entity("report-logger").orElseThrow();
        state.submit(new dev.iammodeller.model.UpdateEntity(new Role(role.id(), role.account(), role.name(), role.path(),
                new PolicyText(ModelSamples.LAMBDA_TRUST.json() + "\n"), 2, "", java.util.Map.of())));
        assertEquals(DENY_ALL, model.textProperty().get());
        assertEquals(EditorMessage.Tone.WARNING, model.toneProperty().get());
        model.revert();
        assertEquals(ModelSamples.LAMBDA_TRUST.json() + "\n", model.textProperty().get());

        PolicyEditorViewModel aws = editor("aws-ro");
        assertTrue(aws.readOnlyProperty().get());
        aws.textProperty().set(DENY_ALL);
        assertFalse(aws.canApplyProperty().get());
        assertTrue(aws.apply().isPresent());
    }

    @Test
    void aResourceWithoutPolicyStartsFromATemplateAndARemovedEntityIsGone() {
        PolicyEditorViewModel model = editor("bucket");
        assertEquals(EditablePolicy.RESOURCE_POLICY_TEMPLATE, model.textProperty().get());
        assertFalse(model.changedProperty().get());
        state.submit(new RemoveEntity("bucket"));
        assertTrue(model.goneProperty().get());
        assertFalse(model.canApplyProperty().get());
        model.dispose();
        IamModel before = state.model();
        state.undo();
        assertTrue(model.goneProperty().get(), "a disposed editor no longer follows the model");
        assertFalse(before.entity("bucket").isPresent());
    }
}
