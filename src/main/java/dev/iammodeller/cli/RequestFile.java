package dev.iammodeller.cli;

import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests of a simulate file: one JSON object, a JSON list of objects, or JSON Lines (one object
 * per line). It is JSON Lines when its first non-blank line is a JSON object by itself and another
 * non-blank line follows; a list when its text starts with {@code [}; else one JSON value. Each entry is
 * the parsed JSON of one request, or the error that kept it from parsing; positions are lines and columns
 * of the whole file.
 */
public final class RequestFile {
    /** One request of the file: its JSON, or the problem with its text. */
    public record Entry(Json json, PolicyParseException error) {
    }

    private RequestFile() {
    }

    /**
     * FILE, or standard input for "-", as UTF-8 text: a byte that is not UTF-8 is an error (from a file and
     * from standard input alike), never a replacement character.
     */
    public static Reader open(String file, InputStream stdin) throws IOException {
        if (file.equals("-") && stdin == System.in && standardInputClosed()) {
            throw new IOException("standard input is closed (give a file, or pipe the requests in)");
        }
        InputStream bytes;
        try {
            bytes = file.equals("-") ? stdin : Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        }
        return new BufferedReader(new Utf8Reader(bytes), 1 << 16);
    }

    /**
     * Whether this process was started with standard input closed ({@code <&-}): the JVM then opens its own
     * files on descriptor 0, and reading "standard input" would read its class library. Known on Linux
     * (through /proc); elsewhere taken as open.
     */
    static boolean standardInputClosed() {
        Path fd0 = Path.of("/proc/self/fd/0");
        try {
            if (!Files.exists(Path.of("/proc/self/fd"))) {
                return false;
            }
            if (!Files.exists(fd0, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
            Path target = Files.readSymbolicLink(fd0);
            return target.startsWith(Path.of(System.getProperty("java.home")));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Every request of the text, read as {@link RequestStream} reads them. */
    public static List<Entry> entries(String text) {
        try {
            return entries(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
    }

    /** Every request of a reader, held in memory (for {@code bench}, which evaluates them again and again). */
    public static List<Entry> entries(Reader in) throws IOException {
        List<Entry> out = new ArrayList<>();
        RequestStream.read(in, out::add);
        return out;
    }

    /** Moves every position of a tree read from line {@code lines + 1} of the file to that line. */
    static Json shift(Json value, int lines) {
        if (lines == 0) {
            return value;
        }
        if (value instanceof Json.JsonObject o) {
            java.util.Map<String, Json> members = new java.util.LinkedHashMap<>();
            java.util.Map<String, dev.iammodeller.policy.SourcePosition> keys = new java.util.LinkedHashMap<>();
            o.members().forEach((k, v) -> members.put(k, shift(v, lines)));
            o.keyPositions().forEach((k, p) -> keys.put(k, p.shiftedBy(lines)));
            return new Json.JsonObject(members, keys, o.position().shiftedBy(lines), o.path());
        }
        if (value instanceof Json.JsonArray a) {
            List<Json> items = new ArrayList<>();
            a.items().forEach(item -> items.add(shift(item, lines)));
            return new Json.JsonArray(List.copyOf(items), a.position().shiftedBy(lines), a.path());
        }
        if (value instanceof Json.JsonString s) {
            return new Json.JsonString(s.value(), s.position().shiftedBy(lines), s.path());
        }
        if (value instanceof Json.JsonNumber n) {
            return new Json.JsonNumber(n.text(), n.position().shiftedBy(lines), n.path());
        }
        if (value instanceof Json.JsonBoolean b) {
            return new Json.JsonBoolean(b.value(), b.position().shiftedBy(lines), b.path());
        }
        return new Json.JsonNull(value.position().shiftedBy(lines), value.path());
    }
}
