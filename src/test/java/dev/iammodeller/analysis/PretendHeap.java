package dev.iammodeller.analysis;

/** For tests: a heap that is nearly full from the {@code n}th time it is asked, as {@link HeapRoom#current()}. */
public final class PretendHeap implements AutoCloseable {
    /** The heap Java was given in the pretence: 2 GiB. */
    public static final long MAX = 2L * 1024 * 1024 * 1024;
    private final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

    private PretendHeap(int fullFrom) {
        HeapRoom.pretend(new HeapRoom(() -> asked.incrementAndGet() >= fullFrom ? MAX : MAX / 2, MAX));
    }

    /** Nearly full from the {@code fullFrom}th question on (1: at once); {@link #close} goes back to the real heap. */
    public static PretendHeap fullFrom(int fullFrom) {
        return new PretendHeap(fullFrom);
    }

    /** How many times the heap was asked. */
    public int asked() {
        return asked.get();
    }

    @Override
    public void close() {
        HeapRoom.pretend(null);
    }
}
