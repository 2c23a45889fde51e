package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing a managed policy creates a new default version, and IAM keeps at most five. */
class ManagedPolicyVersionsTest {
    private static final PolicyText NEW_TEXT = new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":"
            + "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}}");

    private static ManagedPolicy withVersions(String defaultVersion, String... ids) {
        List<ManagedPolicyVersion> versions = new ArrayList<>();
        for (String id : ids) {
            versions.add(new ManagedPolicyVersion(id, ModelSamples.READ_REPORTS));
        }
        return new ManagedPolicy("p", ModelSamples.ACCOUNT, "P", "/", "", versions, defaultVersion);
    }

    private static List<String> ids(ManagedPolicy policy) {
        return policy.versions().stream().map(ManagedPolicyVersion::versionId).toList();
    }

    @Test
    void aNewVersionIsOneAboveTheHighestAndBecomesTheDefault() {
        ManagedPolicy edited = withVersions("v1", "v1", "v3").withNewDefaultVersion(NEW_TEXT);
        assertEquals(List.of("v1", "v3", "v4"), ids(edited));
        assertEquals("v4", edited.defaultVersion());
        assertEquals(NEW_TEXT, edited.document());
    }

    @Test
    void theOldestVersionThatIsNotTheDefaultGoesWhenFiveAreKept() {
        ManagedPolicy edited = withVersions("v1", "v1", "v2", "v3", "v4", "v5").withNewDefaultVersion(NEW_TEXT);
        assertEquals(List.of("v1", "v3", "v4", "v5", "v6"), ids(edited));
        assertEquals("v6", edited.defaultVersion());
        ManagedPolicy again = edited.withNewDefaultVersion(NEW_TEXT);
        assertEquals(List.of("v3", "v4", "v5", "v6", "v7"), ids(again));
    }

    @Test
    void editTitleRefusesAnEmptyTitle() {
        IamModel model = ModelSamples.small();
        assertEquals("Reviewed", new EditTitle(" Reviewed ", "after review").apply(model).title());
        assertEquals("a model has a title: write a few words that say what it shows",
                org.junit.jupiter.api.Assertions.assertThrows(EditRefused.class,
                        () -> new EditTitle(" ", "").apply(model)).getMessage());
    }
}
