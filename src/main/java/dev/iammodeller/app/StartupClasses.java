package dev.iammodeller.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The classes the window loads while it builds, lays out and draws its first model (JavaFX's controls and skins,
 * the application's views), loaded ahead on a thread of their own while JavaFX starts, when one of the two cores
 * of a small machine waits anyway: the window's thread then finds them loaded. Loaded only, never initialised (no
 * static initialiser runs early); a name that is no longer a class is passed over. The list
 * ({@value #LIST}) is written from a start of the window with {@code -Xlog:class+load}: see docs/performance.md.
 */
final class StartupClasses {
    static final String LIST = "/app/startup-classes.txt";

    private StartupClasses() {
    }

    /** Starts loading the list on a daemon thread of low priority; returns at once. */
    static void preload() {
        Thread loading = new Thread(StartupClasses::load, "iam-modeller-preload");
        loading.setDaemon(true);
        loading.setPriority(Thread.MIN_PRIORITY);
        loading.start();
    }

    private static void load() {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name.strip(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // renamed or removed since the list was written: nothing to load ahead
                }
            }
        } catch (IOException e) {
            // the window loads them itself, as without the list
        }
    }
}
