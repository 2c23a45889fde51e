package dev.iammodeller.cli;

import dev.iammodeller.io.ShortRunCompilation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A command over a large model runs in a JVM of its own, started with a batch run's flags: for a short run (at most
 * {@link ShortRunCompilation#SHORT_RUN_BYTES} of models) the parallel collector (a run of seconds that allocates
 * gigabytes spends on G1's bookkeeping and on the pages of the heap G1 keeps growing what the throughput collector
 * does not) and C1 alone (as {@link ShortRunCompilation} tells a running JVM, but from the first method: no profiled
 * code compiled twice); for any, on Linux with transparent huge pages on request ({@code madvise}), a heap on huge
 * pages. A run of minutes keeps G1 and C2, which serve it better. The jar's {@code java -jar} contract carries no JVM
 * flags, so the process the user started starts that one, hands it its standard streams, waits, and exits with its
 * code. Measured in docs/performance.md; the reasons in docs/decisions/0021-commands-over-large-models-in-a-tuned-jvm.md.
 *
 * <p>Not for the window, {@code bench} (it measures the JVM as the user runs it), a model of fewer than
 * {@value #LEAST_BYTES} bytes (a second JVM's start, about 0.13 s, would cost more than it saves), a process already
 * started so, one with an agent, a debugger or a flight recording (they would run twice, or write the same file
 * twice), or one told {@code -Diammodeller.tunedJvm=false}; told {@code -Diammodeller.tunedJvm=say}, the process the
 * user started says on standard error what it starts.
 */
public final class TunedJvm {
    /** Models of fewer bytes in all run in the process the user started. */
    static final long LEAST_BYTES = 512L * 1024;
    /** Set in the JVM started for the command, so that it runs the command itself. */
    static final String STARTED = "iammodeller.tunedJvmStarted";
    /** {@code -Diammodeller.tunedJvm=false} keeps every command in the process the user started; {@code say} tells what it starts. */
    static final String SWITCH = "iammodeller.tunedJvm";
    /** The jar's entry point (named, not referred to: it reaches the window, which commands never do). */
    private static final String LAUNCHER = "dev.iammodeller.Launcher";
    private static final String THP_MODE = "/sys/kernel/mm/transparent_hugepage/enabled";
    /** The JVM options after which a second JVM is not started: each would act twice. */
    private static final List<String> RUN_ONCE = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp", "-Xdebug",
            "-XX:StartFlightRecording", "-XX:Flags=", "-XX:VMOptionsFile");

    /** What the decision reads of the process the user started. */
    record Started(String java, String classPath, List<String> jvmOptions, Map<String, String> properties,
            String hugePages) {
    }

    private TunedJvm() {
    }

    /** True in a JVM this class started for a command. */
    public static boolean startedForACommand() {
        return Boolean.getBoolean(STARTED);
    }

    /**
     * Runs the command in a JVM started for it when that is worth it, and returns its exit code; empty when the
     * command is to run here (a small model, another command, a JVM that could not be started).
     */
    public static OptionalInt run(String[] args) {
        Optional<List<String>> command = command(List.of(args), ShortRunCompilation.modelBytes(List.of(args)), started());
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        if ("say".equals(System.getProperty(SWITCH))) {
            System.err.println("iam-modeller: running " + args[0] + " in a JVM of its own: " + String.join(" ", command.get()));
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        // their options are among the JVM options passed on: the new JVM must not take them (and say so) twice
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(() -> {
            if (process.isAlive()) {
                process.destroy(); // this process was told to stop (a signal): so is the command
            }
        }, "iam-modeller-stop-command");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                return OptionalInt.of(process.waitFor());
            } catch (InterruptedException e) {
                // nothing interrupts the main thread but a stop, which the hook passes on
            }
        }
    }

    /**
     * The command line of the JVM to start for the command {@code args} reading {@code modelBytes} bytes of models
     * (-1: not a model command), from the process {@code here}; empty when the command runs here.
     */
    static Optional<List<String>> command(List<String> args, long modelBytes, Started here) {
        if (modelBytes < LEAST_BYTES || here.java() == null || here.classPath() == null || here.classPath().isEmpty()
                || "true".equals(here.properties().get(STARTED)) || "false".equals(here.properties().get(SWITCH))
                || here.jvmOptions().stream().anyMatch(option -> RUN_ONCE.stream().anyMatch(option::startsWith))) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        out.add(here.java());
        boolean shortRun = modelBytes <= ShortRunCompilation.SHORT_RUN_BYTES;
        if (shortRun && !mentions(here.jvmOptions(), "GC")) {
            out.add("-XX:+UseParallelGC");
        }
        if (shortRun && !mentions(here.jvmOptions(), "Tiered") && !here.jvmOptions().contains("-Xint")
                && !here.jvmOptions().contains("-Xcomp")) {
            out.add("-XX:TieredStopAtLevel=1");
        }
        if (here.hugePages() != null && here.hugePages().contains("[madvise]") && !mentions(here.jvmOptions(), "Pages")) {
            out.add("-XX:+UseTransparentHugePages");
        }
        out.addAll(here.jvmOptions()); // after this class's: the user's own win
        out.add("-D" + STARTED + "=true");
        out.add("-cp");
        out.add(here.classPath());
        out.add(LAUNCHER);
        out.addAll(args);
        return Optional.of(List.copyOf(out));
    }

    /** True when one of the {@code -XX:} options names {@code what} ({@code GC}: a collector, or how it collects). */
    private static boolean mentions(List<String> options, String what) {
        return options.stream().anyMatch(option -> option.startsWith("-XX:") && option.contains(what));
    }

    /** This process, as {@link #command} reads it. */
    private static Started started() {
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        List<String> options;
        try {
            options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError e) {
            return new Started(null, null, List.of(), Map.of(), null);
        }
        Map<String, String> properties = new java.util.HashMap<>();
        for (String name : List.of(STARTED, SWITCH)) {
            String value = System.getProperty(name);
            if (value != null) {
                properties.put(name, value);
            }
        }
        String hugePages;
        try {
            hugePages = Files.readString(Path.of(THP_MODE));
        } catch (IOException | RuntimeException e) {
            hugePages = null; // not Linux, or no transparent huge pages
        }
        return new Started(Files.isExecutable(java) ? java.toString() : null, System.getProperty("java.class.path"),
                options, properties, hugePages);
    }
}
