package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.analysis.escalation.EscalationAnalysis;
import dev.iammodeller.analysis.escalation.EscalationGain;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A possible path says what must exist, in text and in JSON; a certain one says nothing more. */
class EscalationReportPossibleTest {
    private static final IamModel EMPTY = new IamModel("T", "", Map.of(), List.of(), Layout.EMPTY);
    private static final EscalationStep UPDATE = new EscalationStep("lambda:UpdateFunctionCode",
            "arn:aws:lambda:*:111111111111:function:*", "replace the code of a Lambda function, which runs as fn-role");
    private static final EscalationPath POSSIBLE = new EscalationPath("dev", "arn:aws:iam::111111111111:user/dev",
            "arn:aws:iam::111111111111:role/fn-role", "lambda-003", List.of(), List.of(UPDATE),
            List.of("a Lambda function that runs as fn-role must exist"));
    private static final EscalationPath CERTAIN = new EscalationPath("dev", "arn:aws:iam::111111111111:user/dev",
            "admin", "iam-007", List.of(), List.of(new EscalationStep("iam:PutUserPolicy",
            "arn:aws:iam::111111111111:user/dev", "write an inline policy allowing * on * into dev")));

    private static final List<EscalationGain> GAINS = List.of(
            new EscalationGain("dev", POSSIBLE.principalArn(), POSSIBLE.gains(), POSSIBLE, 0, 0),
            new EscalationGain("dev", CERTAIN.principalArn(), CERTAIN.gains(), CERTAIN, 0, 0));

    @Test
    void textAddsOneLineForAPossiblePath() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportText report = new ReportText(new PrintStream(out, false, StandardCharsets.UTF_8))) {
            EscalationReport.text(EMPTY, GAINS, new EscalationAnalysis.Count(2, 1), report);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("      1. lambda:UpdateFunctionCode on arn:aws:lambda:*:111111111111:function:*: replace the code"
                + " of a Lambda function, which runs as fn-role\n"
                + "      possible, only if these exist: a Lambda function that runs as fn-role must exist\n"), text);
        assertEquals(1, text.split("only if these exist", -1).length - 1, text);
    }

    @Test
    void jsonMarksAPossiblePathAndLeavesACertainOneAsItWas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportText report = new ReportText(new PrintStream(out, false, StandardCharsets.UTF_8))) {
            EscalationReport.json(GAINS, new ReportJson(report)).end();
        }
        JsonNode array = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode possible = array.get(0);
        assertTrue(possible.get("possible").asBoolean());
        assertEquals("a Lambda function that runs as fn-role must exist", possible.get("assumes").get(0).asText());
        JsonNode certain = array.get(1);
        assertFalse(certain.has("possible"));
        assertFalse(certain.has("assumes"));
        assertEquals(List.of("principal", "gains", "rule", "rules", "steps", "alternatives", "alsoGains"), iterable(certain));
        JsonNode onePath = new ObjectMapper().readTree(EscalationReport.pathJson(POSSIBLE).toString());
        assertTrue(onePath.get("possible").asBoolean(), "--all-paths marks it too");
        assertEquals(List.of("principal", "gains", "steps"), iterable(
                new ObjectMapper().readTree(EscalationReport.pathJson(CERTAIN).toString())));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
