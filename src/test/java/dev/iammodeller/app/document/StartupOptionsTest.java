package dev.iammodeller.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's command line: {@code [FILE.iam.json] [--select NAME_OR_ARN]}. */
class StartupOptionsTest {
    @Test
    void noArgumentsMeanTheFirstExampleAndNoSelection() {
        assertEquals(StartupOptions.NONE, StartupOptions.parse(List.of()));
    }

    @Test
    void aFileAndASelectionInEitherOrder() {
        StartupOptions expected = new StartupOptions(Path.of("estate.iam.json"), "alice");
        assertEquals(expected, StartupOptions.parse(List.of("estate.iam.json", "--select", "alice")));
        assertEquals(expected, StartupOptions.parse(List.of("--select", "alice", "estate.iam.json")));
        assertEquals(expected, StartupOptions.parse(List.of("--select=alice", "estate.iam.json")));
        assertEquals(new StartupOptions(null, "arn:aws:iam::111111111111:user/alice"),
                StartupOptions.parse(List.of("--select", "arn:aws:iam::111111111111:user/alice")));
    }

    @Test
    void escalationAsksForTheSelectedPrincipalsEscalationPath() {
        assertEquals(new StartupOptions(Path.of("m.iam.json"), "onboard-dev", true),
                StartupOptions.parse(List.of("m.iam.json", "--select", "onboard-dev", "--escalation")));
        assertEquals(false, StartupOptions.parse(List.of("m.iam.json")).escalation());
    }

    @Test
    void badArgumentsAreRefusedWithAReason() {
        assertEquals("unknown option --frobnicate",
                assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--frobnicate"))).getMessage());
        assertEquals("--select needs the name or ARN of a node",
                assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--select"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("a.iam.json", "b.iam.json")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--select", "a", "--select", "b")));
    }
}
