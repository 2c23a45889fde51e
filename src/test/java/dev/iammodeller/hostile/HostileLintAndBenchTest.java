package dev.iammodeller.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, points 7 and 8 for {@code lint} and {@code bench}: a size limit is placed in the file (never
 * {@code file:0:0}), an unreadable file among several is named and the others are still checked (exit 2), and
 * {@code bench} refuses a number of seconds that is not one.
 */
class HostileLintAndBenchTest {
    @TempDir
    Path folder;

    @Test
    void aPolicyNestedTooDeepIsPlacedAtTheBracketThatGoesTooDeep() throws Exception {
        String first = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"aws:x\": ";
        Path policy = Files.writeString(folder.resolve("deep.json"), first + "[".repeat(1200) + "]".repeat(1200)
                + "}}}]}\n");
        CommandRun run = CommandRun.of("lint", "--json", policy.toString());
        assertEquals(1, run.exit(), run.toString());
        // levels 1 to 5 are the policy, Statement, its statement, Condition and StringEquals: 996 brackets more
        int column = first.length() + 996;
        assertTrue(run.out().contains("\"line\" : 1,") || run.out().contains("\"line\":1"), run.out());
        assertTrue(run.out().replace(" ", "").contains("\"column\":" + column + ","), column + "\n" + run.out());
        assertTrue(run.out().contains("$.Statement[0].Condition.StringEquals['aws:x'][0][0]"), run.out());
        CommandRun text = CommandRun.of("lint", policy.toString());
        assertTrue(text.out().startsWith(policy + ":1:" + column + ": error INVALID_JSON the JSON is beyond what a policy"
                + " can hold: it nests deeper than 1000 levels"), text.toString());
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersAreStillChecked() throws Exception {
        Path good = Files.writeString(folder.resolve("pass-role.json"), "{\"Version\": \"2012-10-17\", \"Statement\": [{"
                + "\"Effect\": \"Allow\", \"Action\": \"iam:PassRole\", \"Resource\": \"*\"}]}\n");
        Path notUtf8 = Files.write(folder.resolve("latin1.json"), "{\"Sid\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        Path folderToo = Files.createDirectory(folder.resolve("a-folder.json"));
        CommandRun run = CommandRun.of("lint", notUtf8.toString(), folderToo.toString(), good.toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("lint: cannot read " + notUtf8 + ": line 1, column 13: the text is not UTF-8 (the"
                + " byte 0xE9 is not a character)"), run.toString());
        assertTrue(run.err().contains("lint: cannot read " + folderToo + ": it is a folder, not a file"), run.toString());
        assertTrue(run.out().contains(good + ":1:") && run.out().contains("PASS_ROLE_ON_ALL"), run.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "-1", "0", "Infinity", "1e400", "eleven"})
    void benchRefusesSecondsThatAreNotAPositiveNumber(String seconds) throws Exception {
        Path requests = Files.writeString(folder.resolve("r.json"), "{\"principal\": \"arn:aws:iam::111111111111:user/a\","
                + " \"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::b/k\"}\n");
        CommandRun run = CommandRun.of("bench", "simulate", "--seconds", seconds, requests.toString());
        assertEquals(2, run.exit(), run.toString());
        assertEquals("", run.out());
        assertTrue(run.err().contains("bench: --seconds needs a number, not " + seconds)
                || run.err().contains("usage: iam-modeller bench simulate --seconds N "), run.toString());
    }
}
