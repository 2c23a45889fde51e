package dev.iammodeller.app.policyeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits JSON text into the pieces the editor colours: object keys (IAM's element names apart),
 * strings, numbers, literals and punctuation. Forgiving: broken text still colours up to where it
 * breaks, an unterminated string ends at its line's end.
 */
final class JsonTokens {
    static final String KEY = "json-key";
    static final String ELEMENT = "json-element";
    static final String STRING = "json-string";
    static final String NUMBER = "json-number";
    static final String LITERAL = "json-literal";
    static final String PUNCTUATION = "json-punctuation";
    static final String UNKNOWN = "json-unknown";

    /** The element names of the policy language, which get a colour of their own as keys. */
    private static final Set<String> ELEMENTS = Set.of("Version", "Id", "Statement", "Sid", "Effect", "Principal",
            "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition");

    /** A run of text [start, end) and its style class. */
    record Token(int start, int end, String style) {
    }

    private JsonTokens() {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            String style;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '"') {
                end = stringEnd(text, i);
                style = isKey(text, end) ? keyStyle(text, i, end) : STRING;
            } else if (c == '-' || Character.isDigit(c)) {
                end = i + 1;
                while (end < n && (Character.isDigit(text.charAt(end)) || ".eE+-".indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                style = NUMBER;
            } else if ("{}[],:".indexOf(c) >= 0) {
                end = i + 1;
                style = PUNCTUATION;
            } else {
                end = i + 1;
                while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                style = word.equals("true") || word.equals("false") || word.equals("null") ? LITERAL : UNKNOWN;
            }
            out.add(new Token(i, end, style));
            i = end;
        }
        return out;
    }

    /** Where the string starting at {@code start} ends (after its closing quote, or at its line's end). */
    static int stringEnd(String text, int start) {
        int j = start + 1;
        while (j < text.length()) {
            char ch = text.charAt(j);
            if (ch == '\\') {
                j += 2;
            } else if (ch == '"') {
                return j + 1;
            } else if (ch == '\n') {
                return j;
            } else {
                j++;
            }
        }
        return text.length();
    }

    private static boolean isKey(String text, int end) {
        int k = end;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && text.charAt(k) == ':';
    }

    private static String keyStyle(String text, int start, int end) {
        boolean closed = end - start >= 2 && text.charAt(end - 1) == '"';
        String name = text.substring(start + 1, closed ? end - 1 : end);
        return ELEMENTS.contains(name) ? ELEMENT : KEY;
    }
}
