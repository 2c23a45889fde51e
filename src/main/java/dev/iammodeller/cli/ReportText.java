package dev.iammodeller.cli;

import java.io.PrintStream;
import java.io.Writer;

/**
 * The text of a report, written to the command's output as it is made: a report never exists whole in memory,
 * only the last {@value #CHUNK} characters of it. Each chunk is handed to the output and checked: when the output
 * cannot be written (a full disk, a reader that went away), the report stops with {@link Unwritable} instead of
 * going on making text nobody receives.
 */
final class ReportText extends Writer {
    /** Characters held before they are handed to the output. */
    static final int CHUNK = 1 << 15;

    /** The output failed; the command line says so on standard error and exits non-zero. */
    static final class Unwritable extends RuntimeException {
        Unwritable() {
            super("cannot write the output", null, false, false);
        }
    }

    private final PrintStream out;
    private final StringBuilder chunk = new StringBuilder(CHUNK + 256);

    ReportText(PrintStream out) {
        this.out = out;
    }

    @Override
    public ReportText append(CharSequence text) {
        chunk.append(text);
        return spill();
    }

    @Override
    public ReportText append(CharSequence text, int start, int end) {
        chunk.append(text, start, end);
        return spill();
    }

    @Override
    public ReportText append(char c) {
        chunk.append(c);
        return spill();
    }

    public ReportText append(int number) {
        chunk.append(number);
        return spill();
    }

    public ReportText append(long number) {
        chunk.append(number);
        return spill();
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        chunk.append(chars, offset, length);
        spill();
    }

    @Override
    public void write(String text) {
        append(text);
    }

    private ReportText spill() {
        if (chunk.length() >= CHUNK) {
            hand();
        }
        return this;
    }

    private void hand() {
        out.append(chunk);
        chunk.setLength(0);
        if (out.checkError()) {
            throw new Unwritable();
        }
    }

    /** What is held goes to the output, which is flushed. */
    @Override
    public void flush() {
        hand();
    }

    @Override
    public void close() {
        flush();
    }
}
