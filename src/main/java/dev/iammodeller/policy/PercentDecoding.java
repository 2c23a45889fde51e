package dev.iammodeller.policy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Decodes URL-encoded policy text as IAM returns it ({@code %7B%22Version%22...}); '+' stays '+'. */
final class PercentDecoding {
    private PercentDecoding() {
    }

    /** True when the text looks URL-encoded rather than JSON. */
    static boolean looksEncoded(String text) {
        String trimmed = text.trim();
        return trimmed.regionMatches(true, 0, "%7B", 0, 3) || (!trimmed.startsWith("{") && trimmed.contains("%22"));
    }

    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 3;
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                byte[] encoded = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
