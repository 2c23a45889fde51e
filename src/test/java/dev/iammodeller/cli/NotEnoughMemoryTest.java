package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.PretendHeap;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A command whose analysis fills the heap says so and how to give Java more, and exits 1, instead of thrashing. */
class NotEnoughMemoryTest {
    @Test
    void analyzeEscalationsSaysItRanOutOfMemoryAndExitsOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PretendHeap heap = PretendHeap.fullFrom(1)) {
            String model = AnalyzeCommandTest.example("07-provisioning-escalation.iam.json");
            exit = CommandLine.run(new String[] {"analyze", model, "--escalations"},
                    InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, said);
        assertTrue(said.contains("analyze: not enough memory to work out the escalations of "), said);
        assertTrue(said.contains("-Xmx"), "says how to give Java more: " + said);
    }
}
