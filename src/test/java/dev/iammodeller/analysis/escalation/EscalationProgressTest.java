package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The escalation analysis says how far it has come, principal by principal, and ends at all of it. */
class EscalationProgressTest {
    @Test
    void progressRisesPrincipalByPrincipalToTheWholeAndTheAnswerIsTheSame() throws Exception {
        IamModel model = TestEstate.example("07-provisioning-escalation.iam.json");
        List<Double> told = new CopyOnWriteArrayList<>();
        List<EscalationGain> gains = EscalationAnalysis.grouped(new AccessCheck(model), told::add);
        assertEquals(EscalationAnalysis.grouped(new AccessCheck(model)), gains);
        long principals = model.entities().values().stream().filter(e -> e.kind().isIamPrincipal()).count();
        assertEquals(2 * principals, told.size(), "once for each principal's direct gains, once for its grouped answer");
        List<Double> sorted = told.stream().sorted().toList();
        assertTrue(sorted.get(0) > 0, sorted.toString());
        assertEquals(1.0, sorted.get(sorted.size() - 1), 1e-9, "all of it at the end");
        assertTrue(sorted.stream().distinct().count() == told.size(), "each report a step further: " + sorted);
        assertEquals(0.85, sorted.get((int) principals - 1), 1e-9, "the direct gains are most of the work");
    }

    @Test
    void aSecondAskOfTheSameModelValueIsDoneAtOnce() throws Exception {
        IamModel model = TestEstate.example("07-provisioning-escalation.iam.json");
        AccessCheck check = new AccessCheck(model);
        EscalationAnalysis.grouped(check);
        List<Double> told = new CopyOnWriteArrayList<>();
        EscalationAnalysis.grouped(check, told::add);
        assertEquals(1.0, told.stream().mapToDouble(Double::doubleValue).max().orElse(0), 1e-9,
                "told from several threads: all of it is among what is told");
    }
}
