package dev.iammodeller.catalog;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures {@link Catalog#load()}: the first load in a fresh JVM (class loading and an unwarmed JIT included),
 * then warm loads, and the heap the catalogue keeps (used heap after full collections, with and without it),
 * then the same for the managed policies, which load on first use. Not a test; run it with
 *
 * <pre>
 * mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.iammodeller.catalog.CatalogLoadMeasurement
 * </pre>
 */
public final class CatalogLoadMeasurement {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private CatalogLoadMeasurement() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Catalog first = Catalog.load();
        long firstNanos = System.nanoTime() - start;
        System.out.printf("first load (fresh JVM): %.1f ms, %d actions%n", firstNanos / 1e6, first.actionCount());

        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            Catalog.load();
            long nanos = System.nanoTime() - t;
            best = Math.min(best, nanos);
            total += nanos;
        }
        System.out.printf("warm load: best %.1f ms, mean %.1f ms over %d loads%n", best / 1e6, total / 1e6 / rounds, rounds);

        first = null;
        long before = usedAfterGc();
        Catalog kept = Catalog.load();
        long after = usedAfterGc();
        System.out.printf("retained heap of one catalogue: %.1f MB (used heap %.1f MB before, %.1f MB after)%n",
                (after - before) / 1048576.0, before / 1048576.0, after / 1048576.0);

        long t = System.nanoTime();
        int policies = kept.managedPolicies().size();
        System.out.printf("managed policies, first use: %.1f ms, %d policies%n", (System.nanoTime() - t) / 1e6, policies);
        long withPolicies = usedAfterGc();
        System.out.printf("retained heap of the managed policies: %.1f MB%n", (withPolicies - after) / 1048576.0);
        queries(kept);
    }

    /** Warm costs of the questions lint and analysis ask, each the mean of many calls. */
    private static void queries(Catalog catalog) {
        String[] services = catalog.services().stream().map(Service::prefix).toArray(String[]::new);
        long t = System.nanoTime();
        for (String prefix : services) {
            catalog.expand(prefix + ":Get*");
        }
        System.out.printf("expand SERVICE:Get* (first time): %.1f us%n", (System.nanoTime() - t) / 1e3 / services.length);
        t = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            catalog.expand("*:Describe" + i + "*");
        }
        System.out.printf("expand *:Describe...* (first time, every action): %.2f ms%n", (System.nanoTime() - t) / 1e6 / 20);
        t = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            catalog.expand("s3:Get*");
        }
        System.out.printf("expand s3:Get* (kept): %.0f ns%n", (System.nanoTime() - t) / 1e5);
        t = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            catalog.resourceTypesMatching("arn:aws:s3:::bucket/key" + i);
        }
        System.out.printf("resourceTypesMatching(an S3 object ARN): %.1f us%n", (System.nanoTime() - t) / 1e3 / 10_000);
        t = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            catalog.conditionKey(i % 2 == 0 ? "aws:SourceIp" : "aws:ResourceTag/team");
        }
        System.out.printf("conditionKey (exact, template): %.0f ns%n", (System.nanoTime() - t) / 1e5);
        t = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            catalog.closestActions(i % 2 == 0 ? "s3:GetObjekt" : "s4:GetObject", 3);
        }
        System.out.printf("closestActions (known service, unknown service): %.2f ms%n", (System.nanoTime() - t) / 1e6 / 100);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
