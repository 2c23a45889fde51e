package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Policies collapsed into their holders, on example 1 (AWSLambda_FullAccess and AmazonS3FullAccess attached to
 * group dev, CloudWatchFullAccess to role report-logger) and example 2 (group dev-admins' inline policy).
 */
class CollapsedPoliciesTest {
    private static IamModel example(String file) throws Exception {
        return ModelFile.read(ExampleAndImportLayoutTest.resource("/examples/" + file));
    }

    @Test
    void collapsingEveryHolderFoldsEveryAttachedPolicyAndCountsThemOnTheirHolders() throws Exception {
        IamModel model = example("01-group-vs-service-role.iam.json");
        CollapsedPolicies all = CollapsedPolicies.all(model);
        assertEquals(Set.of("dev", "report-logger"), all.holders());
        assertEquals(Map.of("dev", 2, "report-logger", 1), all.counts(model));
        ShownPart part = ShownPart.of(model, Focus.EVERYTHING, all);
        assertFalse(part.model().entities().containsKey("AmazonS3FullAccess"));
        assertFalse(part.model().entities().containsKey("CloudWatchFullAccess"));
        assertEquals(Map.of("dev", 2, "report-logger", 1), part.folded());
        assertEquals(3, part.hidden());
        assertEquals("3 policies collapsed into 2 holders", part.caption());
    }

    @Test
    void aPolicyAlsoAttachedToAnExpandedHolderStaysDrawn() throws Exception {
        IamModel model = example("01-group-vs-service-role.iam.json")
                .withRelation(new Relation(RelationKind.ATTACHED_TO, "AmazonS3FullAccess", "report-logger"));
        CollapsedPolicies dev = CollapsedPolicies.NONE.collapse("dev");
        assertEquals(Map.of("AWSLambda_FullAccess", List.of("dev")), dev.folded(model));
        assertEquals(Map.of("dev", 1), dev.counts(model));
        CollapsedPolicies both = dev.collapse("report-logger");
        assertEquals(Map.of("dev", 2, "report-logger", 2), both.counts(model));
        // dev expanded again: AmazonS3FullAccess is drawn for it, so only CloudWatchFullAccess stays folded
        assertEquals(Map.of("report-logger", 1), both.expand("dev").counts(model));
        assertTrue(both.expand("dev").expand("report-logger").isEmpty());
    }

    @Test
    void anInlinePolicyFoldsIntoItsOwner() throws Exception {
        IamModel model = example("02-organization-admin-access.iam.json");
        String inline = model.inlinePolicies("dev-admins").get(0).id();
        CollapsedPolicies collapsed = CollapsedPolicies.NONE.collapse("dev-admins");
        assertEquals(Map.of(inline, List.of("dev-admins")), collapsed.folded(model));
        assertTrue(CollapsedPolicies.holdsPolicies(model, "dev-admins"));
        assertFalse(CollapsedPolicies.holdsPolicies(model, "bob"));
        ShownPart part = ShownPart.of(model, Focus.EVERYTHING, collapsed);
        assertFalse(part.model().entities().containsKey(inline));
        assertEquals(Map.of("dev-admins", 1), part.folded());
        assertEquals("1 policy collapsed into 1 holder", part.caption());
    }
}
