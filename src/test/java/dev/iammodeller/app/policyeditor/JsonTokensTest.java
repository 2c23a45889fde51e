package dev.iammodeller.app.policyeditor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The colouring: keys, IAM's element names, strings, numbers, literals and punctuation, even in broken text. */
class JsonTokensTest {
    private static List<String> styles(String text) {
        return JsonTokens.of(text).stream().map(t -> text.substring(t.start(), t.end()) + "=" + t.style()).toList();
    }

    @Test
    void elementNamesKeysAndValuesHaveTheirOwnStyles() {
        assertEquals(List.of("{=json-punctuation", "\"Effect\"=json-element", ":=json-punctuation",
                "\"Allow\"=json-string", ",=json-punctuation", "\"aws:SourceIp\"=json-key", ":=json-punctuation",
                "-12.5e3=json-number", ",=json-punctuation", "\"x\"=json-key", ":=json-punctuation",
                "[=json-punctuation", "true=json-literal", ",=json-punctuation", "null=json-literal",
                "]=json-punctuation", "}=json-punctuation"),
                styles("{\"Effect\": \"Allow\", \"aws:SourceIp\" : -12.5e3, \"x\": [true, null]}"));
    }

    @Test
    void brokenTextStillColoursAndAnUnterminatedStringEndsAtItsLine() {
        assertEquals(List.of("{=json-punctuation", "\"Action\"=json-element", ":=json-punctuation",
                "\"s3:Get=json-string", "\"Resource\"=json-element", ":=json-punctuation", "Allwo=json-unknown"),
                styles("{\"Action\": \"s3:Get\n\"Resource\": Allwo"));
        assertEquals(List.of("\"a\\\"b\"=json-string"), styles("\"a\\\"b\""));
    }
}
