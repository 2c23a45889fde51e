package dev.iammodeller.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open Recent: newest first, each file once, at most ten, kept in a small JSON file. */
class RecentFilesTest {
    @TempDir
    Path home;

    private Path store() {
        return new UserFolder(home).recentFiles();
    }

    @Test
    void newestFirstAndEachFileOnce() {
        RecentFiles recent = new RecentFiles(store());
        Path a = home.resolve("a.iam.json");
        Path b = home.resolve("b.iam.json");
        recent.add(a);
        recent.add(b);
        assertEquals(List.of(b, a), recent.files());
        recent.add(a);
        assertEquals(List.of(a, b), recent.files(), "opening a again moves it first");
        recent.remove(b);
        assertEquals(List.of(a), recent.files());
    }

    @Test
    void keptBetweenRunsInAJsonFile() throws IOException {
        RecentFiles recent = new RecentFiles(store());
        Path a = home.resolve("models/a.iam.json");
        Path b = home.resolve("b.iam.json");
        recent.add(a);
        recent.add(b);
        assertTrue(Files.readString(store()).contains("\"recent\""));
        assertEquals(List.of(b, a), new RecentFiles(store()).files(), "a new run reads the same list");
        recent.clear();
        assertEquals(List.of(), new RecentFiles(store()).files());
    }

    @Test
    void atMostTenTheOldestDropOut() {
        RecentFiles recent = new RecentFiles(store());
        List<Path> added = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path file = home.resolve("m" + i + ".iam.json");
            added.add(0, file);
            recent.add(file);
        }
        assertEquals(added.subList(0, 10), recent.files());
        assertEquals(added.subList(0, 10), new RecentFiles(store()).files());
    }

    @Test
    void anUnreadableListStartsEmpty() throws IOException {
        Files.createDirectories(home);
        Files.writeString(store(), "{ not json");
        RecentFiles recent = new RecentFiles(store());
        assertEquals(List.of(), recent.files());
        recent.add(home.resolve("a.iam.json"));
        assertEquals(1, new RecentFiles(store()).files().size(), "and is written anew");
    }
}
