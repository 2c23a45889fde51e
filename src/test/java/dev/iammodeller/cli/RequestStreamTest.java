package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The requests of a simulate file, read one at a time: a list element by element and JSON Lines line by
 * line give the same trees, with the same lines, columns and paths, as reading the whole text at once.
 */
class RequestStreamTest {
    private static final String REQUEST = "{\"principal\": \"arn:aws:iam::111111111111:user/alice\",\n"
            + "     \"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::b/k, with [brackets] and \\\"quotes\\\"\",\n"
            + "     \"context\": {\"aws:TagKeys\": [\"a\", \"b\"]}}";

    private static List<RequestFile.Entry> read(String text) throws IOException {
        List<RequestFile.Entry> out = new ArrayList<>();
        RequestStream.read(new StringReader(text), out::add);
        return out;
    }

    @Test
    void aListElementByElementIsTheListReadWhole() throws Exception {
        String text = "\n\n  [ " + REQUEST + " ,\n" + REQUEST + ",\t\"not an object\" , 42\n]\n";
        List<Json> whole = ((Json.JsonArray) JsonReader.read(text, "$")).items();
        List<RequestFile.Entry> streamed = read(text);
        assertEquals(whole.size(), streamed.size());
        for (int i = 0; i < whole.size(); i++) {
            assertNull(streamed.get(i).error());
            assertEquals(whole.get(i), streamed.get(i).json(), "element " + i);
        }
    }

    @Test
    void jsonLinesLineByLineAreTheLinesReadAlone() throws Exception {
        String one = REQUEST.replace("\n", " ");
        String text = one + "\n\n" + one + "\n" + one + "\n";
        List<RequestFile.Entry> streamed = read(text);
        assertEquals(3, streamed.size());
        assertEquals(4, streamed.get(2).json().position().line());
        assertEquals(RequestFile.shift(JsonReader.read(one, "$"), 3), streamed.get(2).json());
    }

    @Test
    void aBrokenElementIsAnErrorInItsPlaceAndTheRestGoOn() throws Exception {
        String text = "[\n" + REQUEST + ",\n  {\"principal\": tru},\n" + REQUEST + "\n]";
        List<RequestFile.Entry> streamed = read(text);
        assertEquals(3, streamed.size());
        assertNotNull(streamed.get(1).error());
        assertEquals(5, streamed.get(1).error().position().line(), streamed.get(1).error().getMessage());
        assertEquals(17, streamed.get(1).error().position().column(), streamed.get(1).error().getMessage());
        assertEquals("$[1]", streamed.get(1).error().path());
        assertNull(streamed.get(2).error());
        assertEquals("$[2]", streamed.get(2).json().path());
    }

    @Test
    void anUnclosedListAndTextAfterItAreSaid() throws Exception {
        List<RequestFile.Entry> unclosed = read("[" + REQUEST + ",\n");
        assertTrue(unclosed.get(unclosed.size() - 1).error().getMessage().contains("ends too early"));
        List<RequestFile.Entry> after = read("[" + REQUEST + "]\nmore");
        assertEquals(2, after.size());
        assertEquals(4, after.get(1).error().position().line());
        assertTrue(after.get(1).error().getMessage().contains("after the end of the list"));
    }

    /** Request lines made as they are read: the text is never whole in memory. */
    private static final class EndlessLines extends Reader {
        private final int count;
        private int made;
        private String current = "";
        private int at;
        long charsRead;

        EndlessLines(int count) {
            this.count = count;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at == current.length()) {
                if (made == count) {
                    return -1;
                }
                current = "{\"id\": \"r" + made++ + "\", \"principal\": \"arn:aws:iam::111111111111:user/alice\","
                        + " \"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::b/k\"}\n";
                at = 0;
            }
            int n = Math.min(length, current.length() - at);
            current.getChars(at, at + n, buffer, offset);
            at += n;
            charsRead += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void jsonLinesAreAnsweredAsTheyArriveNotOnceAllAreRead() throws Exception {
        EndlessLines lines = new EndlessLines(50_000);
        long[] readWhenFirstArrived = {-1};
        int[] seen = {0};
        RequestStream.read(lines, entry -> {
            if (seen[0]++ == 0) {
                readWhenFirstArrived[0] = lines.charsRead;
            }
            assertNull(entry.error());
        });
        assertEquals(50_000, seen[0]);
        assertTrue(readWhenFirstArrived[0] < 200_000, "the first request came after " + readWhenFirstArrived[0]
                + " of " + lines.charsRead + " characters");
    }

    /** A line is a request of its own by its shape alone: braces that close at its end, outside strings. */
    @org.junit.jupiter.api.Test
    void aLineStandsAloneWhenItsFirstBraceClosesAtItsEnd() {
        assertTrue(RequestStream.standsAlone("{\"id\": \"a\\\"}\"}"), "an escaped quote does not end the string");
        assertTrue(RequestStream.standsAlone("  {\"x\": [[[[[[]]]]]]}  "));
        assertTrue(RequestStream.standsAlone("{\"x\": nonsense, [1 2]}"), "the shape only: the reader says what is wrong");
        assertTrue(!RequestStream.standsAlone("{\"a\": 1} {\"b\": 2}"), "two objects");
        assertTrue(!RequestStream.standsAlone("{"), "the start of a pretty-printed object");
        assertTrue(!RequestStream.standsAlone("{\"a\": \"}"), "a string left open");
        assertTrue(!RequestStream.standsAlone("[{}]"));
    }
}
