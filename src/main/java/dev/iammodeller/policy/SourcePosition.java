package dev.iammodeller.policy;

/** Where a JSON value starts in the text it was read from: 1-based line and column. */
public record SourcePosition(int line, int column) {
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    /** This position moved down by {@code lines}, as when the text was one line of a larger file. */
    public SourcePosition shiftedBy(int lines) {
        return this == UNKNOWN ? this : new SourcePosition(line + lines, column);
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
