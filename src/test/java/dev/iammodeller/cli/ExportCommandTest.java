package dev.iammodeller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command's contract: exit codes, messages, nothing written on failure. */
class ExportCommandTest {
    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = CommandLine.run(all, System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }


    private static long entries(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    @Test
    void eachTextFormatWritesItsFileAndExitsZero(@TempDir Path dir) throws Exception {
        String model = AnalyzeCommandTest.example("02-organization-admin-access.iam.json");
        for (String format : List.of("drawio", "mermaid", "dot", "graphml", "cloudformation", "terraform")) {
            Path out = dir.resolve("model." + format);
            Run run = run(model, "--format", format, "-o", out.toString());
            assertEquals(0, run.exit(), format + ": " + run.err());
            assertTrue(Files.size(out) > 0, format);
        }
        Run policies = run(model, "--format", "policies", "-o", dir.resolve("policies").toString());
        assertEquals(0, policies.exit(), policies.err());
        assertTrue(Files.isRegularFile(dir.resolve("policies/index.json")));
        Run zip = run(model, "--format", "policies", "-o", dir.resolve("policies.zip").toString());
        assertEquals(0, zip.exit());
        assertTrue(Files.isRegularFile(dir.resolve("policies.zip")));
        Run yaml = run(model, "--format", "cloudformation", "-o", dir.resolve("template.yaml").toString());
        assertEquals(0, yaml.exit());
        assertTrue(Files.readString(dir.resolve("template.yaml")).startsWith("AWSTemplateFormatVersion: \"2010-09-09\""));
    }

    @Test
    void eachPictureIsWrittenWithTheSelectionsEscalationPathAndOpensAsTheModel(@TempDir Path dir) throws Exception {
        String model = AnalyzeCommandTest.example("07-provisioning-escalation.iam.json");
        for (String format : List.of("png", "svg", "pdf")) {
            Path out = dir.resolve("x." + format);
            Run run = run(model, "--format", format, "-o", out.toString(), "--select", "onboard-dev", "--escalation",
                    "--theme", "dark", "--scale", "1.5");
            assertEquals(0, run.exit(), format + ": " + run.err());
            assertTrue(Files.size(out) > 1000, format);
        }
        assertEquals(3, entries(dir), "nothing but the three pictures");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CommandLine.run(new String[] {"analyze", dir.resolve("x.png").toString(), "--escalations"}, System.in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8));
        assertEquals(0, exit, "analyze opens the model inside the PNG");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("onboard-dev"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exit = CommandLine.run(new String[] {"analyze", dir.resolve("x.pdf").toString(), "--escalations"}, System.in,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, exit, "a PDF carries no model: " + err);
    }

    @Test
    void picturesRefuseWhatTheyCannotDrawAndAnUnknownSelectionExitsOne(@TempDir Path dir) throws Exception {
        String model = AnalyzeCommandTest.example("01-group-vs-service-role.iam.json");
        assertEquals(2, run(model, "--format", "png", "-o", dir.resolve("a.png").toString(), "--scale", "17").exit());
        assertEquals(2, run(model, "--format", "svg", "-o", dir.resolve("a.svg").toString(), "--all-versions").exit());
        assertEquals(2, run(model, "--format", "drawio", "-o", dir.resolve("a.drawio").toString(), "--select", "alice",
                "--escalation").exit(), "only the pictures draw an escalation path");
        Run unknown = run(model, "--format", "svg", "-o", dir.resolve("a.svg").toString(), "--select", "nobody");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("nobody"), unknown.err());
        assertEquals(0, entries(dir));
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        String model = AnalyzeCommandTest.example("01-group-vs-service-role.iam.json");
        String out = dir.resolve("x").toString();
        assertEquals(2, run(model, "-o", out).exit(), "no format");
        assertEquals(2, run(model, "--format", "visio", "-o", out).exit());
        assertEquals(2, run(model, "--format", "dot").exit(), "no output");
        assertEquals(2, run("--format", "dot", "-o", out).exit(), "no model");
        assertEquals(2, run(model, "--format", "dot", "-o", out, "--theme", "pink").exit());
        assertEquals(2, run(model, "--format", "dot", "-o", out, "--scale", "0").exit());
        assertEquals(2, run(model, "--format", "dot", "-o", out, "--escalation").exit(), "--escalation without --select");
        assertEquals(2, run(model, "--format", "terraform", "-o", out, "--select", "alice").exit());
        assertEquals(2, run(model, "--format", "dot", "-o", out, "--bogus").exit());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void aModelThatDoesNotLoadExitsOneWithLineAndColumnAndWritesNothing(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.iam.json");
        Files.writeString(broken, "{\n  \"format\": \"iam-modeller/1\",\n  \"entities\": [\n    {\"kind\": \"user\",}\n  ]\n}\n");
        Path out = dir.resolve("out.drawio");
        Run run = run(broken.toString(), "--format", "drawio", "-o", out.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().matches("(?s).*broken\\.iam\\.json:4:\\d+.*"), run.err());
        assertFalse(Files.exists(out));
        assertEquals(1, run(dir.resolve("missing.iam.json").toString(), "--format", "dot", "-o", out.toString()).exit());
        assertEquals(1, entries(dir));
    }

    @Test
    void aSelectionByNameNarrowsTheDiagramAndAnUnknownNameExitsOne(@TempDir Path dir) throws Exception {
        String model = AnalyzeCommandTest.example("10-compute-acts-with-a-role.iam.json");
        Path out = dir.resolve("x.dot");
        Run run = run(model, "--format", "dot", "-o", out.toString(), "--select", "web-role");
        assertEquals(0, run.exit(), run.err());
        String dot = Files.readString(out);
        assertTrue(dot.contains("\"web-1\" -> \"web-role\""));
        assertFalse(dot.contains("\"deployer\""), "a user one edge away from web-role is no neighbour");
        assertEquals(1, run(model, "--format", "dot", "-o", dir.resolve("y.dot").toString(), "--select", "nobody").exit());
        assertFalse(Files.exists(dir.resolve("y.dot")));
    }

    @Test
    void helpNamesTheCommand() {
        Run run = CommandLineHelp.help();
        assertTrue(run.out().contains("export MODEL.iam.json --format FORMAT -o OUT"), run.out());
    }

    /** The top-level --help. */
    static final class CommandLineHelp {
        static Run help() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = CommandLine.run(new String[] {"--help"}, System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), "");
        }
    }

    @Test
    void aPdfWithAllFindingsListsTheEscalationFindingsOfALargeModelSayingHowFarTheyHaveCome(@TempDir Path dir)
            throws Exception {
        Path model = dir.resolve("large.iam.json");
        dev.iammodeller.io.ModelFile.write(dev.iammodeller.io.export.ExportFixtures.manyPrincipalsWithAnAdminAndAnEscalation(),
                model);
        Run without = run(model.toString(), "--format", "pdf", "-o", dir.resolve("without.pdf").toString());
        assertEquals(0, without.exit(), without.err());
        assertTrue(without.err().contains("--all-findings"), "the note says how to have them: " + without.err());
        assertFalse(text(dir.resolve("without.pdf")).contains("ESCALATION"));

        Run with = run(model.toString(), "--format", "pdf", "-o", dir.resolve("with.pdf").toString(), "--all-findings");
        assertEquals(0, with.exit(), with.err());
        assertTrue(with.err().contains("export: working out the escalations of ") && with.err().contains(": 100%"),
                with.err());
        assertFalse(with.err().contains("left out"), with.err());
        String text = text(dir.resolve("with.pdf"));
        assertTrue(text.contains("ESCALATION") && !text.contains("are left out here"), "every finding is listed");

        Run svg = run(model.toString(), "--format", "svg", "-o", dir.resolve("m.svg").toString(), "--all-findings");
        assertEquals(2, svg.exit());
        assertTrue(svg.err().contains("--all-findings goes with --format pdf"), svg.err());
    }

    private static String text(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}
