package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.cli.CommandLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BuildInfoTest {
    /** The version in pom.xml (the project's own, the first <version> after <artifactId>iam-modeller). */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>iam-modeller</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "pom.xml names the project's version");
        return m.group(1);
    }

    @Test
    void theVersionIsThePomsFromTheClassesToo() throws IOException {
        assertEquals(pomVersion(), BuildInfo.version());
    }

    @Test
    void dashDashVersionPrintsIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CommandLine.run(new String[] {"--version"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        assertEquals("iam-modeller " + pomVersion(), out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void theThirdPartyNoticesAreShippedAsTheyAreInTheProject() throws IOException {
        String notices = BuildInfo.thirdPartyNotices();
        assertEquals(Files.readString(Path.of("THIRD-PARTY.md")), notices);
        assertTrue(notices.contains("OpenJFX") && notices.contains("GPL-2.0 with the Classpath Exception"));
        try (InputStream licence = BuildInfo.class.getResourceAsStream("/about/LICENSE")) {
            assertTrue(licence != null && new String(licence.readAllBytes(), StandardCharsets.UTF_8).contains("Apache License"));
        }
    }

    @Test
    void theCodeDigestChangesWithAnyByteOfTheCodeAndNotWithWhereItLies(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path classes = Files.createDirectories(folder.resolve("classes/dev"));
        Files.writeString(classes.resolve("A.class"), "one");
        Files.writeString(classes.resolve("B.class"), "two");
        String first = BuildInfo.digestOf(folder.resolve("classes"));
        assertTrue(first.matches("[0-9a-f]{64}"), first);

        Path copy = Files.createDirectories(folder.resolve("elsewhere/dev"));
        Files.writeString(copy.resolve("A.class"), "one");
        Files.writeString(copy.resolve("B.class"), "two");
        assertEquals(first, BuildInfo.digestOf(folder.resolve("elsewhere")), "the same code elsewhere");

        Files.writeString(classes.resolve("B.class"), "twO");
        String changed = BuildInfo.digestOf(folder.resolve("classes"));
        assertTrue(!first.equals(changed), "one byte changed");

        String jar = BuildInfo.digestOf(jar(folder.resolve("one.jar"), "one"));
        assertTrue(jar.matches("[0-9a-f]{64}"), jar);
        assertEquals(jar, BuildInfo.digestOf(jar(folder.resolve("same.jar"), "one")), "the same jar elsewhere");
        assertTrue(!jar.equals(BuildInfo.digestOf(jar(folder.resolve("other.jar"), "onE"))), "one byte of an entry changed");
        assertEquals(null, BuildInfo.digestOf(folder.resolve("missing")));
        assertTrue(BuildInfo.codeDigest().matches("[0-9a-f]{64}"), "the tests' own classes have one");
    }

    /** A jar holding one class whose bytes are {@code content}. */
    private static Path jar(Path file, String content) throws IOException {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new java.util.zip.ZipEntry("dev/A.class"));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }
}
