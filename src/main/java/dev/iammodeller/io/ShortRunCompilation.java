package dev.iammodeller.io;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.management.ObjectName;

/**
 * How HotSpot compiles a command's run. Analysing a model of a few thousand principals takes seconds, and in
 * those seconds the optimising compiler (C2) spends about as much CPU compiling the analysis's deep call trees
 * as the analysis itself takes, on the cores the analysis needs; the quick compiler (C1) alone finishes such a
 * run in two thirds of the CPU. A run over a larger model (tens of thousands of principals: a minute or more)
 * earns C2's code back, so C2 stays on for it. Decided by the size of the files the command reads, before
 * reading them: see docs/decisions/0015-short-runs-without-c2.md and docs/performance.md.
 *
 * <p>The window's start is such a run: while it starts, C2 compiles JavaFX's start, the model reader and the first
 * drawing, on the cores that build and draw the window. It compiles with C1 alone until its first model is drawn,
 * and then lets C2 in for the rest of the session, unless the model file it opens at launch is larger than a
 * short run's (docs/decisions/0018-the-window-starts-without-c2.md).
 *
 * <p>Only the processes started from the jar ({@code Launcher}) or by JavaFX's launcher ({@code mvn javafx:run})
 * are tuned, never a test's; the directive is given through the JVM's own diagnostic command (no agent, no
 * network, nothing left behind), once per process.
 */
public final class ShortRunCompilation {
    /** Files up to this many bytes in all make a short run: the 3,000-principal account is 14 MB, 30,000 principals 90 MB. */
    public static final long SHORT_RUN_BYTES = 40L * 1024 * 1024;
    /** The commands that analyse or draw a model. */
    private static final Set<String> MODEL_COMMANDS = Set.of("analyze", "export", "diff", "import");
    private static final String WITHOUT_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";
    /** Whether this process has been told to compile without C2, and whether the window's start has let C2 in again. */
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();
    private static final java.util.concurrent.atomic.AtomicBoolean LIFTED = new java.util.concurrent.atomic.AtomicBoolean();

    private ShortRunCompilation() {
    }

    /** True when these command-line arguments ask for a short run over models: a model command reading few bytes. */
    static boolean isShortRun(List<String> args) {
        long bytes = modelBytes(args);
        return bytes >= 0 && bytes <= SHORT_RUN_BYTES;
    }

    /** The bytes of the model files a model command reads ({@code analyze}, {@code export}, {@code diff}, {@code import}); -1 for another command. */
    public static long modelBytes(List<String> args) {
        return args.isEmpty() || !MODEL_COMMANDS.contains(args.get(0)) ? -1 : bytesNamed(args.subList(1, args.size()));
    }

    /** True when the window opens no model file at launch (an example), or one of at most a short run's bytes. */
    static boolean isShortWindow(java.util.Optional<Path> file) {
        return file.map(ShortRunCompilation::bytesOf).orElse(0L) <= SHORT_RUN_BYTES;
    }

    /** The bytes of the regular files among {@code args}; options, their values and the output count for nothing. */
    private static long bytesNamed(List<String> args) {
        long bytes = 0;
        for (int at = 0; at < args.size(); at++) {
            String arg = args.get(at);
            if (arg.startsWith("-")) {
                if (arg.equals("-o")) {
                    at++; // what is written, not read (an earlier export's picture, perhaps large)
                }
                continue;
            }
            try {
                bytes += bytesOf(Path.of(arg));
            } catch (RuntimeException e) {
                // not a path: an option's value
            }
        }
        return bytes;
    }

    /** The size of {@code path} when it is a regular file, else 0. */
    private static long bytesOf(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** For a short run, compiles with C1 alone from now on; else, or when the JVM cannot be told, nothing changes. */
    public static void tune(List<String> args) {
        if (isShortRun(args)) {
            withoutC2();
        }
    }

    /**
     * For the window, opening {@code file} at launch (empty: an example): compiles with C1 alone until
     * {@link #windowDrawn}, unless the file is larger than a short run's; when the JVM cannot be told, nothing changes.
     */
    public static void tuneWindow(java.util.Optional<Path> file) {
        if (isShortWindow(file)) {
            withoutC2();
        }
    }

    /**
     * The window's first model is drawn: C2 compiles again from now on (the analysis after each edit and each
     * selection earn its code back over a session), all but the methods that were hot enough for it during the start
     * (JavaFX's start, the model reader, the first drawing), which HotSpot keeps with C1 for good.
     */
    public static void windowDrawn() {
        if (!TOLD.get() || LIFTED.getAndSet(true)) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTIC_COMMAND), "compilerDirectivesRemove",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // another JVM, or no management: the directive was not given either
        }
    }

    private static void withoutC2() {
        if (TOLD.getAndSet(true)) {
            return;
        }
        Path directives = null;
        try {
            directives = Files.createTempFile("iam-modeller-compilation", ".json");
            Files.writeString(directives, WITHOUT_C2);
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTIC_COMMAND), "compilerDirectivesAdd",
                    new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // another JVM, or no management: the run is only slower
        } finally {
            if (directives != null) {
                try {
                    Files.deleteIfExists(directives);
                } catch (java.io.IOException e) {
                    directives.toFile().deleteOnExit();
                }
            }
        }
    }
}
