package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of classes the window loads ahead is still the window's: written again when most have gone. */
class StartupClassesTest {
    @Test
    void almostEveryClassListedIsAClassOfThisBuild() throws IOException {
        List<String> names;
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        assertTrue(names.size() > 1000, "the list names the controls, skins and views of the first window: " + names.size());
        assertTrue(names.contains(MainWindow.class.getName()));
        long gone = names.stream().filter(name -> {
            try {
                Class.forName(name, false, StartupClasses.class.getClassLoader());
                return false;
            } catch (ClassNotFoundException | LinkageError e) {
                return true;
            }
        }).count();
        // a few may be gone (a class renamed, another platform's JavaFX classes); many gone: write the list again
        assertTrue(gone * 20 < names.size(), gone + " of " + names.size() + " listed classes are not in this build:"
                + " write the list again (docs/performance.md, \"Classes loaded ahead\")");
    }
}
