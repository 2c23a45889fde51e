package dev.iammodeller.bench;

import dev.iammodeller.cli.RequestFile;
import dev.iammodeller.cli.SimulationRequest;
import dev.iammodeller.cli.SimulationRequestReader;
import dev.iammodeller.eval.Decision;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.policy.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One pass over a bench file: per request, read the policies from the parsed JSON and evaluate
 * ({@code readAndEvaluate}, what {@code bench simulate} measures), or evaluate an already read
 * policy set ({@code evaluateOnly}, what the reach analysis pays per request).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {
    @Param({"bench/simulate-typical.jsonl", "bench/simulate-heavy.jsonl"})
    public String file;

    private final List<Json> json = new ArrayList<>();
    private final List<SimulationRequest> parsed = new ArrayList<>();

    @Setup
    public void read() throws IOException {
        for (RequestFile.Entry entry : RequestFile.entries(Files.readString(Path.of(file)))) {
            json.add(entry.json());
            parsed.add(SimulationRequestReader.read(entry.json()));
        }
    }

    @Benchmark
    public void readAndEvaluate(Blackhole hole) {
        for (Json request : json) {
            SimulationRequest r = SimulationRequestReader.read(request);
            hole.consume(PolicyEvaluator.evaluate(r.request(), r.policies()));
        }
    }

    @Benchmark
    public void evaluateOnly(Blackhole hole) {
        for (SimulationRequest r : parsed) {
            Decision decision = PolicyEvaluator.evaluate(r.request(), r.policies());
            hole.consume(decision);
        }
    }
}
