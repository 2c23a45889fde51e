package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names from the model never lead out of the export folder, never are what a file system refuses, never collide. */
class SafeFileNamesTest {
    private static final List<String> REFUSED_BY_WINDOWS = List.of("<", ">", ":", "\"", "/", "\\", "|", "?", "*");

    @Test
    void aNameIsOneSegmentThatStaysInsideTheFolder() {
        Path root = Path.of("/export").toAbsolutePath();
        for (String wanted : List.of("../../etc/passwd", "..", ".", "/etc/passwd", "C:\\Windows\\system32", "a/../../b",
                "\\\\server\\share", "", "   ", ".hidden", "name. . ")) {
            String name = SafeFileNames.clean(wanted);
            assertFalse(name.isEmpty(), wanted);
            assertFalse(name.equals(".") || name.equals(".."), wanted);
            assertFalse(name.startsWith("."), wanted + " → " + name);
            assertFalse(name.endsWith(".") || name.endsWith(" "), wanted + " → " + name);
            assertEquals(root.resolve(name).normalize().getParent(), root, wanted + " → " + name);
            for (String c : REFUSED_BY_WINDOWS) {
                assertFalse(name.contains(c), wanted + " → " + name);
            }
        }
    }

    @Test
    void namesWindowsReservesAreChangedWithOrWithoutAnExtension() {
        for (String reserved : List.of("CON", "con", "PRN", "AUX", "NUL", "nul.txt", "COM1", "LPT9", "com1.json")) {
            String name = SafeFileNames.clean(reserved);
            String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            assertFalse(Set.of("con", "prn", "aux", "nul", "com1", "lpt9").contains(stem.toLowerCase(Locale.ROOT)),
                    reserved + " → " + name);
        }
        assertEquals("CONSOLE", SafeFileNames.clean("CONSOLE"));
    }

    @Test
    void controlCharactersAreReplacedAndLettersOfAnyLanguageKept() {
        assertEquals("a_b", SafeFileNames.clean("a\u0000b"));
        assertEquals("a_b", SafeFileNames.clean("a\nb"));
        assertEquals("Zoë Ærø 東京", SafeFileNames.clean("Zoë Ærø 東京"));
        // a decomposed ë is the same file as a composed one: it is written composed
        assertEquals("Zoë", SafeFileNames.clean("Zoe\u0308"));
    }

    @Test
    void longNamesAreCutWithoutSplittingALetter() {
        String name = SafeFileNames.clean("é".repeat(300));
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 120);
        assertEquals(60, name.length());
    }

    @Test
    void namesThatWouldBeOneFileGetDistinctNames() {
        SafeFileNames names = new SafeFileNames();
        Set<String> seen = new HashSet<>();
        for (String wanted : List.of("admin", "Admin", "ADMIN", "admin-2", "a/b", "a:b", "a?b", "CON", "_CON")) {
            String name = names.name("users", wanted, ".json");
            assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), wanted + " → " + name + " again");
        }
        assertEquals("admin.json", new SafeFileNames().name("x", "admin", ".json"));
        // the same name in another folder is no collision
        SafeFileNames two = new SafeFileNames();
        assertEquals(two.name("a", "n", ".json"), two.name("b", "n", ".json"));
        assertNotEquals(two.name("a", "n", ".json"), two.name("a", "N", ".json").toLowerCase(Locale.ROOT));
    }
}
