package dev.iammodeller.cli;

import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.export.ExportFormat;
import dev.iammodeller.io.export.ExportOptions;
import dev.iammodeller.io.export.ExportWriter;
import dev.iammodeller.io.export.Exported;
import dev.iammodeller.io.export.Exporter;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.policy.PolicyParseException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code export MODEL.iam.json --format FORMAT -o OUT [--select NAME_OR_ARN [--escalation]] [--theme light|dark]
 * [--scale N] [--all-versions] [--all-findings]}: the model as a diagram for another tool or as policy files and
 * infrastructure code, or as a picture (PNG, SVG, PDF: headless Java2D and PDFBox) ({@link Exporter}). Exits 0;
 * 1 when the model does not load (problems with line and column, as {@code analyze}), a name is not found or the
 * output cannot be written; 2 for a usage error. Nothing is written unless the whole export is made
 * ({@link ExportWriter}).
 */
final class ExportCommand {
    static final String USAGE = "usage: iam-modeller export MODEL.iam.json --format FORMAT -o OUT"
            + " [--select NAME_OR_ARN [--escalation]] [--theme light|dark] [--scale N] [--all-versions] [--all-findings]";
    static final String FORMATS = Arrays.stream(ExportFormat.values()).map(ExportFormat::word)
            .collect(Collectors.joining(", "));

    private ExportCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String modelPath = null;
        String formatWord = null;
        String output = null;
        String select = null;
        boolean escalation = false;
        boolean allVersions = false;
        boolean allFindings = false;
        String theme = "light";
        double scale = 1;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    out.println("FORMAT is one of " + FORMATS + " (README.md, \"export\").");
                    out.println("png, svg, pdf draw the canvas and its legend: --select highlights what the node reaches,"
                            + " --escalation draws its escalation path, --theme dark, --scale N (a PNG stays within 16"
                            + " million pixels). PNG and SVG carry the model: open them as a model file. PDF adds the"
                            + " findings; --all-findings the escalation ones too above 1,500 users and roles, however"
                            + " long they take (saying how far on standard error).");
                    return 0;
                }
                case "--format", "-o", "--select", "--theme", "--scale" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        return usage(err, arg + " needs a value");
                    }
                    String value = args.get(++i);
                    switch (arg) {
                        case "--format" -> formatWord = value;
                        case "-o" -> output = value;
                        case "--select" -> select = value;
                        case "--theme" -> {
                            if (!value.equals("light") && !value.equals("dark")) {
                                return usage(err, "--theme takes light or dark, not \"" + value + "\"");
                            }
                            theme = value;
                        }
                        default -> {
                            try {
                                scale = Double.parseDouble(value);
                            } catch (NumberFormatException e) {
                                scale = Double.NaN;
                            }
                            if (!(scale > 0 && scale <= 16)) {
                                return usage(err, "--scale takes a number above 0 and at most 16, not \"" + value + "\"");
                            }
                        }
                    }
                }
                case "--escalation" -> escalation = true;
                case "--all-versions" -> allVersions = true;
                case "--all-findings" -> allFindings = true;
                default -> {
                    if (arg.startsWith("-")) {
                        return usage(err, "unknown option " + arg);
                    }
                    if (modelPath != null) {
                        return usage(err, "one model file only");
                    }
                    modelPath = arg;
                }
            }
        }
        if (modelPath == null) {
            return usage(err, "no model file");
        }
        if (formatWord == null) {
            return usage(err, "no --format (one of " + FORMATS + ")");
        }
        ExportFormat format = ExportFormat.byWord(formatWord.toLowerCase(Locale.ROOT)).orElse(null);
        if (format == null) {
            return usage(err, "unknown format \"" + formatWord + "\" (one of " + FORMATS + ")");
        }
        if (output == null) {
            return usage(err, "no output (-o OUT)");
        }
        if (escalation && select == null) {
            return usage(err, "--escalation goes with --select");
        }
        if (!format.available()) {
            err.println("export: " + format.word() + " is not available in this version yet");
            return 2;
        }
        if (escalation && !format.picture()) {
            return usage(err, "--escalation is drawn by png, svg and pdf, not " + format.word());
        }
        if (select != null && !format.diagram() && !format.picture()) {
            return usage(err, "--select narrows the diagram formats (drawio, mermaid, dot, graphml) and highlights"
                    + " the pictures (png, svg, pdf), not " + format.word());
        }
        if (allVersions && format != ExportFormat.POLICIES) {
            return usage(err, "--all-versions goes with --format policies");
        }
        if (allFindings && format != ExportFormat.PDF) {
            return usage(err, "--all-findings goes with --format pdf");
        }
        IamModel model = ModelInput.read("export", modelPath, err);
        if (model == null) {
            return 1;
        }
        if (format.picture()) {
            System.setProperty("java.awt.headless", "true");
        }
        ExportOptions options = ExportOptions.DEFAULT.withDark(theme.equals("dark")).withAllVersions(allVersions)
                .withScale(scale).withEscalation(escalation)
                .withYaml(output.toLowerCase(Locale.ROOT).endsWith(".yaml")
                        || output.toLowerCase(Locale.ROOT).endsWith(".yml"));
        try {
            if (select != null) {
                Entity selected = ModelNames.find(model, select, "node", e -> true);
                options = options.withSelected(selected.id());
            }
            ModelAnalysis analysed = null;
            if (allFindings) { // the escalations worked out first, however long: the findings appendix then lists them
                analysed = new ModelAnalysis(Catalog.load(), model);
                EscalationProgress.workOut(analysed.check(), err, "export", "");
            }
            Exported exported = Exporter.export(model, format, options, analysed);
            ExportWriter.write(exported, Path.of(output));
            exported.notes().forEach(err::println);
            return 0;
        } catch (NotFound e) {
            err.println("export: " + e.getMessage());
            return 1;
        } catch (PolicyParseException | IllegalArgumentException e) {
            err.println("export: a policy of the model does not parse: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("export: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("export: " + problem);
        err.println(USAGE);
        return 2;
    }
}
