package dev.iammodeller.bench;

import dev.iammodeller.catalog.WildcardPattern;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Wildcard matching of actions (case-insensitive) and resources (case-sensitive), compiled once. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WildcardMatchingBenchmark {
    private final WildcardPattern prefixAction = WildcardPattern.compile("s3:Get*", true);
    private final WildcardPattern generalAction = WildcardPattern.compile("*:Describe*", true);
    private final WildcardPattern resource = WildcardPattern.compile("arn:aws:s3:::shared-home/home/*/notes-??.txt", false);
    private final String action = "S3:GetObjectVersionTagging";
    private final String describe = "ec2:DescribeInstanceAttribute";
    private final String object = "arn:aws:s3:::shared-home/home/alice/projects/2026/notes-01.txt";
    /** A resource pattern of one service asked of another's ARN: most of what an escalation analysis asks. */
    private final WildcardPattern anyFunction = WildcardPattern.compile("arn:aws:lambda:*:123456789012:function:*", false);
    private final String role = "arn:aws:iam::123456789012:role/app-1711";

    @Benchmark
    public boolean actionPrefix() {
        return prefixAction.matches(action);
    }

    @Benchmark
    public boolean actionGeneral() {
        return generalAction.matches(describe);
    }

    @Benchmark
    public boolean resourceGeneral() {
        return resource.matches(object);
    }

    @Benchmark
    public boolean resourceGeneralOfAnotherService() {
        return anyFunction.matches(role);
    }

    @Benchmark
    public WildcardPattern compileGeneral() {
        return WildcardPattern.compile("arn:aws:s3:::shared-home/home/*/notes-??.txt", false);
    }
}
