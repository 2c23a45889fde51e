package dev.iammodeller.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ModelSamples;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.UpdateEntity;
import dev.iammodeller.model.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inspector's decisions without a window: which fields, what a typed value would do, one command per edit. */
class InspectorViewModelTest {
    private final EditorState state = new EditorState(ModelSamples.small());
    private final InspectorViewModel inspector = new InspectorViewModel(state);

    private InspectorField field(String key) {
        return inspector.field(key).orElseThrow(() -> new AssertionError("no field " + key + " in "
                + inspector.fields().stream().map(InspectorField::key).toList()));
    }

    private User alice() {
        return (User) state.model().entity("alice").orElseThrow();
    }

    @Test
    void nothingSelectedShowsTheModelAndSeveralShowTheirCount() {
        assertEquals("Model", inspector.headingProperty().get());
        assertEquals(List.of("title", "description"), inspector.fields().stream().map(InspectorField::key).toList());
        assertTrue(field("title").commit("Reviewed estate").isEmpty());
        assertEquals("Reviewed estate", state.model().title());
        assertEquals("Title: a model has a title: write a few words that say what it shows",
                field("title").check(" ") ? "" : inspector.messageProperty().get());

        state.select(List.of("alice", "dev"));
        assertEquals("2 selected", inspector.headingProperty().get());
        assertTrue(inspector.fields().isEmpty());
        assertEquals("", inspector.policyActionProperty().get());
    }

    @Test
    void aUserShowsItsFieldsAndARenameIsOneUndoableCommand() {
        state.select(List.of("alice"));
        assertEquals("User alice", inspector.headingProperty().get());
        assertEquals(List.of("name", "path", "account", "access-keys", "console-password", "tags", "arn", "id"),
                inspector.fields().stream().map(InspectorField::key).toList());
        assertEquals("arn:aws:iam::111111111111:user/alice", field("arn").valueProperty().get());
        assertEquals("team=blue", field("tags").valueProperty().get());
        assertEquals(1, field("account").choices().size());

        long revision = state.revisionProperty().get();
        assertTrue(field("name").commit("bob").isEmpty());
        assertEquals(revision + 1, state.revisionProperty().get());
        assertEquals("bob", alice().name());
        assertEquals("Rename user alice to bob", state.undoLabelProperty().get());
        assertEquals("arn:aws:iam::111111111111:user/bob", field("arn").valueProperty().get(), "the ARN follows");
        assertTrue(field("name").commit("bob").isEmpty());
        assertEquals(revision + 1, state.revisionProperty().get(), "an unchanged value submits nothing");
        state.undo();
        assertEquals("alice", field("name").valueProperty().get());
    }

    @Test
    void invalidValuesAreExplainedAndNeverSubmitted() {
        state.select(List.of("alice"));
        IamModel before = state.model();
        assertFalse(field("path").check("division"));
        assertTrue(inspector.messageProperty().get().startsWith("Path: \"division\" is not an IAM path"));
        assertTrue(field("path").commit("division").isPresent());
        assertFalse(field("name").check("al ice"));
        assertFalse(field("tags").check("team"));
        assertTrue(field("tags").problemProperty().get().contains("key=value"));
        assertFalse(field("tags").check("aws:team=x"));
        assertEquals(before, state.model());
        assertFalse(state.canUndoProperty().get());
        assertTrue(field("path").check("/division/"));
        assertTrue(field("tags").commit("team=red, cost-centre=42").isEmpty());
        assertEquals(Map.of("team", "red", "cost-centre", "42"), alice().tags());
        assertTrue(field("access-keys").commit("false").isEmpty());
        assertFalse(alice().accessKeys());
    }

    @Test
    void aRolesSessionDurationIsOneToTwelveHours() {
        state.select(List.of("report-logger"));
        assertEquals("Edit trust policy…", inspector.policyActionProperty().get());
        assertEquals("report-logger", inspector.policyEntityId());
        assertFalse(field("session-hours").check("13"));
        assertEquals("Session hours: a role's maximum session duration is 1 to 12 hours, not 13",
                inspector.messageProperty().get());
        assertFalse(field("session-hours").check("twelve"));
        assertTrue(field("session-hours").commit("0").isPresent());
        assertEquals(1, ((Role) state.model().entity("report-logger").orElseThrow()).maxSessionHours());
        assertTrue(field("session-hours").commit("12").isEmpty());
        assertEquals(12, ((Role) state.model().entity("report-logger").orElseThrow()).maxSessionHours());
        assertEquals("", inspector.messageProperty().get());
    }

    @Test
    void aManagedPolicysVersionsFollowTheModel() {
        state.select(List.of("read-reports"));
        assertEquals("Edit policy…", inspector.policyActionProperty().get());
        assertEquals(1, field("default-version").choices().size());
        ManagedPolicy policy = (ManagedPolicy) state.model().entity("read-reports").orElseThrow();
        state.submit(new UpdateEntity(policy.withNewDefaultVersion(new PolicyText(ModelSamples.LAMBDA_TRUST.json()))));
        assertEquals(2, field("default-version").choices().size());
        assertEquals("v2", field("default-version").valueProperty().get());
        assertTrue(field("default-version").commit("v1").isEmpty());
        assertEquals("v1", ((ManagedPolicy) state.model().entity("read-reports").orElseThrow()).defaultVersion());
    }

    @Test
    void computeArnsAreCheckedAndMayStayEmpty() {
        state.select(List.of("report-fn"));
        assertEquals("", inspector.policyActionProperty().get());
        assertFalse(field("arn").check("lambda:report-fn"));
        assertTrue(field("arn").check(""));
        assertTrue(field("compute-type").commit("EC2_INSTANCE").isEmpty());
        assertEquals("EC2 instance", field("compute-type").choices().get(1).label());
        state.select(List.of());
        assertEquals("Model", inspector.headingProperty().get());
    }
}
