package dev.iammodeller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.analysis.ActionOutcome;
import dev.iammodeller.analysis.Assumption;
import dev.iammodeller.analysis.HighlightStyle;
import dev.iammodeller.analysis.IndirectReach;
import dev.iammodeller.analysis.ReachReport;
import dev.iammodeller.analysis.ReachRow;
import dev.iammodeller.analysis.Reacher;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.findings.FindingsViewModel;
import dev.iammodeller.app.live.LiveAnalysis;
import dev.iammodeller.app.live.TestWork;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.cli.CommandLine;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every node of every example through the window's view models (the live analysis behind the canvas
 * highlights, the reach panel and "who can reach this", the badges, the findings panel) and through
 * {@code analyze --json}: the two must give the same answers.
 */
class WindowAndCommandLineAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CompletableFuture<Catalog> catalog;

    @BeforeAll
    static void load() {
        catalog = CompletableFuture.completedFuture(Catalog.load());
    }

    static Stream<String> examples() throws Exception {
        JsonNode index = JSON.readTree(WindowAndCommandLineAgreeTest.class.getResourceAsStream("/examples/index.json"));
        List<String> files = new ArrayList<>();
        index.findValues("file").forEach(file -> files.add(file.asText()));
        assertTrue(files.size() >= 14, "the examples' index lists them all: " + files);
        return files.stream();
    }

    private static String path(String example) throws Exception {
        return Path.of(WindowAndCommandLineAgreeTest.class.getResource("/examples/" + example).toURI()).toString();
    }

    private static JsonNode analyze(String example, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze", path(example)));
        args.addAll(List.of(options));
        args.add("--json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, args + ": " + err.toString(StandardCharsets.UTF_8));
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static String outcomeWords(ActionOutcome outcome) {
        return outcome.action().fullName() + " on " + outcome.resource() + ": "
                + outcome.outcome().kind().name().toLowerCase(Locale.ROOT) + " " + outcome.outcome().conditions();
    }

    /** The rows the reach panel shows that reach something, as "principal: action on target: outcome [conditions]". */
    private static Set<String> panelRows(ReachReport report) {
        Set<String> out = new TreeSet<>();
        for (ReachRow row : report.rows()) {
            if (row.outcome().outcome().reaches()) {
                out.add(row.principalId() + ": " + outcomeWords(row.outcome()));
            }
        }
        return out;
    }

    /** The same from a {@code reach} object of analyze's JSON (every catalogue action on "*" when it says administrator). */
    private static void jsonRows(String principalId, JsonNode reach, Set<String> out) {
        if (reach.get("administrator").asBoolean()) {
            catalog.join().actions().forEach(action -> out.add(principalId + ": " + action.fullName() + " on *: allowed []"));
            return;
        }
        for (JsonNode service : reach.get("services")) {
            for (JsonNode action : service.get("actions")) {
                List<String> conditions = new ArrayList<>();
                action.get("conditions").forEach(c -> conditions.add(c.asText()));
                out.add(principalId + ": " + action.get("action").asText() + " on " + action.get("resource").asText() + ": "
                        + action.get("outcome").asText() + " " + conditions);
            }
        }
    }

    /** An administrator's rows on "*" read as every catalogue action, as the command line reports them. */
    private static Set<String> asCommandLineReadsThem(Set<String> rows, Set<String> administrators) {
        Set<String> out = new TreeSet<>();
        for (String row : rows) {
            String principal = row.substring(0, row.indexOf(':'));
            if (!administrators.contains(principal)) {
                out.add(row);
            }
        }
        for (String principal : administrators) {
            catalog.join().actions().forEach(action -> out.add(principal + ": " + action.fullName() + " on *: allowed []"));
        }
        return out;
    }

    private static Set<String> administrators(JsonNode grants) {
        Set<String> out = new TreeSet<>();
        for (JsonNode grant : grants) {
            if (grant.get("reach").get("administrator").asBoolean()) {
                out.add(grant.get("principal").asText());
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The window's state without a window: the editor and the live analysis behind its panels. */
    private record Window(IamModel model, EditorState editor, LiveAnalysis live) {
        static Window of(String example) throws Exception {
            IamModel model = TestWork.example(example);
            EditorState editor = new EditorState(model);
            return new Window(model, editor, new LiveAnalysis(editor, catalog, TestWork.NOW));
        }

        /** Selects a node, in "who can reach this" or not, and gives what the reach panel and canvas show. */
        ReachReport select(String id, boolean reverse) {
            live.reverseProperty().set(reverse);
            editor.select(List.of(id));
            ReachReport report = live.reportProperty().get();
            assertEquals(id, report.subjectId());
            return report;
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theReachPanelAndAnalyzePrincipalAgreeOnEveryNode(String example) throws Exception {
        Window window = Window.of(example);
        IamModel model = window.model();
        List<String> problems = new ArrayList<>();
        for (Entity entity : model.entities().values()) {
            EntityKind kind = entity.kind();
            if (kind.isIamPrincipal() || kind == EntityKind.IDENTITY_PROVIDER || kind == EntityKind.SERVICE) {
                ReachReport report = window.select(entity.id(), false);
                JsonNode json = analyze(example, "--principal", entity.id());
                if (kind.isIamPrincipal()) {
                    Set<String> panel = new TreeSet<>();
                    panelRows(report).stream().filter(r -> r.startsWith(entity.id() + ": ")).forEach(panel::add);
                    Set<String> cli = new TreeSet<>();
                    jsonRows(entity.id(), json.get("reach"), cli);
                    if (json.get("reach").get("administrator").asBoolean()) {
                        panel = asCommandLineReadsThem(panel, Set.of(entity.id()));
                    }
                    compare(problems, example, entity.id() + " reach", panel, cli);
                    Set<String> panelDriven = new TreeSet<>();
                    for (IndirectReach.Driven driven : report.indirect()) {
                        panelDriven.add(driven.computeId() + " as " + driven.roleId() + " by " + driven.action() + ": "
                                + driven.outcome().kind().name().toLowerCase(Locale.ROOT));
                    }
                    Set<String> cliDriven = new TreeSet<>();
                    for (JsonNode driven : json.get("indirect")) {
                        cliDriven.add(driven.get("compute").asText() + " as " + driven.get("role").asText() + " by "
                                + driven.get("action").asText() + ": " + driven.get("outcome").asText());
                    }
                    compare(problems, example, entity.id() + " indirect", panelDriven, cliDriven);
                }
                Set<String> panelRoles = new TreeSet<>();
                for (Assumption assumption : report.roles()) {
                    panelRoles.add(assumption.chain() + " " + assumption.reach().name().toLowerCase(Locale.ROOT) + " "
                            + assumption.conditions());
                }
                Set<String> cliRoles = new TreeSet<>();
                for (JsonNode role : json.get("roles")) {
                    cliRoles.add(strings(role.get("chain")) + " " + role.get("reach").asText() + " "
                            + strings(role.get("conditions")));
                }
                compare(problems, example, entity.id() + " roles", panelRoles, cliRoles);
            } else if (kind == EntityKind.GROUP || kind == EntityKind.MANAGED_POLICY || kind == EntityKind.INLINE_POLICY
                    || kind == EntityKind.ORGANIZATION_POLICY) {
                Set<String> panel = panelRows(window.select(entity.id(), false));
                JsonNode json = analyze(example, "--principal", entity.id());
                List<JsonNode> grants = new ArrayList<>();
                if (kind == EntityKind.GROUP) {
                    json.get("members").forEach(grants::add);
                } else {
                    json.get("placements").forEach(p -> p.get("grants").forEach(grants::add));
                }
                Set<String> cli = new TreeSet<>();
                grants.forEach(grant -> jsonRows(grant.get("principal").asText(), grant.get("reach"), cli));
                JsonNode all = JSON.createArrayNode().addAll(grants);
                compare(problems, example, entity.id() + " grants", asCommandLineReadsThem(panel, administrators(all)), cli);
            } else if (kind == EntityKind.COMPUTE) {
                ReachReport report = window.select(entity.id(), false);
                JsonNode json = analyze(example, "--principal", entity.id());
                List<Relation> runsAs = model.from(entity.id(), RelationKind.RUNS_AS);
                assertEquals(runsAs.isEmpty() ? null : runsAs.get(0).to(), json.get("runsAs").isNull() ? null
                        : json.get("runsAs").asText(), example + " " + entity.id());
                if (!runsAs.isEmpty()) {
                    assertEquals(HighlightStyle.VIA_ROLE, report.highlights().style(runsAs.get(0).to()).orElse(null));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void whoCanReachAndAnalyzeWhoCanAgreeOnEveryResourceAndRole(String example) throws Exception {
        Window window = Window.of(example);
        IamModel model = window.model();
        List<String> problems = new ArrayList<>();
        for (Entity entity : model.entities().values()) {
            if ((entity.kind() != EntityKind.RESOURCE && entity.kind() != EntityKind.ROLE) || entity.arn() == null) {
                continue;
            }
            ReachReport report = window.select(entity.id(), true);
            Set<String> panel = new TreeSet<>();
            for (Reacher reacher : report.reachers()) {
                if (reacher.style() != HighlightStyle.DENIED) {
                    panel.add(reacher.principalId() + " " + how(reacher.style()));
                }
            }
            JsonNode json = analyze(example, "--who-can", entity.id());
            Set<String> cli = new TreeSet<>();
            for (JsonNode reacher : json.has("assumedBy") ? json.get("assumedBy") : json.get("reachers")) {
                cli.add(reacher.get("id").asText() + " " + how(reacher));
            }
            if (json.has("drivenBy")) {
                json.get("drivenBy").forEach(reacher -> cli.add(reacher.get("id").asText() + " "
                        + (reacher.get("reach").asText().equals("conditional") ? "conditional" : "indirect via")));
            }
            compare(problems, example, entity.id() + " reachers", panel, cli);
        }
        assertEquals(List.of(), problems);
    }

    private static String how(HighlightStyle style) {
        return switch (style) {
            case CONDITIONAL -> "conditional";
            case INDIRECT -> "indirect via";
            case VIA_ROLE -> "via role";
            default -> "direct";
        };
    }

    private static String how(JsonNode reacher) {
        String outcome = reacher.has("reach") ? reacher.get("reach").asText() : reacher.get("outcome").asText();
        if (outcome.equals("conditional")) {
            return "conditional";
        }
        if (reacher.has("how")) {
            return reacher.get("how").asText();
        }
        return reacher.get("chain").size() > 1 ? "via role" : "direct";
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theBadgesAndTheFindingsPanelAgreeWithAnalyze(String example) throws Exception {
        Window window = Window.of(example);
        IamModel model = window.model();
        Map<String, Set<String>> badges = new TreeMap<>();
        window.live().escalationsProperty().get().byPrincipal().forEach((id, paths) -> {
            for (EscalationPath path : paths) {
                badges.computeIfAbsent(model.entities().get(id).arn(), a -> new TreeSet<>()).add(path.gains());
            }
        });
        Map<String, Set<String>> cli = new TreeMap<>();
        for (JsonNode gain : analyze(example, "--escalations")) {
            cli.computeIfAbsent(gain.get("principal").asText(), a -> new TreeSet<>()).add(gain.get("gains").asText());
        }
        assertEquals(cli, badges, example + ": the badges");

        FindingsViewModel panel = new FindingsViewModel(window.editor(), window.live().findings(), () -> null, Clock.systemUTC());
        List<String> shown = new ArrayList<>();
        for (Finding finding : panel.open()) {
            shown.add(finding.code() + " " + finding.subjectId() + ": " + finding.message());
        }
        panel.accepted().forEach(row -> shown.add("accepted " + row.finding().code() + " " + row.finding().subjectId()
                + ": " + row.finding().message()));
        List<String> printed = new ArrayList<>();
        for (JsonNode finding : analyze(example, "--findings")) {
            printed.add((finding.get("accepted").asBoolean() ? "accepted " : "") + finding.get("code").asText() + " "
                    + finding.get("subject").asText() + ": " + finding.get("message").asText());
        }
        assertEquals(printed, shown, example + ": the findings");
    }

    private static void compare(List<String> problems, String example, String what, Set<String> window, Set<String> cli) {
        if (!window.equals(cli)) {
            Set<String> onlyWindow = new TreeSet<>(window);
            onlyWindow.removeAll(cli);
            Set<String> onlyCli = new TreeSet<>(cli);
            onlyCli.removeAll(window);
            problems.add(example + " " + what + ": window only " + first(onlyWindow) + "; analyze only " + first(onlyCli));
        }
    }

    private static String first(Set<String> items) {
        return items.size() <= 3 ? items.toString() : new ArrayList<>(items).subList(0, 3) + " and " + (items.size() - 3) + " more";
    }
}
