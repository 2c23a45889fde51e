package dev.iammodeller.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.iammodeller.CaseFiles;
import dev.iammodeller.cli.SimulationRequest;
import dev.iammodeller.cli.SimulationRequestReader;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyParseException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of {@code src/test/resources/eval-cases} (see docs/eval-cases.md) through the same
 * path as the simulate command. Expected outcomes come from AWS's documentation, cited per case.
 */
class EvaluationCorpusTest {

    record Case(String file, String id, String source, Json.JsonObject request, Json.JsonObject expect) {
    }

    static List<Case> cases() throws IOException, URISyntaxException {
        List<Case> cases = new ArrayList<>();
        for (CaseFiles.Case c : CaseFiles.read("/eval-cases")) {
            cases.add(new Case(c.file(), c.text("id"), c.text("source"), (Json.JsonObject) c.json().get("request"),
                    (Json.JsonObject) c.json().get("expect")));
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseDecidesAsAwsDocuments() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + " " + c.id(), () -> check(c)));
    }

    @Test
    void theCorpusIsLargeAndEveryCaseCitesItsSource() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 300, "the corpus must hold at least 300 cases, holds " + cases.size());
        Set<String> ids = new HashSet<>();
        for (Case c : cases) {
            assertTrue(ids.add(c.id()), "duplicate case id " + c.id());
            assertTrue(c.source() != null && !c.source().isBlank(), c.id() + " names no documentation source");
        }
    }

    private static void check(Case c) {
        String expected = text(c.expect().get("decision"));
        SimulationRequest request;
        try {
            request = SimulationRequestReader.read(c.request());
        } catch (PolicyParseException e) {
            assertEquals(expected, "error", c.id() + ": the request did not parse: " + e.getMessage());
            return;
        }
        if (expected.equals("error")) {
            fail(c.id() + ": expected an error, but the request parsed");
        }
        Decision decision = PolicyEvaluator.evaluate(request.request(), request.policies());
        String detail = c.id() + " (" + c.source() + "): " + decision;
        assertEquals(expected, decision.kind().json(), detail);
        if (c.expect().get("blockedBy") != null) {
            Set<String> actual = new TreeSet<>();
            decision.blockedBy().forEach(layer -> actual.add(layer.json()));
            assertEquals(new TreeSet<>(strings(c.expect().get("blockedBy"))), actual, "blockedBy of " + detail);
        }
        if (c.expect().get("missingContextKeys") != null) {
            Set<String> actual = new TreeSet<>();
            decision.missingContextKeys().forEach(key -> actual.add(key.toLowerCase(Locale.ROOT)));
            Set<String> wanted = new TreeSet<>();
            strings(c.expect().get("missingContextKeys")).forEach(key -> wanted.add(key.toLowerCase(Locale.ROOT)));
            assertEquals(wanted, actual, "missingContextKeys of " + detail);
        }
        if (c.expect().get("matchedStatements") != null) {
            Set<String> actual = new TreeSet<>();
            decision.matchedStatements().forEach(ref -> actual.add(ref.layer().json()
                    + (ref.target() == null ? "" : "@" + ref.target()) + ":" + ref.policy() + ":" + ref.statement()));
            Set<String> wanted = new TreeSet<>();
            for (Json item : ((Json.JsonArray) c.expect().get("matchedStatements")).items()) {
                Json.JsonObject ref = (Json.JsonObject) item;
                String target = ref.get("target") == null ? "" : "@" + text(ref.get("target"));
                wanted.add(text(ref.get("layer")) + target + ":" + text(ref.get("policy")) + ":" + text(ref.get("statement")));
            }
            assertEquals(wanted, actual, "matchedStatements of " + detail);
        }
    }

    private static String text(Json value) {
        return value == null ? null : Json.scalarText(value);
    }

    private static List<String> strings(Json value) {
        List<String> out = new ArrayList<>();
        for (Json item : ((Json.JsonArray) value).items()) {
            out.add(Json.scalarText(item));
        }
        return out;
    }
}
