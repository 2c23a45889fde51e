package dev.iammodeller.cli;

import dev.iammodeller.policy.JsonReader;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.SourcePosition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads the requests of a simulate file one at a time, holding one request in memory however long the file:
 * JSON Lines line by line, a JSON list element by element, a single object whole. Positions are lines and
 * columns of the whole file. Which form a file has is decided as {@link RequestFile} describes.
 */
final class RequestStream {
    /** What receives each request as it is read. */
    interface Sink {
        void accept(RequestFile.Entry entry) throws IOException;
    }

    private final BufferedReader in;
    private final Sink sink;
    /** The line the next character read belongs to (1-based), and its column. */
    private int line = 1;
    private int column = 1;

    private RequestStream(Reader in, Sink sink) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        this.sink = sink;
    }

    /** Reads every request of {@code in}, in order, into {@code sink}. */
    static void read(Reader in, Sink sink) throws IOException {
        new RequestStream(in, sink).read();
    }

    private void read() throws IOException {
        String first;
        int firstLine;
        do {
            firstLine = line;
            first = readLine();
        } while (first != null && first.isBlank());
        if (first == null) {
            return;
        }
        if (first.strip().startsWith("[")) {
            list(first, firstLine);
            return;
        }
        if (standsAlone(first)) {
            String next;
            int nextLine;
            do {
                nextLine = line;
                next = readLine();
            } while (next != null && next.isBlank());
            if (next == null) {
                sink.accept(entry(first, firstLine, 1, "$"));
                return;
            }
            sink.accept(entry(first, firstLine, 1, "$"));
            sink.accept(entry(next, nextLine, 1, "$"));
            for (String text = readLine(); text != null; text = readLine()) {
                if (!text.isBlank()) {
                    sink.accept(entry(text, line - 1, 1, "$"));
                }
            }
            return;
        }
        StringBuilder whole = new StringBuilder(first).append('\n');
        for (String text = readLine(); text != null; text = readLine()) {
            whole.append(text).append('\n');
        }
        sink.accept(entry(whole.toString(), firstLine, 1, "$"));
    }

    /**
     * A JSON list read element by element: each element's text is cut at the comma or bracket that ends it
     * (outside strings, at depth 0) and read on its own, placed where it stands in the file.
     */
    private void list(String first, int firstLine) throws IOException {
        int bracket = first.indexOf('[');
        pushLine(first.substring(bracket + 1), firstLine, bracket + 2);
        for (int index = 0; ; index++) {
            int c = skipSpace();
            if (c == ']' && index == 0) {
                trailing();
                return;
            }
            if (c < 0) {
                sink.accept(new RequestFile.Entry(null, new PolicyParseException(new SourcePosition(line, column), "$",
                        "the JSON text ends too early (the list is not closed)")));
                return;
            }
            int startLine = line;
            int startColumn = column - 1;
            StringBuilder element = new StringBuilder().appendCodePoint(c);
            int end = element(c, element);
            sink.accept(entry(element.toString(), startLine, startColumn, "$[" + index + "]"));
            if (end == ']') {
                trailing();
                return;
            }
            if (end < 0) {
                return; // the element's own reading said where the text ends
            }
        }
    }

    /** Reads the rest of an element into {@code out}; returns the ',' or ']' that ended it, or -1 at the end. */
    private int element(int first, StringBuilder out) throws IOException {
        Structure structure = new Structure();
        structure.take(first);
        while (true) {
            int c = next();
            if (c < 0) {
                return -1;
            }
            if (structure.atTop() && (c == ',' || c == ']')) {
                return c;
            }
            structure.take(c);
            out.appendCodePoint(c);
        }
    }

    /** JSON's structure as its characters go by: inside a string or not, and how many objects and lists are open. */
    private static final class Structure {
        private int depth;
        private boolean inString;
        private boolean escaped;

        void take(int c) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            }
        }

        /** Outside every string, object and list. */
        boolean atTop() {
            return depth == 0 && !inString;
        }
    }

    /** After the list's closing bracket only whitespace may follow. */
    private void trailing() throws IOException {
        int c = skipSpace();
        if (c >= 0) {
            sink.accept(new RequestFile.Entry(null, new PolicyParseException(new SourcePosition(line, column - 1), "$",
                    "unexpected text after the end of the list")));
        }
    }

    /** One request's text, read as JSON standing at {@code line}:{@code column} of the file. */
    private static RequestFile.Entry entry(String text, int line, int column, String path) {
        String placed = " ".repeat(Math.max(0, column - 1)) + text;
        try {
            return new RequestFile.Entry(RequestFile.shift(JsonReader.read(placed, path), line - 1), null);
        } catch (PolicyParseException e) {
            return new RequestFile.Entry(null, new PolicyParseException(e.position().shiftedBy(line - 1), e.path(),
                    e.problem()));
        }
    }

    /**
     * Whether a line is an object by itself: it opens with a brace that closes at its end (outside strings), whether
     * or not what is inside parses. Only its shape is looked at, so a line whose JSON is wrong or beyond a size limit
     * is still one request of a JSON Lines file, answered with its error, and the lines after it are still read
     * one at a time.
     */
    static boolean standsAlone(String text) {
        String line = text.strip();
        if (!line.startsWith("{") || !line.endsWith("}")) {
            return false;
        }
        Structure structure = new Structure();
        for (int i = 0; i < line.length(); i++) {
            structure.take(line.charAt(i));
            if (structure.atTop() && i < line.length() - 1) {
                return false; // the first object closed before the line's end
            }
        }
        return structure.atTop();
    }

    // ---- characters, counted by line and column

    private String pushed;
    private int pushedAt;

    /** The next line, without its end; null at the end of the text. */
    private String readLine() throws IOException {
        String text = in.readLine();
        if (text != null) {
            line++;
            column = 1;
        }
        return text;
    }

    /** Makes the rest of a line already read the next characters, standing at {@code line}:{@code column}. */
    private void pushLine(String rest, int atLine, int atColumn) {
        pushed = rest + "\n";
        pushedAt = 0;
        line = atLine;
        column = atColumn;
    }

    private int next() throws IOException {
        int c;
        if (pushed != null) {
            c = pushed.charAt(pushedAt++);
            if (pushedAt == pushed.length()) {
                pushed = null;
            }
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
            column = 1;
        } else if (c >= 0) {
            column++;
        }
        return c;
    }

    private int skipSpace() throws IOException {
        int c;
        do {
            c = next();
        } while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
        return c;
    }
}
