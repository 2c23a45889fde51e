package dev.iammodeller.cli;

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
 * <p>Only the process started from the jar ({@code Launcher}) is tuned, never a test's or the window's; the
 * directive is given through the JVM's own diagnostic command (no agent, no network, nothing left behind).
 */
public final class ShortRunCompilation {
    /** Files up to this many bytes in all make a short run: the 3,000-principal account is 14 MB, 30,000 principals 90 MB. */
    static final long SHORT_RUN_BYTES = 40L * 1024 * 1024;
    /** The commands that analyse or draw a model. */
    private static final Set<String> MODEL_COMMANDS = Set.of("analyze", "export", "diff", "import");
    private static final String WITHOUT_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRunCompilation() {
    }

    /** True when these command-line arguments ask for a short run over models: a model command reading few bytes. */
    static boolean isShortRun(List<String> args) {
        if (args.isEmpty() || !MODEL_COMMANDS.contains(args.get(0))) {
            return false;
        }
        long bytes = 0;
        for (String arg : args.subList(1, args.size())) {
            if (arg.startsWith("-")) {
                continue;
            }
            try {
                Path path = Path.of(arg);
                if (Files.isRegularFile(path)) {
                    bytes += Files.size(path);
                }
            } catch (RuntimeException | java.io.IOException e) {
                // not a file: an option's value
            }
        }
        return bytes <= SHORT_RUN_BYTES;
    }

    /** For a short run, compiles with C1 alone from now on; else, or when the JVM cannot be told, nothing changes. */
    public static void tune(List<String> args) {
        if (!isShortRun(args)) {
            return;
        }
        Path directives = null;
        try {
            directives = Files.createTempFile("iam-modeller-compilation", ".json");
            Files.writeString(directives, WITHOUT_C2);
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesAdd", new Object[] {new String[] {directives.toString()}},
                    new String[] {String[].class.getName()});
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
