package dev.iammodeller.bench;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.WildcardPattern;
import dev.iammodeller.cli.SimulationRequest;
import dev.iammodeller.cli.SimulationRequestReader;
import dev.iammodeller.eval.Decision;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.policy.JsonReader;
import dev.iammodeller.policy.lint.LintFinding;
import dev.iammodeller.policy.lint.LintOptions;
import dev.iammodeller.policy.lint.PolicyLint;
import dev.iammodeller.policy.lint.PolicyType;
import dev.iammodeller.testing.LargePolicies;
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

/**
 * The checks a file's size drives (issue 15), on inputs 10 and 100 times AWS's limits: {@code lint} of an
 * identity policy of 10× and 100× a managed policy's 6,144 characters and an inline role policy's 10,240
 * ({@link LargePolicies}); a wildcard pattern whose 7,000-character part holds a {@code ?}, against a
 * resource of 10× and 100× an ARN's 2,048 characters and against 1 MB; a NumericLessThan condition whose
 * request and policy numerals are 10× and 100× a managed policy's size in digits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LinearChecksBenchmark {

    /** {@code lint} of a policy of about this many characters. */
    @State(Scope.Benchmark)
    public static class Lint {
        @Param({"61440", "614400", "102400", "1024000"})
        public int characters;
        PolicyLint lint;
        String text;

        @Setup
        public void make() {
            lint = new PolicyLint(Catalog.load());
            text = LargePolicies.withCharacters(characters, 15);
        }
    }

    /** A pattern {@code arn:aws:s3:::*a…a?b*} (a 7,002-character part) against a resource of this many characters. */
    @State(Scope.Benchmark)
    public static class Wildcard {
        @Param({"20480", "204800", "1048576"})
        public int resourceLength;
        WildcardPattern pattern;
        String resource;

        @Setup
        public void make() {
            pattern = WildcardPattern.compile("arn:aws:s3:::*" + "a".repeat(7000) + "?b*", false);
            resource = "arn:aws:s3:::" + "a".repeat(resourceLength - "arn:aws:s3:::".length());
        }
    }

    /** A request whose NumericLessThan condition compares two numerals of this many digits. */
    @State(Scope.Benchmark)
    public static class Numeral {
        @Param({"61440", "614400"})
        public int digits;
        SimulationRequest request;

        @Setup
        public void make() {
            String small = "1".repeat(digits);
            String large = "2".repeat(digits);
            String json = "{\"principal\": \"arn:aws:iam::111122223333:user/alice\", \"action\": \"s3:ListBucket\","
                    + " \"resource\": \"arn:aws:s3:::b\", \"context\": {\"s3:max-keys\": \"" + small + "\"},"
                    + " \"identityPolicies\": [{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                    + " \"Action\": \"s3:ListBucket\", \"Resource\": \"*\", \"Condition\": {\"NumericLessThan\":"
                    + " {\"s3:max-keys\": \"" + large + "\"}}}]}]}";
            request = SimulationRequestReader.read(JsonReader.read(json, "$"));
        }
    }

    @Benchmark
    public List<LintFinding> lint(Lint state) {
        return state.lint.check(state.text, LintOptions.of(PolicyType.IDENTITY));
    }

    @Benchmark
    public boolean wildcardWithQuestionMark(Wildcard state) {
        return state.pattern.matches(state.resource);
    }

    @Benchmark
    public Decision numericCondition(Numeral state) {
        return PolicyEvaluator.evaluate(state.request.request(), state.request.policies());
    }
}
