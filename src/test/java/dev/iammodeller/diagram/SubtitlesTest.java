package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names cut in the middle keep what tells look-alikes apart: their start and their end. */
class SubtitlesTest {
    @Test
    void aShortNameIsShownWhole() {
        assertEquals("alice", Subtitles.shortenMiddle("alice", 18));
        assertEquals("exactly-eighteen18", Subtitles.shortenMiddle("exactly-eighteen18", 18));
    }

    @Test
    void aLongNameKeepsItsStartAndItsLastWords() {
        String east = Subtitles.shortenMiddle("AWS-QuickSetup-EnableExplorer-us-east-1", 18);
        String west = Subtitles.shortenMiddle("AWS-QuickSetup-EnableExplorer-us-west-2", 18);
        assertEquals(18, east.length(), east);
        assertTrue(east.startsWith("AWS-Quic") && east.endsWith("us-east-1") && east.contains("…"), east);
        assertNotEquals(east, west);
    }

    @Test
    void theEndStartsAfterASeparatorWhenOneIsNear() {
        assertEquals("payment…production", Subtitles.shortenMiddle("payments-api-handler-production", 18));
        assertEquals("AWS-Quic…us-east-1", Subtitles.shortenMiddle("AWS-QuickSetup-EnableExplorer-us-east-1", 18));
        assertEquals("abcdefghi…rstuvwxy", Subtitles.shortenMiddle("abcdefghijklmnopqrstuvwxy", 18));
    }

    /**
     * The word after "-" in {@code break-glass} would fill all five characters: the start keeps some, the end is cut inside
     * its word. In fewer, a name numbered at its end keeps its number ({@code user-340} among a thousand users), another
     * its start.
     */
    @ParameterizedTest
    @CsvSource({"break-glass, 5, br…ss", "user-340, 4, …340", "user-340, 3, …40", "developers, 4, dev…"})
    void inFewCharactersWhatTellsANameApartStays(String name, int max, String shown) {
        assertEquals(shown, Subtitles.shortenMiddle(name, max));
        assertEquals(shown, Subtitles.shortenName(name, max));
    }

    /**
     * A number in the middle of a name tells it from its siblings more than the start they share (an account's
     * {@code app-00-fn}, {@code app-01-ec2}, {@code partner-03-audit}, {@code partner-09-audit}): cut in the middle, the
     * name keeps its end from the word with the number when that fits, rather than its start.
     */
    @ParameterizedTest
    @CsvSource({"app-01-ec2, 7, …01-ec2", "partner-03-audit, 10, …03-audit", "partner-09-audit, 12, …09-audit",
            "user-340, 6, us…340", "ec2-instance-role, 9, ec2-…role",
            "AWSReservedSSO_ReadOnly_0123abcd, 14, AWSRe…0123abcd"})
    void aNumberInTheMiddleOfANameStaysWhenItFits(String name, int max, String shown) {
        assertEquals(shown, Subtitles.shortenMiddle(name, max));
    }

    /**
     * When the number's word and the rest of the name do not fit, the number still stays (siblings {@code app-01-ec2},
     * {@code app-02-ec2} read alike as {@code ap…ec2}): with the end of the name after an ellipsis when that fits whole,
     * else with what follows it, cut. A number inside a word ({@code ec2}) is no serial and changes nothing.
     */
    @ParameterizedTest
    @CsvSource({"app-01-ec2, 6, …01-e…", "app-02-ec2, 6, …02-e…", "app-01-ecs-task, 10, …01…task",
            "app-01-ecs-task, 8, …01…task", "app-01-ecs-task, 7, …01-ec…", "app-042-task, 8, …042-ta…",
            "partner-03-audit, 8, …03-aud…", "team-data-01-write, 8, …01-wri…", "app-01-ec2, 5, …01-…",
            "my-ec2-role-prod, 8, my-…prod"})
    void aNumberTheCutWouldDropStaysWhenItsWordDoesNotFit(String name, int max, String shown) {
        assertEquals(shown, Subtitles.shortenMiddle(name, max));
    }

    @Test
    void aSeparatorFarBackNeverTakesTheWholeRoom() {
        for (String name : java.util.List.of("break-glass", "user-00", "a-b-c-d-e-f-g", "oncall-04", "x.y_z/w:v@u",
                "Team 01 x", "app-01-ecs-task", "abcd-123456789", "a 1 b 2 c 3", "01-app-task", "x 12345 yz")) {
            for (int max = 1; max <= name.length(); max++) {
                String shown = Subtitles.shortenMiddle(name, max);
                assertTrue(shown.length() <= Math.max(2, max), name + " in " + max + ": " + shown);
                assertTrue(Subtitles.shortenName(name, max).length() <= Math.max(2, max), name + " in " + max);
            }
        }
    }

    @Test
    void theWordsMostAwsNamesShareGoFirstSoThatWhatTellsThemApartStays() {
        // cut in the middle, four managed policies read "Amazo…ccess" at 11 characters
        assertEquals("…S3Full…", Subtitles.shortenName("AmazonS3FullAccess", 11));
        assertEquals("…S3Read…", Subtitles.shortenName("AmazonS3ReadOnlyAccess", 11));
        assertEquals("…EC2Full…", Subtitles.shortenName("AmazonEC2FullAccess", 11));
        assertEquals("…CodeCommitFull…", Subtitles.shortenName("AWSCodeCommitFullAccess", 18));
        assertEquals("…CodeCommitRead…", Subtitles.shortenName("AWSCodeCommitReadOnly", 18));
        assertEquals("…EC2ContainerRegistryRead…", Subtitles.shortenName("AmazonEC2ContainerRegistryReadOnly", 26));
        assertEquals("…CloudTrai…", Subtitles.shortenName("AWSCloudTrailReadOnlyAccess", 11), "still too long: its start stays");
        assertEquals("…ElasticBe…", Subtitles.shortenName("AWSElasticBeanstalkServiceRolePolicy", 11));
    }

    @Test
    void aNameIsCutOnlyAsMuchAsItMustAndTheFirstWordGoesFirst() {
        assertEquals("…LambdaExecute", Subtitles.shortenName("AWSLambdaExecute", 15));
        assertEquals("…Security Token…", Subtitles.shortenName("AWS Security Token Service", 18), "no space after the ellipsis");
        assertEquals(java.util.List.of(5, 13, 18), Subtitles.wordBreaks("read-exports-from-vendor").subList(0, 3));
        assertEquals(java.util.List.of(3, 8, 14, 18, 22), Subtitles.wordBreaks("AWSCloudTrail_ReadOnlyAccess"));
        assertEquals(java.util.List.of(), Subtitles.wordBreaks("userwithlotsofpermissions"));
        assertEquals("…QuickSetup-EnableExplorer…", Subtitles.shortenName("AWS-QuickSetup-EnableExplorer-Role", 30));
        assertEquals("lambda-execution…", Subtitles.shortenName("lambda-execution-role", 18));
        assertEquals("AWSLambdaExecute", Subtitles.shortenName("AWSLambdaExecute", 16));
    }

    @Test
    void withoutSharedWordsToDropANameIsCutInTheMiddleAsBefore() {
        assertEquals("AWS-Quic…us-east-1", Subtitles.shortenName("AWS-QuickSetup-EnableExplorer-us-east-1", 18),
                "its end tells it apart: cut in the middle");
        assertEquals("Inlin…Group", Subtitles.shortenName("InlinePolicyGroup", 11));
        assertEquals("payment…production", Subtitles.shortenName("payments-api-handler-production", 18));
        assertEquals("ReadO…ccess", Subtitles.shortenName("ReadOnlyAccess", 11), "every word shared: nothing tells it apart to keep");
        assertEquals("alice", Subtitles.shortenName("alice", 18));
    }

    @Test
    void theSharedWordsGiveWayOneAtATimeTheFirstWordFirst() {
        assertEquals(java.util.List.of("…RDSFullAccess", "…RDSFull…", "…RDS…"), Subtitles.withoutSharedWords("AmazonRDSFullAccess"));
        assertEquals(java.util.List.of("…QuickSetup-EnableExplorer-us-east-1"),
                Subtitles.withoutSharedWords("AWS-QuickSetup-EnableExplorer-us-east-1"));
        assertEquals(java.util.List.of(), Subtitles.withoutSharedWords("payments-api-handler-production"), "none to drop");
        assertEquals(java.util.List.of(), Subtitles.withoutSharedWords("ReadOnlyAccess"), "nothing else to tell it apart");
    }
}
