package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        assertEquals(3 * principals, told.size(),
                "once for each principal's first path, once for its direct gains, once for its grouped answer");
        List<Double> sorted = told.stream().sorted().toList();
        assertTrue(sorted.get(0) > 0, sorted.toString());
        assertEquals(1.0, sorted.get(sorted.size() - 1), 1e-9, "all of it at the end");
        assertTrue(sorted.stream().distinct().count() == told.size(), "each report a step further: " + sorted);
        assertEquals(0.25, sorted.get((int) principals - 1), 1e-9, "every principal up to its first path: a quarter");
        assertEquals(0.85, sorted.get(2 * (int) principals - 1), 1e-9, "the direct gains are most of the work");
    }

    @Test
    void everyPrincipalWithADirectPathIsToldInTheFirstQuarterOfTheWork() {
        // eight users with no path asked first, then v (a path of its own): the first pass runs the eight's rules whole
        // and takes v's to its first path before any principal's rules run a second time, so v is told within the first
        // quarter of the progress (in one pass, v came after the eight's whole shares: 0.66 of the work)
        TestEstate estate = new TestEstate().user("v", TestEstate.allow("iam:PutUserPolicy", TestEstate.arn("user", "v")));
        List<String> first = new java.util.ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            estate.user("w" + n, TestEstate.allow("s3:GetObject", "*"));
            first.add("w" + n);
        }
        first.add("v");
        List<Object> events = new CopyOnWriteArrayList<>();
        Escalations escalations = Escalations.of(estate.check(), events::add, events::add, first);
        assertEquals(Set.of("v"), escalations.byPrincipal().keySet());
        double before = 0;
        for (Object event : events) {
            if (event instanceof String told) {
                assertEquals("v", told);
                assertTrue(before <= 0.25 + 1e-9, "v told once a share of " + before + " was done: " + events);
            } else {
                before = Math.max(before, (Double) event);
            }
        }
        assertEquals(1, events.stream().filter(String.class::isInstance).count(), "told once: " + events);
        assertEquals(Escalations.of(estate.check()), escalations, "the same answer");
    }

    /** v writes into itself and r into itself (direct paths); u only assumes r (a chained path); w has none. */
    private static TestEstate directChainedAndNone() {
        return new TestEstate()
                .user("u", TestEstate.allow("sts:AssumeRole", TestEstate.arn("role", "r")))
                .role("r", TestEstate.trustAws(TestEstate.arn("user", "u")),
                        TestEstate.allow("iam:PutRolePolicy", TestEstate.arn("role", "r")))
                .user("v", TestEstate.allow("iam:PutUserPolicy", TestEstate.arn("user", "v")))
                .user("w", TestEstate.allow("s3:GetObject", "*"));
    }

    @Test
    void principalsWithDirectPathsAreToldBeforeTheWholeAnswerAndThoseWithChainedOnesAreNot() {
        TestEstate estate = directChainedAndNone();
        List<String> told = new CopyOnWriteArrayList<>();
        List<Double> progress = new CopyOnWriteArrayList<>();
        Escalations escalations = Escalations.of(estate.check(), progress::add, told::add, List.of());
        assertEquals(Set.of("r", "u", "v"), escalations.byPrincipal().keySet(), "u gains admin through r");
        assertEquals(Set.of("r", "v"), new TreeSet<>(told), "told while the direct gains are found, each once");
        assertEquals(2, told.size(), told.toString());
        assertEquals(1.0, progress.stream().mapToDouble(Double::doubleValue).max().orElse(0), 1e-9);
        assertEquals(Escalations.of(estate.check()), escalations, "the same answer");
    }

    @Test
    void theFirstPrincipalOnScreenFoundToEscalateIsToldAloneAndTheAnswerAfterIsTheSame() {
        // w has no path, u only a chained one (through r), v and r paths of their own: asked in the order w, u, v, r,
        // v alone is told (w and u worked out on the way, their gains kept), and the whole answer after is unchanged
        TestEstate estate = directChainedAndNone();
        AccessCheck check = estate.check();
        List<String> told = new CopyOnWriteArrayList<>();
        EscalationAnalysis.untilOneEscalates(check, List.of("w", "u", "v", "r"), told::add);
        assertEquals(List.of("v"), told);
        told.clear();
        EscalationAnalysis.untilOneEscalates(check, List.of("x", "w"), told::add);
        assertEquals(List.of(), told, "none of them escalates (x is no principal)");
        List<String> toldAfter = new CopyOnWriteArrayList<>();
        assertEquals(Escalations.of(estate.check()), Escalations.of(check, done -> { }, toldAfter::add, List.of()));
        assertEquals(Set.of("r", "v"), new TreeSet<>(toldAfter), "the whole answer tells each again, once");
        assertEquals(2, toldAfter.size());
    }

    @Test
    void thePrincipalsAskedFirstAreWorkedOutFirstAndTheAnswerIsTheSame() throws Exception {
        assertEquals(List.of("c", "a"), EscalationAnalysis.Session.among(List.of("c", "x", "a", "c"),
                List.of("a", "b", "c", "d")), "those asked first that are principals, in their order, once each");
        assertEquals(List.of(), EscalationAnalysis.Session.among(List.of(), List.of("a", "b")));
        IamModel model = TestEstate.example("07-provisioning-escalation.iam.json");
        List<String> ids = model.entities().values().stream().filter(e -> e.kind().isIamPrincipal()).map(e -> e.id())
                .sorted(java.util.Comparator.reverseOrder()).toList();
        List<String> told = new CopyOnWriteArrayList<>();
        assertEquals(Escalations.of(new AccessCheck(model)),
                Escalations.of(new AccessCheck(model), done -> { }, told::add, ids));
        assertEquals(told.size(), Set.copyOf(told).size(), "each once: " + told);
    }

    @Test
    void everyPrincipalToldEarlyHasABadgeInTheEnd() throws Exception {
        for (String example : List.of("07-provisioning-escalation.iam.json", "01-group-vs-service-role.iam.json")) {
            IamModel model = TestEstate.example(example);
            List<String> told = new CopyOnWriteArrayList<>();
            Escalations escalations = Escalations.of(new AccessCheck(model), done -> { }, told::add, List.of());
            assertTrue(escalations.byPrincipal().keySet().containsAll(told), example + ": " + told);
            assertEquals(told.size(), Set.copyOf(told).size(), "each once");
        }
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
