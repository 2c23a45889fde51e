package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.EscalationGain;
import dev.iammodeller.analysis.escalation.PrincipalEscalations;
import dev.iammodeller.io.authz.AuthorizationImport;
import dev.iammodeller.io.authz.ImportProgress;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KnownEscalations}: a whole escalation answer kept in a folder and taken back by an analysis of a model with
 * the same entities and relations under the same build; never by another model or another build.
 */
class KnownEscalationsTest {
    private static final String BUILD = "build-1";
    /** The "IAM Vulnerable" lab, imported: certain and possible paths, conditions, chains. */
    private static IamModel lab;

    @TempDir
    Path folder;

    @BeforeAll
    static void importLab() throws Exception {
        Path file = Path.of(KnownEscalationsTest.class.getResource("/authz/vulnerable-lab-authz.json").toURI());
        lab = AuthorizationImport.importFiles(List.of(file), ImportProgress.NONE).model();
    }

    private KnownEscalations known(String build) {
        return new KnownEscalations(folder, () -> build);
    }

    /** An analysis of {@code model} whose whole escalation answer is worked out. */
    private static AccessCheck worked(IamModel model) {
        AccessCheck check = new AccessCheck(model);
        EscalationAnalysis.grouped(check);
        return check;
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theAnswerComesBackAsItWasWrittenWithEveryKindOfPath() throws Exception {
        Map<String, PrincipalEscalations> answer = EscalationAnalysis.settled(worked(lab)).orElseThrow();
        List<EscalationGain> gains = answer.values().stream().flatMap(p -> p.gains().stream()).toList();
        assertTrue(gains.stream().anyMatch(g -> !g.path().assumes().isEmpty()), "a possible path");
        assertTrue(gains.stream().anyMatch(g -> g.path().assumes().isEmpty()), "a certain path");
        assertTrue(gains.stream().anyMatch(g -> g.path().rule().contains(" > ")), "a chain");
        assertTrue(gains.stream().anyMatch(g -> !g.path().conditions().isEmpty()), "a path on conditions");
        assertTrue(gains.stream().anyMatch(g -> g.path().steps().stream().anyMatch(s -> s.assumes() == null)));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EscalationAnswerFile.write(answer, bytes);
        assertEquals(answer, EscalationAnswerFile.read(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void aKeptAnswerIsTakenByTheSameModelMovedAndRetitled() throws Exception {
        AccessCheck first = worked(lab);
        known(BUILD).keep(first);
        assertEquals(1, files().size());

        String someone = lab.entities().keySet().iterator().next();
        IamModel moved = lab.withLayout(lab.layout().withNode(someone, new Layout.Point(5000, 5000))).withTitle("Another", "text");
        AccessCheck again = new AccessCheck(moved);
        assertTrue(known(BUILD).adopt(again));
        assertTrue(EscalationAnalysis.settled(again).isPresent(), "whole before any question");
        assertEquals(EscalationAnalysis.grouped(first), EscalationAnalysis.grouped(again));
        assertEquals(EscalationAnalysis.count(first), EscalationAnalysis.count(again));
    }

    @Test
    void anotherModelOrAnotherBuildFindsNothing() throws Exception {
        known(BUILD).keep(worked(lab));

        Entity role = lab.entities().values().stream().filter(Role.class::isInstance).findFirst().orElseThrow();
        AccessCheck fewer = new AccessCheck(lab.without(role.id()));
        assertFalse(known(BUILD).adopt(fewer));
        User user = lab.all(User.class).get(0);
        AccessCheck tagged = new AccessCheck(lab.with(new User(user.id(), user.account(), user.name(), user.path(),
                user.accessKeys(), user.consolePassword(), Map.of("team", "other"))));
        assertFalse(known(BUILD).adopt(tagged), "the same counts, another entity");
        assertEquals(Optional.empty(), EscalationAnalysis.settled(tagged));

        AccessCheck sameModel = new AccessCheck(lab);
        assertFalse(known("build-2").adopt(sameModel), "another build of the program");
        assertFalse(new KnownEscalations(folder, () -> null).adopt(sameModel));
        assertEquals(1, files().size(), "nothing written by looking");
    }

    /** Nothing kept for a model of its counts: the program's code is not digested to look (the window's start). */
    @Test
    void lookingWithNothingKeptForSuchAModelDoesNotDigestTheCode() throws Exception {
        int[] digested = {0};
        KnownEscalations counting = new KnownEscalations(folder, () -> {
            digested[0]++;
            return BUILD;
        });
        assertFalse(counting.adopt(new AccessCheck(lab)), "nothing kept at all");
        assertEquals(0, digested[0]);
        counting.keep(worked(lab));
        assertEquals(1, digested[0], "to keep an answer");
        Entity role = lab.entities().values().stream().filter(Role.class::isInstance).findFirst().orElseThrow();
        assertFalse(counting.adopt(new AccessCheck(lab.without(role.id()))), "kept only for another count");
        assertEquals(1, digested[0]);
        assertTrue(counting.adopt(new AccessCheck(lab)), "kept for this model");
        assertEquals(2, digested[0]);
    }

    @Test
    void onlyAWholeAnswerIsKeptAndOnlyWhenTheBuildIsKnown() throws Exception {
        AccessCheck half = new AccessCheck(lab);
        EscalationAnalysis.grouped(half, lab.all(User.class).get(0).id());
        known(BUILD).keep(half);
        new KnownEscalations(folder, () -> null).keep(worked(lab));
        assertEquals(List.of(), files());
    }

    @Test
    void anUnreadableAnswerIsForgottenAndWorkedOutAgain() throws Exception {
        known(BUILD).keep(worked(lab));
        Path file = files().get(0);
        Files.write(file, new byte[] {31, -117, 8, 0, 1, 2, 3});
        AccessCheck again = new AccessCheck(lab);
        assertFalse(known(BUILD).adopt(again));
        assertEquals(List.of(), files(), "the unreadable answer is gone");
        known(BUILD).keep(worked(lab));
        assertTrue(known(BUILD).adopt(new AccessCheck(lab)));
    }

    @Test
    void theAnswersUsedLastAreKept() throws Exception {
        IamModel first = null;
        for (int i = 0; i <= KnownEscalations.KEPT; i++) {
            User user = new User("user-" + i, "111111111111", "user-" + i, "/", false, false, Map.of());
            IamModel model = new IamModel("M", "", Map.of(user.id(), user), List.of(), Layout.EMPTY);
            first = first == null ? model : first;
            known(BUILD).keep(worked(model));
            Thread.sleep(5); // file times apart
        }
        assertEquals(KnownEscalations.KEPT, files().size());
        assertFalse(known(BUILD).adopt(new AccessCheck(first)), "the one used longest ago is forgotten");
    }
}
