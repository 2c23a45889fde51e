package dev.iammodeller.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Whether the Java heap has room left for an analysis that grows with the model. Once what the garbage collections
 * keep fills nearly all of it, the JVM spends minutes collecting before it gives up with an OutOfMemoryError, and a
 * window that asked for the analysis looks stuck at its last percentage; so a long analysis asks between principals
 * ({@link #check}) and stops with {@link NotEnoughMemory}, which says how to start Java with more.
 */
public final class HeapRoom {
    /** The share of the heap that what the last collections kept may fill before an analysis stops. */
    static final double NEARLY_FULL = 0.92;
    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()).toList();
    private static volatile HeapRoom current = jvm();

    private final LongSupplier kept;
    private final long max;

    HeapRoom(LongSupplier kept, long max) {
        this.kept = kept;
        this.max = max;
    }

    /** This JVM's heap. */
    public static HeapRoom current() {
        return current;
    }

    /** Takes {@code room} as this JVM's heap (tests: a heap that fills up on cue); null goes back to the real one. */
    static void pretend(HeapRoom room) {
        current = room != null ? room : jvm();
    }

    private static HeapRoom jvm() {
        return new HeapRoom(HeapRoom::keptByCollections, Runtime.getRuntime().maxMemory());
    }

    /** True when what the last collections kept fills {@value #NEARLY_FULL} of the heap or more. */
    public boolean nearlyFull() {
        return max != Long.MAX_VALUE && kept.getAsLong() >= NEARLY_FULL * max;
    }

    /** Throws {@link NotEnoughMemory}, saying it could not {@code what} ("work out the escalations of …"), when nearly full. */
    public void check(String what) {
        if (nearlyFull()) {
            throw new NotEnoughMemory(what, max);
        }
    }

    /** What the heap's pools held after their last collection, in bytes. */
    private static long keptByCollections() {
        long kept = 0;
        for (MemoryPoolMXBean pool : HEAP) {
            MemoryUsage after = pool.getCollectionUsage();
            if (after != null) {
                kept += after.getUsed();
            }
        }
        return kept;
    }

    /** An analysis stopped because the heap was nearly full: the message says what, how much memory, and what to do. */
    public static final class NotEnoughMemory extends RuntimeException {
        NotEnoughMemory(String what, long max) {
            super("not enough memory to " + what + ": the model and its analysis fill the " + size(max)
                    + " Java was given; start IAM Modeller with more (java -Xmx" + more(max)
                    + " -jar iam-modeller.jar …, or JAVA_TOOL_OPTIONS=-Xmx" + more(max) + " for the installed application)");
        }

        /** What to give Java instead: twice as much, 4 GB at least ("4g"). */
        private static String more(long max) {
            return Math.max(4, 2 * gigabytes(max)) + "g";
        }

        private static long gigabytes(long bytes) {
            return Math.max(1, Math.round(bytes / (1024.0 * 1024 * 1024)));
        }

        private static String size(long bytes) {
            double gigabytes = bytes / (1024.0 * 1024 * 1024);
            return gigabytes >= 1 ? String.format(java.util.Locale.ROOT, "%.1f GB", gigabytes)
                    : Math.round(bytes / (1024.0 * 1024)) + " MB";
        }
    }
}
