package dev.iammodeller.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.IamModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery copies: one per model file, offered back only when the process that wrote them is gone. */
class RecoveryTest {
    /** No process has this id (Linux's pid_max is at most 4,194,304). */
    static final long ENDED = 999_999_999L;

    @TempDir
    Path home;

    private final IamModel model = ExampleModels.load(ExampleModels.first());

    @Test
    void aCopyOfAnEndedProcessIsOfferedWithItsFile() throws Exception {
        Path folder = new UserFolder(home).recovery();
        Path file = home.resolve("estate.iam.json");
        Recovery crashed = new Recovery(folder, ENDED);
        crashed.write(model, file, () -> true);
        assertTrue(Files.isRegularFile(crashed.copyFor(file)));
        assertTrue(crashed.copyFor(file).getFileName().toString().endsWith(".iam.json"));

        Recovery next = new Recovery(folder, ProcessHandle.current().pid());
        List<Recovery.Leftover> leftovers = next.leftovers();
        assertEquals(1, leftovers.size());
        assertEquals(file, leftovers.get(0).file());
        assertEquals("estate.iam.json", leftovers.get(0).name());
        assertEquals(model, next.read(leftovers.get(0)));

        next.removeCopy(leftovers.get(0).copy());
        assertEquals(List.of(), next.leftovers());
        try (var left = Files.list(folder)) {
            assertEquals(0, left.count(), "the copy and its origin are both gone");
        }
    }

    @Test
    void theCopiesOfARunningProcessAreNotLeftovers() throws Exception {
        Path folder = new UserFolder(home).recovery();
        Recovery running = new Recovery(folder, ProcessHandle.current().pid());
        running.write(model, null, () -> true);
        assertEquals(List.of(), running.leftovers());
        assertEquals(List.of(), new Recovery(folder, ENDED).leftovers().stream()
                .filter(l -> l.file() != null).toList());
    }

    @Test
    void anUntitledModelIsKeptPerProcess() throws Exception {
        Path folder = new UserFolder(home).recovery();
        Recovery crashed = new Recovery(folder, ENDED);
        crashed.write(model, null, () -> true);
        assertNotEquals(crashed.copyFor(null), new Recovery(folder, 1234).copyFor(null));
        Recovery.Leftover leftover = new Recovery(folder, ProcessHandle.current().pid()).leftovers().get(0);
        assertNull(leftover.file());
        assertEquals("an untitled model", leftover.name());
    }

    @Test
    void aWriteNoLongerWantedWritesNothing() throws Exception {
        Recovery recovery = new Recovery(new UserFolder(home).recovery(), ENDED);
        recovery.write(model, null, () -> false);
        assertFalse(Files.exists(recovery.copyFor(null)));
    }

    @Test
    void aCopyWhoseWriterIdNowBelongsToAnotherProcessIsOffered() throws Exception {
        Path folder = new UserFolder(home).recovery();
        Path file = home.resolve("estate.iam.json");
        // Before a reboot, a process with this test's id (now another, running process) wrote a copy and died.
        long reused = ProcessHandle.current().pid();
        new Recovery(folder, reused, java.time.Instant.parse("2020-01-01T00:00:00Z")).write(model, file, () -> true);
        Recovery next = new Recovery(folder, ProcessHandle.current().pid() + 1_000_000_000L);
        List<Recovery.Leftover> leftovers = next.leftovers();
        assertEquals(1, leftovers.size(), "the running process with that id did not write it");
        assertEquals(file, leftovers.get(0).file());
    }

    @Test
    void aNewSessionNeverWritesOverTheCopyOfAnEarlierOne() throws Exception {
        Path folder = new UserFolder(home).recovery();
        Path file = home.resolve("estate.iam.json");
        Recovery crashed = new Recovery(folder, ENDED, java.time.Instant.parse("2024-05-01T10:00:00Z"));
        crashed.write(model, file, () -> true);
        Recovery next = new Recovery(folder, ENDED, java.time.Instant.parse("2024-05-02T09:00:00Z"));
        assertNotEquals(crashed.copyFor(file), next.copyFor(file), "the same id after a reboot is another session");
        next.write(IamModel.EMPTY, file, () -> true);
        assertEquals(model, dev.iammodeller.io.ModelFile.read(crashed.copyFor(file)));
    }
}
