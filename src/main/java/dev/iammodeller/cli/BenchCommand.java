package dev.iammodeller.cli;

import dev.iammodeller.eval.Decision;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench simulate --seconds N [--warmup W] FILE}: reads the requests once, evaluates them untimed for W
 * seconds of the thread's processor time (none by default), then for at least N seconds builds
 * each request's policy set from its parsed JSON and evaluates it, on one thread, and prints
 * {@code {"evaluationsPerSecond": E, "requests": K, "seconds": S, "evaluationsPerCpuSecond": C, "cpuSeconds": T}}
 * last: C counts only the processor time of the evaluating thread, a fairer figure on a busy machine.
 */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        double seconds = 10;
        double warmup = 0;
        String file = null;
        if (args.isEmpty() || !args.get(0).equals("simulate")) {
            return usage(err);
        }
        for (int i = 1; i < args.size(); i++) {
            if ((args.get(i).equals("--seconds") || args.get(i).equals("--warmup")) && i + 1 < args.size()) {
                double value;
                try {
                    value = Double.parseDouble(args.get(i + 1));
                } catch (NumberFormatException e) {
                    err.println("bench: " + args.get(i) + " needs a number, not " + args.get(i + 1));
                    return 2;
                }
                if (args.get(i).equals("--seconds")) {
                    seconds = value;
                } else {
                    warmup = value;
                }
                i++;
            } else if (file == null && !args.get(i).startsWith("--")) {
                file = args.get(i);
            } else if (file == null && args.get(i).equals("-")) {
                file = "-";
            } else {
                return usage(err);
            }
        }
        if (file == null || !(seconds > 0) || Double.isInfinite(seconds) || seconds > 86_400
                || !(warmup >= 0) || warmup > 86_400) {
            return usage(err);
        }
        List<Json> requests = new ArrayList<>();
        try {
            for (RequestFile.Entry entry : RequestFile.entries(RequestFile.open(file, in))) {
                if (entry.error() != null) {
                    throw entry.error();
                }
                SimulationRequestReader.read(entry.json());
                requests.add(entry.json());
            }
        } catch (IOException e) {
            err.println("bench: cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (PolicyParseException e) {
            err.println("bench: " + file + ": " + e.getMessage());
            return 1;
        }
        if (requests.isEmpty()) {
            err.println("bench: " + file + " holds no request");
            return 1;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmupStart = threads.getCurrentThreadCpuTime();
        long warmupEnd = System.nanoTime() + (long) (warmup * 1e9);
        while (warmup > 0 && (warmupStart >= 0 ? threads.getCurrentThreadCpuTime() - warmupStart < warmup * 1e9
                : System.nanoTime() < warmupEnd)) {
            evaluateAll(requests);
        }
        long evaluations = 0;
        long allowed = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now = start;
        while (now < end) {
            allowed += evaluateAll(requests);
            evaluations += requests.size();
            now = System.nanoTime();
        }
        double elapsed = (now - start) / 1e9;
        double cpu = cpuStart < 0 ? -1 : (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        err.printf(Locale.ROOT, "bench: %d evaluations (%d allowed) in %.2f s on one thread%n", evaluations, allowed,
                elapsed);
        out.printf(Locale.ROOT, "{\"evaluationsPerSecond\": %d, \"requests\": %d, \"seconds\": %.2f%s}%n",
                Math.round(evaluations / elapsed), requests.size(), elapsed, cpu > 0
                        ? String.format(Locale.ROOT, ", \"evaluationsPerCpuSecond\": %d, \"cpuSeconds\": %.2f",
                                Math.round(evaluations / cpu), cpu)
                        : "");
        return 0;
    }

    /** Reads and decides every request once, as simulate does; returns how many are allowed. */
    private static long evaluateAll(List<Json> requests) {
        long allowed = 0;
        for (Json json : requests) {
            SimulationRequest request = SimulationRequestReader.read(json);
            Decision decision = PolicyEvaluator.evaluate(request.request(), request.policies());
            if (decision.allowed()) {
                allowed++;
            }
        }
        return allowed;
    }

    private static int usage(PrintStream err) {
        err.println("usage: iam-modeller bench simulate --seconds N [--warmup W] FILE   (N: more than 0, at most 86400;"
                + " W: seconds of processor time evaluating first, untimed, 0 by default)");
        return 2;
    }
}
