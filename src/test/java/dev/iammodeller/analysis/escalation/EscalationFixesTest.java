package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.fixes.Fix;
import dev.iammodeller.analysis.fixes.FixPreview;
import dev.iammodeller.analysis.fixes.PathFixes;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The property the what-if fixes promise: over every estate of the escalation rules' tests, every fix proposed for
 * every path of every principal, applied, closes that path in the analysis.
 */
class EscalationFixesTest {
    @Test
    void everyProposedFixClosesItsPathInEveryRuleEstate() throws Exception {
        List<String> open = new ArrayList<>();
        Set<Fix.Kind> proposed = EnumSet.noneOf(Fix.Kind.class);
        int checked = 0;
        Map<String, IamModel> models = new java.util.LinkedHashMap<>();
        RuleEstates.all().forEach((name, estate) -> models.put(name, estate.model()));
        for (String example : RuleEstates.examples()) {
            models.put(example, TestEstate.example(example));
        }
        for (Map.Entry<String, IamModel> estate : models.entrySet()) {
            IamModel model = estate.getValue();
            List<EscalationPath> paths = EscalationAnalysis.shortestPaths(new dev.iammodeller.analysis.AccessCheck(model));
            assertFalse(paths.isEmpty(), estate.getKey() + " opens a path");
            for (EscalationPath path : paths) {
                List<Fix> fixes = PathFixes.of(model, path);
                assertTrue(fixes.stream().anyMatch(f -> f.kind() == Fix.Kind.DENY_STATEMENT),
                        "a Deny statement is always proposed");
                for (Fix fix : fixes) {
                    proposed.add(fix.kind());
                    checked++;
                    if (!FixPreview.closes(model, path, fix)) {
                        open.add(estate.getKey() + ": " + path.principalId() + " " + path.rule() + " stays open after \""
                                + fix.title() + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), open, checked + " fixes checked");
        // removing credentials or a whole role closes findings (FindingFixes), not escalation paths
        assertEquals(EnumSet.complementOf(EnumSet.of(Fix.Kind.REMOVE_CREDENTIALS, Fix.Kind.REMOVE_ROLE)), proposed,
                "every kind of path fix is proposed somewhere");
    }

    /** The check is not vacuous: a change beside the point leaves the path open, and the fix itself closes it. */
    @Test
    void aChangeBesideThePointLeavesThePathOpen() {
        TestEstate estate = new TestEstate().user("u", TestEstate.allow("iam:PutUserPolicy", TestEstate.arn("user", "u")))
                .user("bystander");
        IamModel model = estate.model();
        EscalationPath path = EscalationAnalysis.forPrincipal(estate.check(), "u").get(0);
        Fix unrelated = new Fix(Fix.Kind.DENY_STATEMENT, "Deny s3:GetObject to u", new dev.iammodeller.model.AddEntity(
                new dev.iammodeller.model.InlinePolicy("u/x", "u", "x", TestEstate.policy(TestEstate.deny("s3:GetObject", "*"))),
                null));
        assertFalse(FixPreview.closes(model, path, unrelated));
        Fix deny = PathFixes.of(model, path).stream().filter(f -> f.kind() == Fix.Kind.DENY_STATEMENT).findFirst()
                .orElseThrow();
        assertEquals("Deny iam:PutUserPolicy to u", deny.title());
        assertTrue(FixPreview.closes(model, path, deny));
        IamModel after = deny.command().apply(model);
        assertEquals(model.entities().size() + 1, after.entities().size(), "one inline policy added");
        assertEquals("Deny iam:PutUserPolicy to u", deny.command().label(), "the Edit menu names the fix");
    }
}
