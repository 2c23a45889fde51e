package dev.iammodeller.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.iammodeller.app.document.Recovery;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 4: a crash's recovery copy whose process id now belongs to a live, unrelated process (as after
 * a reboot) is offered, and a new session, even one with that very process id, never writes over it.
 */
class RecoveryWithLiveProcessTest {
    @TempDir
    Path folder;
    private Process unrelated;

    @BeforeEach
    void anUnrelatedProcess() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sleep")), "a system with /bin/sleep");
        unrelated = new ProcessBuilder("/bin/sleep", "60").start();
    }

    @AfterEach
    void endIt() throws Exception {
        if (unrelated != null) {
            unrelated.destroy();
            unrelated.waitFor();
        }
    }

    @Test
    void aCopyClaimingALiveProcessIdWithAnotherStartTimeIsOfferedAndNeverOverwritten() throws Exception {
        Path recovery = folder.resolve("recovery");
        Files.createDirectories(recovery);
        Path modelFile = folder.resolve("estate.iam.json");
        IamModel crashed = ModelFile.read(HostileModelFile.small().text(), "estate.iam.json");
        // what a session that crashed before the reboot left: its process id is now the sleep's
        long pid = unrelated.pid();
        Instant started = unrelated.info().startInstant().orElseThrow();
        Path copy = recovery.resolve("estate-" + pid + "-before-the-reboot.iam.json");
        ModelFile.write(crashed, copy);
        Files.writeString(recovery.resolve("estate-" + pid + "-before-the-reboot.origin.json"), "{\"file\": \""
                + modelFile.toString().replace("\\", "\\\\") + "\", \"process\": " + pid + ", \"processStart\": \""
                + started.minusSeconds(3600) + "\", \"written\": \"" + Instant.now().minusSeconds(60) + "\"}\n");
        byte[] before = Files.readAllBytes(copy);

        Recovery thisSession = new Recovery(recovery, ProcessHandle.current().pid());
        List<Recovery.Leftover> offered = thisSession.leftovers();
        assertEquals(1, offered.size(), "the copy is offered: its writer is not the live process of that id");
        assertEquals(copy, offered.get(0).copy());
        assertEquals(modelFile, offered.get(0).file());
        assertEquals(crashed, thisSession.read(offered.get(0)));

        // a new session of the same model, even under the live process's id, writes elsewhere
        IamModel edited = new IamModel("edited", "", crashed.entities(), crashed.relations(), crashed.layout());
        Recovery samePid = new Recovery(recovery, pid);
        assertNotEquals(copy, samePid.copyFor(modelFile));
        assertNotEquals(copy, thisSession.copyFor(modelFile));
        samePid.write(edited, modelFile, () -> true);
        thisSession.write(edited, modelFile, () -> true);
        assertArrayEquals(before, Files.readAllBytes(copy), "the leftover is untouched");
        assertEquals(List.of(copy), samePid.leftovers().stream().map(Recovery.Leftover::copy).toList(),
                "offered to that session too, and its own copy is not a leftover");
    }
}
