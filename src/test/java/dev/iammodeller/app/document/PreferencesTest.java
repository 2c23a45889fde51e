package dev.iammodeller.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's preferences: kept in preferences.json, the defaults when it is missing or unreadable. */
class PreferencesTest {
    @TempDir
    Path home;

    private Path store() {
        return new UserFolder(home).preferences();
    }

    private static void assertDefaults(Preferences preferences) {
        assertFalse(preferences.dark());
        assertEquals(Optional.empty(), preferences.window());
        assertFalse(preferences.maximized());
        assertEquals(List.of(), preferences.dividers());
        assertEquals(Optional.empty(), preferences.lastFolder());
        assertEquals(Optional.empty(), preferences.lastExportFolder());
    }

    @Test
    void noFileGivesTheDefaultsAndWritesNothing() {
        Preferences preferences = Preferences.load(store());
        assertDefaults(preferences);
        assertFalse(Files.exists(store()), "reading creates no file");
    }

    @Test
    void whatIsSavedIsReadBack() throws IOException {
        Preferences preferences = Preferences.load(store());
        preferences.setDark(true);
        preferences.setWindow(new Preferences.Bounds(40, 60, 1200, 800));
        preferences.setMaximized(true);
        preferences.setDividers(List.of(0.18, 0.72));
        preferences.setLastFolder(home.resolve("models"));
        preferences.setLastExportFolder(home.resolve("slides"));
        assertTrue(preferences.save());
        assertEquals("preferences.json", store().getFileName().toString());
        assertTrue(Files.readString(store()).contains("\"theme\" : \"dark\""), Files.readString(store()));

        Preferences again = Preferences.load(store());
        assertTrue(again.dark());
        assertEquals(Optional.of(new Preferences.Bounds(40, 60, 1200, 800)), again.window());
        assertTrue(again.maximized());
        assertEquals(List.of(0.18, 0.72), again.dividers());
        assertEquals(Optional.of(home.resolve("models").toAbsolutePath()), again.lastFolder());
        assertEquals(Optional.of(home.resolve("slides").toAbsolutePath()), again.lastExportFolder(),
                "the export folder is kept apart from the models' folder");

        again.setDark(false);
        assertTrue(again.save());
        assertFalse(Preferences.load(store()).dark(), "the light theme is kept too");
        try (var files = Files.list(home)) {
            assertEquals(List.of(store()), files.toList(), "written atomically: no temporary file is left beside it");
        }
    }

    @Test
    void theFolderIsCreatedWhenMissing() {
        Path deeper = home.resolve("not/yet/there/preferences.json");
        Preferences preferences = Preferences.load(deeper);
        preferences.setDark(true);
        assertTrue(preferences.save());
        assertTrue(Preferences.load(deeper).dark());
    }

    @Test
    void aCorruptFileGivesTheDefaultsNeverAnError() throws IOException {
        for (String text : new String[] {"{\"theme\": \"dark\", \"window\": {", "", "[1, 2]", "null", "\u0000\u0001garbage",
                "\"dark\""}) {
            Files.writeString(store(), text);
            assertDefaults(Preferences.load(store()));
        }
        Files.write(store(), new byte[] {(byte) 0xC3, (byte) 0x28, '{'});
        assertDefaults(Preferences.load(store()));
    }

    @Test
    void aFolderInPlaceOfTheFileGivesTheDefaultsAndSavingFailsQuietly() throws IOException {
        Files.createDirectories(store());
        Preferences preferences = Preferences.load(store());
        assertDefaults(preferences);
        preferences.setDark(true);
        assertFalse(preferences.save(), "a preference that cannot be written is not kept, and not an error");
    }

    @Test
    void valuesOfTheWrongTypeOrOutOfRangeAreIgnoredOneByOne() throws IOException {
        Files.writeString(store(), """
                {"theme": "dark", "window": {"x": "left", "y": 10, "width": 1200, "height": 800, "maximized": true},
                 "dividers": [0.2, 7], "lastFolder": 42, "aFutureSetting": {"kept": "no"}}
                """);
        Preferences preferences = Preferences.load(store());
        assertTrue(preferences.dark(), "the theme is read");
        assertEquals(Optional.empty(), preferences.window(), "x is not a number: no bounds");
        assertTrue(preferences.maximized());
        assertEquals(List.of(), preferences.dividers(), "a position outside 0..1: no dividers");
        assertEquals(Optional.empty(), preferences.lastFolder());

        Files.writeString(store(), "{\"theme\": \"purple\", \"window\": {\"x\": 0, \"y\": 0, \"width\": 3, \"height\": 2}}");
        Preferences odd = Preferences.load(store());
        assertFalse(odd.dark(), "an unknown theme is the light one");
        assertEquals(Optional.empty(), odd.window(), "a 3x2 window is not restored");
    }

    @Test
    void notKeptPreferencesAreNeverWritten() {
        Preferences preferences = Preferences.notKept();
        preferences.setDark(true);
        assertFalse(preferences.save());
        assertDefaults(Preferences.load(store()));
    }
}
