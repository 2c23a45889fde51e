package dev.iammodeller.app.live;

import static dev.iammodeller.app.live.TestWork.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.HighlightStyle;
import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.AddEntity;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.PrincipalEscalations;
import dev.iammodeller.io.KnownEscalations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live evaluator without a window: selection and edits update the highlights; stale answers are dropped. */
class LiveAnalysisTest {
    private static CompletableFuture<Catalog> catalog;

    @BeforeAll
    static void load() {
        catalog = CompletableFuture.completedFuture(Catalog.load());
    }

    @Test
    void selectingAliceHighlightsHerReachAndAGroupDenyChangesIt() throws Exception {
        EditorState editor = new EditorState(example("01-group-vs-service-role.iam.json"));
        LiveAnalysis live = new LiveAnalysis(editor, catalog, TestWork.NOW);
        assertEquals(Highlights.NONE, live.highlightsProperty().get());
        editor.select(List.of("alice"));
        Highlights alice = live.highlightsProperty().get();
        assertEquals("alice", alice.subjectId());
        assertEquals(HighlightStyle.DIRECT, alice.style("s3").orElseThrow());
        assertEquals(HighlightStyle.INDIRECT, alice.style("cloudwatch").orElseThrow());
        assertFalse(live.busyProperty().get());

        Optional<String> refused = editor.submit(new AddEntity(new InlinePolicy("dev/no-s3", "dev", "no-s3", new PolicyText(
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}")),
                null));
        assertEquals(Optional.empty(), refused);
        assertEquals(HighlightStyle.DENIED, live.highlightsProperty().get().style("s3").orElseThrow(), "the edit updated the highlights");

        editor.undo();
        assertEquals(HighlightStyle.DIRECT, live.highlightsProperty().get().style("s3").orElseThrow());
        editor.select(List.of());
        assertEquals(Highlights.NONE, live.highlightsProperty().get());
        assertNull(live.reportProperty().get());
    }

    @Test
    void severalNodesSelectedHaveNoReachOfOneOfThem() throws Exception {
        EditorState editor = new EditorState(example("01-group-vs-service-role.iam.json"));
        LiveAnalysis live = new LiveAnalysis(editor, catalog, TestWork.NOW);
        editor.select(List.of("alice"));
        assertEquals("alice", live.highlightsProperty().get().subjectId());
        // Select All, a band, a Shift+click: which node is the subject is nobody's choice, and the reach of one would
        // fade the others selected (the inspector and the simulator take exactly one selected node too)
        editor.select(List.of("alice", "dev", "s3"));
        assertEquals(Highlights.NONE, live.highlightsProperty().get());
        assertNull(live.reportProperty().get());
        editor.select(List.of("dev"));
        assertEquals("dev", live.highlightsProperty().get().subjectId());
    }

    @Test
    void theReverseModeAnswersWhoCanReachTheSelectedRole() throws Exception {
        EditorState editor = new EditorState(example("01-group-vs-service-role.iam.json"));
        LiveAnalysis live = new LiveAnalysis(editor, catalog, TestWork.NOW);
        editor.select(List.of("report-logger"));
        assertEquals(Highlights.Mode.FORWARD, live.highlightsProperty().get().mode());
        live.reverseProperty().set(true);
        assertEquals(Highlights.Mode.REVERSE, live.highlightsProperty().get().mode());
        assertEquals(HighlightStyle.INDIRECT, live.highlightsProperty().get().style("alice").orElseThrow());
    }

    @Test
    void escalationBadgesFollowTheModel() throws Exception {
        EditorState editor = new EditorState(example("07-provisioning-escalation.iam.json"));
        LiveAnalysis live = new LiveAnalysis(editor, catalog, TestWork.NOW);
        assertTrue(live.escalationsProperty().get().hasPath("provisioner"));
        assertTrue(live.findings().stream().anyMatch(f -> f.code().equals("ESCALATION")));
        editor.open(example("07b-provisioning-with-boundary.iam.json"), null);
        assertFalse(live.escalationsProperty().get().hasPath("provisioner"), "the boundary closes the path");
    }

    @Test
    void escalationsThatFillTheHeapStopAndTheFindingsSayWhatTheyLack() throws Exception {
        analysed("01-group-vs-service-role.iam.json");
        editor.open(example("03-freelancer-lambda.iam.json"), null);
        try (dev.iammodeller.analysis.PretendHeap heap = dev.iammodeller.analysis.PretendHeap.fullFrom(1)) {
            workedOut(); // no percentage left standing, nothing busy
        }
        assertFalse(live.escalationsProperty().get().hasPath("freelancer"));
        assertFalse(live.findings().isEmpty(), "the findings but the escalations are shown");
        assertTrue(live.findings().stream().noneMatch(f -> f.code().equals("ESCALATION")));
        assertTrue(live.modelProblemProperty().get().startsWith(
                "without the escalations: not enough memory to work out the escalations of "), live.modelProblemProperty().get());
        assertTrue(live.escalationsProblemProperty().get().startsWith("not enough memory to work out the escalations of "),
                live.escalationsProblemProperty().get());

        editor.open(example("03-freelancer-lambda.iam.json"), null);
        workedOut();
        assertEquals("", live.modelProblemProperty().get(), "opened again with room, nothing is missing");
        assertEquals("", live.escalationsProblemProperty().get());
        assertTrue(live.escalationsProperty().get().hasPath("freelancer"));
        assertTrue(live.findings().stream().anyMatch(f -> f.code().equals("ESCALATION")));
    }

    @Test
    void principalsFoundToEscalateBeforeTheHeapFillsKeepTheirBadgesUntilTheModelChanges() throws Exception {
        dev.iammodeller.model.IamModel scenario7 = scenario7OpenedUpToItsEscalations();
        int principals = scenario7.all(dev.iammodeller.model.User.class).size()
                + scenario7.all(dev.iammodeller.model.Role.class).size();
        // full once every principal's own paths are found: the escalations stop while their chains are worked out
        try (dev.iammodeller.analysis.PretendHeap heap = dev.iammodeller.analysis.PretendHeap.fullFrom(principals + 1)) {
            workedOut();
        }
        assertTrue(live.escalationsProblemProperty().get().startsWith("not enough memory to work out the escalations of "),
                live.escalationsProblemProperty().get());
        assertTrue(live.escalationsProperty().get().byPrincipal().isEmpty(), "no escalation paths: they were not all worked out");
        assertTrue(live.escalatingSoFarProperty().get().contains("provisioner"),
                "what was found before the stop is true and stays: " + live.escalatingSoFarProperty().get());
        assertTrue(live.modelProblemProperty().get().startsWith("without the escalations: not enough memory"),
                live.modelProblemProperty().get());
        assertTrue(live.modelProblemProperty().get().endsWith("; the " + live.escalatingSoFarProperty().get().size()
                        + (live.escalatingSoFarProperty().get().size() == 1 ? " principal" : " principals")
                        + " found to escalate before it stopped keep their badges"), live.modelProblemProperty().get());

        editor.open(example("01-group-vs-service-role.iam.json"), null);
        assertEquals(java.util.Set.of(), live.escalatingSoFarProperty().get(), "another model: its badges go");
        workedOut();
        assertEquals(java.util.Set.of(), live.escalatingSoFarProperty().get());
    }

    @Test
    void aListenerOfTheFindingsKeepsHearingAfterAGarbageCollection() throws Exception {
        EditorState editor = new EditorState(example("01-group-vs-service-role.iam.json"));
        LiveAnalysis live = new LiveAnalysis(editor, catalog, TestWork.NOW);
        List<Integer> heard = new java.util.ArrayList<>();
        live.findings().addListener((javafx.collections.ListChangeListener<dev.iammodeller.analysis.findings.Finding>)
                change -> heard.add(live.findings().size()));
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        editor.open(example("07-provisioning-escalation.iam.json"), null);
        assertFalse(heard.isEmpty(), "the findings panel hears that scenario 7 has findings");
    }

    @Test
    void theNewestSelectionWinsAndAnOlderAnswerIsDropped() throws Exception {
        EditorState editor = new EditorState(example("01-group-vs-service-role.iam.json"));
        TestWork.Held selection = new TestWork.Held();
        LiveAnalysis live = new LiveAnalysis(editor, catalog, selection, TestWork.NOW);
        editor.select(List.of("alice"));
        editor.select(List.of("report-logger"));
        assertTrue(live.busyProperty().get());
        assertEquals(1, selection.jobs.size(), "one job at a time: the newest request waits");
        selection.jobs.get(0).run();
        assertEquals(Highlights.NONE, live.highlightsProperty().get(), "the answer for alice came too late and is dropped");
        assertEquals(2, selection.jobs.size(), "the waiting request started");
        assertTrue(live.busyProperty().get());
        selection.jobs.get(1).run();
        assertEquals("report-logger", live.highlightsProperty().get().subjectId());
        assertFalse(live.busyProperty().get());
    }

    @Test
    void anOpenedModelIsAnalysedOnlyOnceTheWindowLetsItStartAndSaysWhatItAnalyses() throws Exception {
        analysed("07-provisioning-escalation.iam.json");
        assertTrue(live.escalationsProperty().get().hasPath("provisioner"));
        assertFalse(live.findings().isEmpty());

        dev.iammodeller.model.IamModel next = example("01-group-vs-service-role.iam.json");
        editor.open(next, null);
        long principals = next.all(dev.iammodeller.model.User.class).size() + next.all(dev.iammodeller.model.Group.class).size()
                + next.all(dev.iammodeller.model.Role.class).size();
        assertEquals("Analysing " + principals + " users, groups and roles…", live.progressProperty().get());
        assertFalse(live.escalationsProperty().get().hasPath("provisioner"), "the previous model's badges are gone");
        assertTrue(live.findings().isEmpty(), "the previous model's findings are gone");
        assertTrue(live.modelBusyProperty().get(), "waiting to start counts as busy");
        assertTrue(modelWork.jobs.isEmpty(), "nothing runs before the window lets it start");

        starts.remove(0).run();
        assertEquals(2, modelWork.jobs.size(), "its findings but the escalations, and its escalations");
        workedOut();
        assertTrue(live.findings().stream().noneMatch(f -> f.subjectId().equals("provisioner")));
    }

    /**
     * A model just opened shows its findings but the escalation ones first (the escalation analysis is the long
     * part on a large model), saying the escalations are being worked out; then every finding and the badges.
     * After an edit the findings shown stay until all of the new ones are in.
     */
    @Test
    void anOpenedModelShowsItsOtherFindingsWhileItsEscalationsAreWorkedOut() throws Exception {
        analysed("01-group-vs-service-role.iam.json");
        dev.iammodeller.model.IamModel scenario4 = example("04-third-party-access.iam.json");
        editor.open(scenario4, null);
        assertTrue(live.findings().isEmpty());

        started(); // drawn
        long usersAndRoles = scenario4.all(dev.iammodeller.model.User.class).size()
                + scenario4.all(dev.iammodeller.model.Role.class).size();
        assertEquals("Working out the escalations of " + usersAndRoles + " users and roles…", live.progressProperty().get());
        assertEquals(2, modelWork.jobs.size(), "its findings but the escalations, and beside them the escalations");
        modelWork.jobs.remove(0).run();
        List<String> early = live.findings().stream().map(dev.iammodeller.analysis.findings.Finding::code).distinct().toList();
        assertTrue(early.contains("EXTERNAL_TRUST"), "the vendor role's trust is a finding at once: " + early);
        assertFalse(early.contains("ESCALATION"));
        assertEquals("Working out the escalations of " + usersAndRoles + " users and roles…", live.progressProperty().get());
        assertTrue(live.modelBusyProperty().get());
        assertEquals(1, modelWork.jobs.size(), "the escalations, under way");

        workedOut();
        assertEquals(dev.iammodeller.analysis.findings.Findings.of(catalog.join(),
                live.analysisOf(editor.model()).check()), List.copyOf(live.findings()), "then every finding");

        editor.open(example("07-provisioning-escalation.iam.json"), null);
        runAll(modelWork);
        List<dev.iammodeller.analysis.findings.Finding> shown = List.copyOf(live.findings());
        assertTrue(shown.stream().anyMatch(f -> f.code().equals("ESCALATION")));
        addEve();
        started();
        assertEquals(1, modelWork.jobs.size(), "its escalations, and no early findings: those shown stay");
        assertEquals(shown, List.copyOf(live.findings()), "after an edit the escalation findings do not blink out");
        assertEquals("", live.progressProperty().get());
        runAll(modelWork);
    }

    /**
     * Without a window holding the start back, the model-wide jobs of a model are asked for as its value changes, before
     * the editor says it was opened: told so, they work out its findings but the escalations first all the same.
     */
    @Test
    void anOpenedModelStartedAtOnceStillShowsItsOtherFindingsFirst() throws Exception {
        editor = new EditorState(example("01-group-vs-service-role.iam.json"));
        modelWork = new TestWork.Held();
        live = new LiveAnalysis(editor, catalog, TestWork.NOW, modelWork);
        runAll(modelWork);
        dev.iammodeller.model.IamModel scenario4 = example("04-third-party-access.iam.json");
        editor.open(scenario4, null);
        long usersAndRoles = scenario4.all(dev.iammodeller.model.User.class).size()
                + scenario4.all(dev.iammodeller.model.Role.class).size();
        assertEquals("Working out the escalations of " + usersAndRoles + " users and roles…", live.progressProperty().get());
        assertEquals(2, modelWork.jobs.size(), "its escalations, and its findings but the escalations");
        modelWork.jobs.remove(1).run(); // the early findings
        assertTrue(live.findings().stream().anyMatch(f -> f.code().equals("EXTERNAL_TRUST")), live.findings().toString());
        assertTrue(live.findings().stream().noneMatch(f -> f.code().equals("ESCALATION")));
        workedOut();
        assertEquals(dev.iammodeller.analysis.findings.Findings.of(catalog.join(),
                live.analysisOf(editor.model()).check()), List.copyOf(live.findings()), "then every finding");
    }

    /**
     * The findings but the escalation ones are worked out beside the escalations: when the escalations and every finding
     * are in before them (a small model), they come too late to replace those.
     */
    @Test
    void earlyFindingsThatComeAfterEveryFindingAreNotShown() throws Exception {
        analysed("01-group-vs-service-role.iam.json");
        editor.open(example("07-provisioning-escalation.iam.json"), null);
        started();
        assertEquals(2, modelWork.jobs.size());
        Runnable early = modelWork.jobs.remove(0);
        modelWork.jobs.remove(0).run(); // the escalations first
        modelWork.jobs.remove(0).run(); // then every finding
        List<dev.iammodeller.analysis.findings.Finding> all = List.copyOf(live.findings());
        assertTrue(all.stream().anyMatch(f -> f.code().equals("ESCALATION")), all.toString());
        early.run();
        assertEquals(all, List.copyOf(live.findings()), "the escalation findings stay");
        workedOut();
    }

    /** Scenario 7 opened after scenario 1 was analysed, its findings but the escalations in, its escalations next. */
    private dev.iammodeller.model.IamModel scenario7OpenedUpToItsEscalations() throws Exception {
        analysed("01-group-vs-service-role.iam.json");
        dev.iammodeller.model.IamModel scenario7 = example("07-provisioning-escalation.iam.json");
        editor.open(scenario7, null);
        started();
        modelWork.jobs.remove(0).run(); // its findings but the escalations (worked out beside the escalations)
        return scenario7;
    }

    /**
     * With principals on screen (onboard-dev, which escalates), the first found is worked out before the findings and
     * counted at once, before any share: "… · 1 can escalate so far".
     */
    @Test
    void theFirstPrincipalOnScreenFoundToEscalateIsCountedBeforeAnyShare() throws Exception {
        analysed("01-group-vs-service-role.iam.json");
        live.setEscalationsFirst(() -> List.of("onboard-dev"));
        dev.iammodeller.model.IamModel scenario7 = example("07-provisioning-escalation.iam.json");
        editor.open(scenario7, null);
        started();
        modelWork.jobs.remove(0).run(); // its findings but the escalations
        String working = "Working out the escalations of " + (scenario7.all(dev.iammodeller.model.User.class).size()
                + scenario7.all(dev.iammodeller.model.Role.class).size()) + " users and roles…";
        List<String> said = new java.util.ArrayList<>();
        live.progressProperty().addListener((o, was, now) -> said.add(now));
        modelWork.jobs.remove(0).run(); // the escalations
        assertEquals(working + " · 1 can escalate so far", said.get(0), said.toString());
        assertTrue(live.escalationsProperty().get().hasPath("onboard-dev"));
        runAll(modelWork);
    }

    /** An edit of scenario 7: a user in the provisioner's account. */
    private void addEve() {
        editor.submit(new AddEntity(new dev.iammodeller.model.User("eve", editor.model().entities().get("provisioner")
                .account(), "eve", "/", false, false, java.util.Map.of()), null));
    }

    @Test
    void theEscalationsOfAModelJustOpenedSayHowFarTheyHaveCome() throws Exception {
        dev.iammodeller.model.IamModel scenario7 = scenario7OpenedUpToItsEscalations();
        String working = "Working out the escalations of " + (scenario7.all(dev.iammodeller.model.User.class).size()
                + scenario7.all(dev.iammodeller.model.Role.class).size()) + " users and roles…";
        assertEquals(working, live.progressProperty().get());
        assertEquals(-1, live.modelProgressProperty().get(), "nothing says how far yet");
        List<String> said = new java.util.ArrayList<>();
        List<Double> shares = new java.util.ArrayList<>();
        live.progressProperty().addListener((o, was, now) -> said.add(now));
        live.modelProgressProperty().addListener((o, was, now) -> shares.add(now.doubleValue()));
        modelWork.jobs.remove(0).run(); // the escalations (held work tells its progress at once, on this thread)
        // the first principal found comes before any share: counted at once, "… · 1 can escalate so far"
        String percentage = java.util.regex.Pattern.quote(working) + "( \\d+ %)?( · [\\d,]+ can escalate so far)?";
        assertTrue(said.size() >= 2 && said.stream().allMatch(text -> text.matches(percentage)), said.toString());
        long found = live.escalationsProperty().get().byPrincipal().size();
        assertTrue(found > 0);
        assertTrue(said.get(said.size() - 1).startsWith(working + " 100 % · "), said.toString());
        assertTrue(said.get(said.size() - 1).endsWith(" can escalate so far"), "the principals found so far are counted");
        assertEquals(-1, live.modelProgressProperty().get(), "the escalations are in: nothing to say how far");
        assertEquals(1.0, shares.get(shares.size() - 2), 1e-9, shares.toString());
        for (int at = 1; at < shares.size() - 1; at++) {
            assertTrue(shares.get(at) > shares.get(at - 1), "it only grows: " + shares);
        }
        runAll(modelWork);
        assertEquals("", live.progressProperty().get());

        addEve();
        said.clear();
        runAll(modelWork);
        assertEquals(List.of(), said, "an edit's analysis keeps the findings shown and says nothing");
    }

    @Test
    void principalsFoundToEscalateAreToldBeforeTheEscalationsAreIn() throws Exception {
        scenario7OpenedUpToItsEscalations();
        assertEquals(java.util.Set.of(), live.escalatingSoFarProperty().get());
        List<java.util.Set<String>> told = new java.util.ArrayList<>();
        List<Integer> badgesWhenTold = new java.util.ArrayList<>();
        live.escalatingSoFarProperty().addListener((o, was, now) -> {
            told.add(now);
            badgesWhenTold.add(live.escalationsProperty().get().byPrincipal().size());
        });
        modelWork.jobs.remove(0).run(); // the escalations (held work tells its progress at once, on this thread)
        assertTrue(told.size() >= 2, told.toString());
        java.util.Set<String> before = told.get(told.size() - 2);
        java.util.Set<String> escalating = live.escalationsProperty().get().byPrincipal().keySet();
        assertFalse(before.isEmpty(), "the provisioner's own paths are found before the whole answer");
        assertTrue(escalating.containsAll(before), before + " within " + escalating);
        assertEquals(0, badgesWhenTold.get(0), "told while the escalations shown were none");
        assertEquals(java.util.Set.of(), told.get(told.size() - 1), "once the escalations are in, they say it all");
        assertEquals(escalating.size(), badgesWhenTold.get(badgesWhenTold.size() - 1), "cleared after they are shown");
        runAll(modelWork);

        told.clear();
        addEve();
        runAll(modelWork);
        assertEquals(List.of(), told, "an edit's escalations replace the badges shown when they are in");
    }

    @Test
    void theAnalysisOfAModelSinceReplacedIsNeitherStartedNorShown() throws Exception {
        analysed("01-group-vs-service-role.iam.json");
        editor.open(example("07-provisioning-escalation.iam.json"), null);
        starts.remove(0).run();
        assertEquals(2, modelWork.jobs.size(), "the jobs for scenario 7 started");
        editor.open(example("07b-provisioning-with-boundary.iam.json"), null);
        Runnable startOf07b = starts.remove(0);
        editor.open(example("01-group-vs-service-role.iam.json"), null);
        startOf07b.run();
        assertEquals(2, modelWork.jobs.size(), "the start for 07b, replaced before it ran, started nothing");
        modelWork.jobs.remove(0).run();
        modelWork.jobs.remove(0).run();
        assertFalse(live.escalationsProperty().get().hasPath("provisioner"), "scenario 7's answer came too late");
        assertTrue(live.findings().isEmpty());
        assertTrue(modelWork.jobs.isEmpty(), "no escalation nor findings job follows a dropped answer");
        assertTrue(live.modelBusyProperty().get(), "the newest model still waits for its start");
        starts.remove(0).run();
        workedOut();
    }

    /**
     * Moving a node of a model whose escalations are being worked out (minutes of a large account's) neither starts
     * them again nor drops their answer: nothing an analysis reads has changed.
     */
    @Test
    void aMoveWhileTheEscalationsAreWorkedOutKeepsTheirWork() throws Exception {
        scenario7OpenedUpToItsEscalations();
        String working = live.progressProperty().get();
        assertEquals(1, modelWork.jobs.size(), "the escalations are next");
        editor.submit(new dev.iammodeller.model.MoveNodes(java.util.Map.of("provisioner",
                new dev.iammodeller.model.Layout.Point(1234, 567))));
        editor.submit(new dev.iammodeller.model.EditTitle("Renamed", "A title is not analysed"));
        assertEquals(1, modelWork.jobs.size(), "nothing more to work out");
        assertEquals(working, live.progressProperty().get());
        modelWork.jobs.remove(0).run();
        assertTrue(live.escalationsProperty().get().hasPath("provisioner"), "the answer is shown for the moved model");
        workedOut();
        assertTrue(live.findings().stream().anyMatch(f -> f.code().equals("ESCALATION")));
    }

    /**
     * The escalations of a model edited meanwhile stop at their next report, so that the cores go to the newer model;
     * a stopped analysis asked again (the edit undone) gives the whole answer.
     */
    @Test
    void theEscalationsOfAModelSinceEditedStopAndAreWholeWhenAskedAgain() throws Exception {
        dev.iammodeller.model.IamModel scenario7 = scenario7OpenedUpToItsEscalations();
        addEve();
        modelWork.jobs.remove(0).run(); // scenario 7's escalations, no longer wanted
        assertEquals(1, modelWork.failures.size());
        assertTrue(modelWork.failures.get(0) instanceof java.util.concurrent.CancellationException,
                modelWork.failures.toString());
        assertEquals("", live.problemProperty().get(), "a stopped job is no failure to show");
        assertEquals(java.util.Map.of(), live.escalationsProperty().get().byPrincipal());

        editor.undo(); // scenario 7 again: its analysis, stopped after its first principal, is asked again
        assertTrue(scenario7 == editor.model());
        workedOut();
        assertEquals(1, modelWork.failures.size());
        assertEquals(dev.iammodeller.analysis.escalation.Escalations.of(new dev.iammodeller.analysis.ModelAnalysis(
                catalog.join(), scenario7).check()).byPrincipal(), live.escalationsProperty().get().byPrincipal());
        assertTrue(live.escalationsProperty().get().hasPath("provisioner"));
    }

    /** Once the analysis is in, a move, a save or an undone move start nothing; an edit of an entity does. */
    @Test
    void onlyAnEditOfEntitiesOrRelationsAnalysesAgain() throws Exception {
        analysed("07-provisioning-escalation.iam.json");
        dev.iammodeller.analysis.ModelAnalysis before = live.analysisOf(editor.model());
        editor.submit(new dev.iammodeller.model.MoveNodes(java.util.Map.of("provisioner",
                new dev.iammodeller.model.Layout.Point(10, 10))));
        editor.saved(java.nio.file.Path.of("moved.iam.json"));
        editor.undo();
        assertTrue(modelWork.jobs.isEmpty());
        assertFalse(live.modelBusyProperty().get());
        assertTrue(live.escalationsProperty().get().hasPath("provisioner"));
        assertTrue(before == live.analysisOf(editor.model()), "the moved model's questions are answered by the same analysis");

        addEve();
        assertTrue(live.modelBusyProperty().get());
        started();
        assertFalse(modelWork.jobs.isEmpty(), "a new user is analysed");
        runAll(modelWork);
        assertFalse(before == live.analysisOf(editor.model()));
    }

    @Test
    void aSlowAnswerIsKeptOnceShownAndTheNextWindowTakesIt(@TempDir Path folder) throws Exception {
        editor = new EditorState(example("07-provisioning-escalation.iam.json"));
        modelWork = new TestWork.Held();
        live = new LiveAnalysis(editor, catalog, TestWork.NOW, modelWork);
        live.setKnownEscalations(new KnownEscalations(folder), Duration.ZERO);
        workedOut();
        assertTrue(live.escalationsProperty().get().hasPath("provisioner"));
        List<Path> kept = files(folder);
        assertEquals(1, kept.size(), "kept once the findings are shown");

        // kept again with provisioner's paths taken out, which no analysis of this model says: the next window shows that
        Files.delete(kept.get(0));
        AccessCheck doctored = new AccessCheck(editor.model());
        Map<String, PrincipalEscalations> answer = new TreeMap<>(EscalationAnalysis.settled(
                live.analysisOf(editor.model()).check()).orElseThrow());
        answer.put("provisioner", new PrincipalEscalations(List.of(), 0, 0));
        assertTrue(EscalationAnalysis.adopt(doctored, answer));
        new KnownEscalations(folder).keep(doctored);

        EditorState next = new EditorState(example("07-provisioning-escalation.iam.json"));
        TestWork.Held nextWork = new TestWork.Held();
        LiveAnalysis again = new LiveAnalysis(next, catalog, TestWork.NOW, nextWork);
        again.setKnownEscalations(new KnownEscalations(folder), Duration.ZERO);
        runAll(nextWork);
        assertFalse(again.escalationsProperty().get().hasPath("provisioner"), "the kept answer was taken");
        assertTrue(again.findings().stream().noneMatch(f -> f.code().equals("ESCALATION") && f.subjectId().equals("provisioner")),
                "and the findings follow it");
        assertEquals(1, files(folder).size());
    }

    @Test
    void aQuickAnswerIsNotKept(@TempDir Path folder) throws Exception {
        editor = new EditorState(example("07-provisioning-escalation.iam.json"));
        modelWork = new TestWork.Held();
        live = new LiveAnalysis(editor, catalog, TestWork.NOW, modelWork);
        live.setKnownEscalations(new KnownEscalations(folder), Duration.ofHours(1));
        workedOut();
        assertTrue(live.escalationsProperty().get().hasPath("provisioner"));
        assertEquals(List.of(), files(folder));
    }

    private static List<Path> files(Path folder) throws Exception {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** The editor, the held model-wide jobs and the live analysis of {@link #analysed}. */
    private EditorState editor;
    private TestWork.Held modelWork;
    private LiveAnalysis live;

    /** The model-wide starts held, as the window holds them until the model is drawn (after {@link #analysed}). */
    private final List<Runnable> starts = new java.util.ArrayList<>();

    /**
     * An example in the editor, analysed (its model-wide jobs held, then all run): the start of the tests of openings.
     * From then on the model-wide work of each model value waits for its start ({@link #starts}), as in the window.
     */
    private void analysed(String example) throws Exception {
        editor = new EditorState(example(example));
        modelWork = new TestWork.Held();
        live = new LiveAnalysis(editor, catalog, TestWork.NOW, modelWork);
        runAll(modelWork);
        live.setModelWideStart(starts::add);
    }

    /** Runs the held starts, as the window once the model is drawn. */
    private void started() {
        while (!starts.isEmpty()) {
            starts.remove(0).run();
        }
    }

    /** Runs every held model-wide job: then nothing is under way, nor said to be. */
    private void workedOut() {
        runAll(modelWork);
        assertEquals("", live.progressProperty().get());
        assertFalse(live.modelBusyProperty().get());
    }

    /** Runs the held starts and jobs until none is left. */
    private void runAll(TestWork.Held work) {
        started();
        while (!work.jobs.isEmpty()) {
            work.jobs.remove(0).run();
            started();
        }
    }
}
