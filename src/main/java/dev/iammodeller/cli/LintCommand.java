package dev.iammodeller.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.lint.LintFinding;
import dev.iammodeller.policy.lint.LintOptions;
import dev.iammodeller.policy.lint.PolicyLint;
import dev.iammodeller.policy.lint.PolicyType;
import dev.iammodeller.policy.lint.LintSeverity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lint [--type T] [--account ID] [--json] FILE...}: validates policy files and prints one line per
 * finding, {@code file:line:column: severity CODE message}, or a JSON list. Exits 1 when any finding is
 * an error, 2 for a usage error or an unreadable file, else 0.
 */
final class LintCommand {
    static final String USAGE = "usage: iam-modeller lint [--type identity|resource|trust|scp|rcp|boundary|session]"
            + " [--account ID] [--json] FILE...";

    private LintCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        PolicyType type = PolicyType.IDENTITY;
        String account = null;
        boolean json = false;
        List<String> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--type") && i + 1 < args.size()) {
                    type = PolicyType.byName(args.get(++i));
                } else if (arg.equals("--account") && i + 1 < args.size()) {
                    account = args.get(++i);
                } else if (arg.equals("--json")) {
                    json = true;
                } else if (arg.startsWith("--")) {
                    err.println(USAGE);
                    return 2;
                } else {
                    files.add(arg);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("lint: " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        PolicyLint lint = new PolicyLint(Catalog.load());
        LintOptions options = new LintOptions(type, account, false);
        List<String[]> rows = new ArrayList<>();
        boolean anyError = false;
        boolean unreadable = false;
        for (String file : files) {
            String text;
            try {
                text = InputText.read(file);
            } catch (IOException e) {
                err.println("lint: cannot read " + file + ": " + e.getMessage());
                unreadable = true;
                continue; // the other files are still checked
            }
            for (LintFinding finding : lint.check(text, options)) {
                anyError |= finding.severity() == LintSeverity.ERROR;
                rows.add(new String[] {file, String.valueOf(finding.position().line()),
                        String.valueOf(finding.position().column()), finding.severity().label(), finding.code(),
                        finding.message(), finding.path()});
            }
        }
        if (json) {
            out.println(json(rows));
        } else {
            for (String[] row : rows) {
                out.println(row[0] + ":" + row[1] + ":" + row[2] + ": " + row[3] + " " + row[4] + " " + row[5]);
            }
        }
        return unreadable ? 2 : anyError ? 1 : 0;
    }

    private static String json(List<String[]> rows) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = new JsonFactory().createGenerator(text)) {
            out.useDefaultPrettyPrinter();
            out.writeStartArray();
            for (String[] row : rows) {
                out.writeStartObject();
                out.writeStringField("file", row[0]);
                out.writeNumberField("line", Integer.parseInt(row[1]));
                out.writeNumberField("column", Integer.parseInt(row[2]));
                out.writeStringField("severity", row[3]);
                out.writeStringField("code", row[4]);
                out.writeStringField("message", row[5]);
                out.writeStringField("path", row[6]);
                out.writeEndObject();
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
