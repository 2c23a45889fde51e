package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static dev.iammodeller.analysis.escalation.TestEstate.arn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link EscalationAnalysis#settled} and {@link EscalationAnalysis#adopt}: a whole answer handed from one analysis to another. */
class EscalationAdoptionTest {
    /** u can write a policy into itself (admin); v can do nothing that escalates. */
    private static TestEstate estate() {
        return new TestEstate().user("u", allow("iam:PutUserPolicy", arn("user", "u"))).user("v", allow("s3:GetObject", "*"));
    }

    @Test
    void theAnswerIsSettledOnlyOnceEveryPrincipalHasOne() {
        AccessCheck check = estate().check();
        assertEquals(Optional.empty(), EscalationAnalysis.settled(check), "nothing worked out yet");
        EscalationAnalysis.grouped(check, "u");
        assertEquals(Optional.empty(), EscalationAnalysis.settled(check), "v is not worked out yet");
        List<EscalationGain> all = EscalationAnalysis.grouped(check);
        Map<String, PrincipalEscalations> settled = EscalationAnalysis.settled(check).orElseThrow();
        assertEquals(List.of("u", "v"), List.copyOf(settled.keySet()));
        assertEquals(all, settled.get("u").gains());
        assertEquals(List.of(), settled.get("v").gains());
        assertEquals(EscalationAnalysis.count(check).toAdmin(), settled.get("u").toAdmin());
    }

    @Test
    void anAdoptedAnswerIsWhatTheAnalysisGivesWithoutWorkingItOut() {
        AccessCheck worked = estate().check();
        EscalationAnalysis.grouped(worked);
        Map<String, PrincipalEscalations> answer = new TreeMap<>(EscalationAnalysis.settled(worked).orElseThrow());
        // a doctored answer: u's gain reported twice as many alternatives, which no analysis of this model says
        EscalationGain gain = answer.get("u").gains().get(0);
        EscalationGain doctored = new EscalationGain(gain.principalId(), gain.principalArn(), gain.gains(), gain.path(),
                gain.alternatives() + 7, gain.alsoGains());
        answer.put("u", new PrincipalEscalations(List.of(doctored), 42, 41));

        AccessCheck fresh = estate().check();
        assertTrue(EscalationAnalysis.adopt(fresh, answer));
        assertTrue(EscalationAnalysis.settled(fresh).isPresent(), "whole at once");
        assertEquals(List.of(doctored), EscalationAnalysis.grouped(fresh));
        assertEquals(new EscalationAnalysis.Count(42, 41), EscalationAnalysis.count(fresh));
        assertEquals(List.of(doctored.path()), EscalationAnalysis.shortestPaths(fresh));
    }

    @Test
    void anAnswerForOtherPrincipalsIsRefused() {
        AccessCheck worked = estate().check();
        EscalationAnalysis.grouped(worked);
        Map<String, PrincipalEscalations> answer = EscalationAnalysis.settled(worked).orElseThrow();

        AccessCheck missing = estate().check();
        assertFalse(EscalationAnalysis.adopt(missing, Map.of("u", answer.get("u"))), "v has no answer");
        assertEquals(Optional.empty(), EscalationAnalysis.settled(missing));

        AccessCheck more = estate().user("w").check();
        assertFalse(EscalationAnalysis.adopt(more, answer), "w has no answer");

        AccessCheck swapped = estate().check();
        assertFalse(EscalationAnalysis.adopt(swapped, Map.of("u", answer.get("v"), "v", answer.get("u"))),
                "u's gains listed under v");
        assertEquals(Optional.empty(), EscalationAnalysis.settled(swapped));
    }
}
