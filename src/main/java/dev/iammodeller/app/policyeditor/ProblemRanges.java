package dev.iammodeller.app.policyeditor;

/**
 * Turns a problem's line and column into the range of text to underline: the whole JSON token that
 * starts there (a string with its quotes, a number, a word), or one character.
 */
final class ProblemRanges {
    private ProblemRanges() {
    }

    /** The offset of 1-based {@code line} and {@code column} in {@code text}, kept inside the text. */
    static int offset(String text, int line, int column) {
        int start = 0;
        for (int current = 1; current < line; current++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                return Math.max(0, text.length() - 1);
            }
            start = next + 1;
        }
        int lineEnd = text.indexOf('\n', start);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        return Math.max(0, Math.min(start + Math.max(0, column - 1), Math.max(start, end - 1)));
    }

    /** The end (exclusive) of the token starting at {@code start}; at least one character on, never past the text. */
    static int tokenEnd(String text, int start) {
        if (start >= text.length()) {
            return text.length();
        }
        if (text.charAt(start) == '"') {
            return JsonTokens.stringEnd(text, start);
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",:{}[]\"".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return Math.max(end, start + 1);
    }
}
