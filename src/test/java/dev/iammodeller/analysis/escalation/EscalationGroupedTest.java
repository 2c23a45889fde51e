package dev.iammodeller.analysis.escalation;

import static dev.iammodeller.analysis.escalation.TestEstate.allow;
import static dev.iammodeller.analysis.escalation.TestEstate.arn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link EscalationAnalysis#grouped}: per principal and gain the shortest path and how many others lead there,
 * admin alone when the principal can gain it; {@link EscalationAnalysis#eachPath}: every path, as {@code all}.
 */
class EscalationGroupedTest {
    private static List<String> actions(EscalationPath path) {
        return path.steps().stream().map(EscalationStep::action).toList();
    }

    @Test
    void theShortestPathIsChosenAndTheOthersCounted() {
        // u may write an inline policy into itself (iam-007, one step) and also create a user, write into it and
        // make it a key (iam-create-user, three steps): both lead to admin
        TestEstate estate = new TestEstate().user("u", allow("iam:PutUserPolicy", "*"), allow("iam:CreateUser", "*"),
                allow("iam:CreateAccessKey", "*"));
        List<EscalationPath> all = estate.paths("u");
        assertTrue(all.stream().anyMatch(p -> p.rule().equals("iam-create-user") && p.steps().size() == 3), all.toString());
        long toAdmin = all.stream().filter(EscalationPath::gainsAdmin).count();
        assertTrue(toAdmin >= 2, all.toString());

        List<EscalationGain> gains = EscalationAnalysis.grouped(estate.check(), "u");
        assertEquals(1, gains.size(), gains.toString());
        EscalationGain admin = gains.get(0);
        assertEquals(EscalationPath.ADMIN, admin.gains());
        assertEquals("iam-007", admin.path().rule());
        assertEquals(List.of("iam:PutUserPolicy"), actions(admin.path()));
        assertEquals(arn("user", "u"), admin.path().steps().get(0).target());
        assertEquals(toAdmin - 1, admin.alternatives(), "every other path to admin is counted");
        assertEquals(0, admin.alsoGains(), "u can gain nothing but admin");
    }

    @Test
    void ofPathsAsShortTheFirstRuleIdIsChosen() {
        // two one-step paths to admin on itself: an inline policy (iam-007) or an attached one (iam-008)
        TestEstate estate = new TestEstate().user("u", allow("iam:AttachUserPolicy", arn("user", "u")),
                allow("iam:PutUserPolicy", arn("user", "u")));
        List<EscalationGain> gains = EscalationAnalysis.grouped(estate.check(), "u");
        assertEquals(1, gains.size(), gains.toString());
        assertEquals("iam-007", gains.get(0).path().rule());
        assertEquals(1, gains.get(0).alternatives(), "the iam-008 path");
        assertEquals(List.of("iam-007"), gains.get(0).path().ruleIds());
    }

    @Test
    void aPrincipalThatGainsAdminIsReportedByItsAdminEntryOnly() {
        // u makes keys for v and w (iam-002): it gains both; v may write into itself, so u gains admin through v
        TestEstate estate = new TestEstate().user("u", allow("iam:CreateAccessKey", "*"))
                .user("v", allow("iam:PutUserPolicy", arn("user", "v")))
                .user("w", allow("s3:GetObject", "*"));
        List<EscalationGain> gains = EscalationAnalysis.grouped(estate.check(), "u");
        assertEquals(1, gains.size(), gains.toString());
        EscalationGain admin = gains.get(0);
        assertTrue(admin.gainsAdmin());
        assertEquals("iam-002 > iam-007", admin.path().rule());
        assertEquals(List.of("iam-002", "iam-007"), admin.path().ruleIds());
        assertEquals(List.of("iam:CreateAccessKey", "iam:PutUserPolicy"), actions(admin.path()));
        assertEquals(0, admin.alternatives(), "a chained gain is reported once");
        assertEquals(2, admin.alsoGains(), "v and w, which admin includes");
        assertEquals("u", admin.principalId());
        assertEquals(arn("user", "u"), admin.principalArn());
    }

    @Test
    void aPrincipalThatCannotGainAdminListsEachGainInArnOrder() {
        TestEstate estate = new TestEstate().user("u", allow("iam:CreateAccessKey", "*"))
                .user("w", allow("s3:GetObject", "*"))
                .user("v", allow("sqs:SendMessage", "*"));
        List<EscalationGain> gains = EscalationAnalysis.grouped(estate.check(), "u");
        assertEquals(List.of(arn("user", "v"), arn("user", "w")), gains.stream().map(EscalationGain::gains).toList());
        for (EscalationGain gain : gains) {
            assertEquals("iam-002", gain.path().rule());
            assertEquals(List.of("iam:CreateAccessKey"), actions(gain.path()));
            assertEquals(gain.gains(), gain.path().steps().get(0).target());
            assertEquals(0, gain.alternatives());
            assertEquals(0, gain.alsoGains());
        }
        assertEquals(List.of(), EscalationAnalysis.grouped(estate.check(), "w"), "w can make no keys");
    }

    @Test
    void ruleIdsSplitChainsAndRoutes() {
        EscalationPath path = new EscalationPath("u", arn("user", "u"), "admin", "lambda-003 > iam-001 + iam-002",
                List.of(), List.of());
        assertEquals(List.of("lambda-003", "iam-001", "iam-002"), path.ruleIds());
    }

    /**
     * On every example: the grouped answer is what the per-principal full list says. Per principal, the paths
     * of {@code forPrincipal} by gain; with admin among them, one entry (a shortest admin path, the other admin
     * paths counted, the other gains counted); else one entry per gain, each with a shortest path.
     */
    @Test
    void groupedAgreesWithTheFullListOnEveryExample() throws Exception {
        for (String file : examples()) {
            IamModel model = TestEstate.example(file);
            AccessCheck check = new AccessCheck(model);
            List<EscalationGain> expected = new ArrayList<>();
            for (Entity entity : model.entities().values()) {
                if (!(entity instanceof User || entity instanceof Role)) {
                    continue;
                }
                Map<String, List<EscalationPath>> byGain = new LinkedHashMap<>();
                for (EscalationPath path : EscalationAnalysis.forPrincipal(new AccessCheck(model), entity.id())) {
                    byGain.computeIfAbsent(path.gains(), g -> new ArrayList<>()).add(path);
                }
                if (byGain.containsKey("admin")) {
                    expected.add(entry(byGain.get("admin"), byGain.size() - 1));
                } else {
                    new TreeMap<>(byGain).values().forEach(paths -> expected.add(entry(paths, 0)));
                }
            }
            assertEquals(expected, EscalationAnalysis.grouped(check), file);
            for (EscalationGain gain : expected) {
                assertEquals(List.of(gain), EscalationAnalysis.grouped(check, gain.principalId()).stream()
                        .filter(g -> g.gains().equals(gain.gains())).toList(), file);
            }
        }
    }

    /** The entry for these paths to one gain: the fewest steps, then the first rule id, then the first found. */
    private static EscalationGain entry(List<EscalationPath> paths, int alsoGains) {
        EscalationPath shortest = paths.stream().min(Comparator.comparingInt((EscalationPath p) -> p.steps().size())
                .thenComparing(EscalationPath::rule)).orElseThrow();
        return new EscalationGain(shortest.principalId(), shortest.principalArn(), shortest.gains(), shortest,
                paths.size() - 1, alsoGains);
    }

    @Test
    void eachPathHandsOverWhatAllAndForPrincipalList() throws Exception {
        for (String file : examples()) {
            IamModel model = TestEstate.example(file);
            List<EscalationPath> expected = new ArrayList<>();
            for (Entity entity : model.entities().values()) {
                if (entity instanceof User || entity instanceof Role) {
                    expected.addAll(EscalationAnalysis.forPrincipal(new AccessCheck(model), entity.id()));
                }
            }
            List<EscalationPath> streamed = new ArrayList<>();
            AccessCheck check = new AccessCheck(model);
            EscalationAnalysis.eachPath(check, streamed::add);
            assertEquals(expected, streamed, file);
            assertEquals(expected, EscalationAnalysis.all(check), file);
            assertEquals(new EscalationAnalysis.Count(expected.size(), expected.stream().filter(EscalationPath::gainsAdmin).count()),
                    EscalationAnalysis.count(check), file);
        }
    }

    @Test
    void shortestPathsAreThePathsOfTheGroupedEntries() throws Exception {
        AccessCheck check = new AccessCheck(TestEstate.example("07-provisioning-escalation.iam.json"));
        List<EscalationPath> shortest = EscalationAnalysis.shortestPaths(check);
        assertEquals(EscalationAnalysis.grouped(check).stream().map(EscalationGain::path).toList(), shortest);
        // scenario 7: onboard-dev changes the code of a function that runs as provisioner, which may create users
        assertEquals(List.of("onboard-dev", "provisioner"), shortest.stream().map(EscalationPath::principalId).toList());
        assertEquals("lambda-003 > iam-create-user", shortest.get(0).rule());
        assertEquals("iam-create-user", shortest.get(1).rule());
    }

    /** Every example model the application ships (examples/index.json). */
    static List<String> examples() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = EscalationGroupedTest.class.getResourceAsStream("/examples/index.json")) {
            new ObjectMapper().readTree(in).forEach(example -> out.add(example.path("file").asText()));
        }
        assertTrue(out.size() >= 14, out.toString());
        return out;
    }
}
