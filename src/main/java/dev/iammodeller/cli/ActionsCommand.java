package dev.iammodeller.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.ActionSet;
import dev.iammodeller.catalog.Catalog;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * {@code actions PATTERN [--not] [--json]}: the catalogue's actions an IAM action pattern ({@code s3:Get*},
 * {@code *:Describe*}, {@code iam:*}) matches, ignoring case as IAM does; with {@code --not}, every action the
 * pattern does not match, which is what {@code "NotAction": PATTERN} covers. Prints one line per action,
 * {@code s3:GetObject  Read} (the name, two spaces, the access level as AWS labels it), sorted by name
 * ignoring case, and nothing else; with {@code --json}, one JSON array of
 * {@code {"action": "s3:GetObject", "accessLevel": "Read"}}.
 *
 * <p>Exit codes: 0 when at least one action is printed; 1 when none is (a pattern that matches nothing, or
 * {@code --not} of {@code *}), with {@code actions: no action matches PATTERN} on standard error and nothing on
 * standard output, so that a script can tell a typo from a result; 2 for a usage error.
 */
final class ActionsCommand {
    static final String USAGE = "usage: iam-modeller actions PATTERN [--not] [--json]";

    private ActionsCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String pattern = null;
        boolean not = false;
        boolean json = false;
        for (String arg : args) {
            if (arg.equals("--not")) {
                not = true;
            } else if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("--") || pattern != null || arg.isBlank()) {
                err.println(arg.startsWith("--") ? "actions: unknown option " + arg
                        : arg.isBlank() ? "actions: PATTERN is empty" : "actions: one PATTERN only");
                err.println(USAGE);
                return 2;
            } else {
                pattern = arg;
            }
        }
        if (pattern == null) {
            err.println(USAGE);
            return 2;
        }
        Catalog catalog = Catalog.load();
        ActionSet matched = catalog.expand(pattern);
        List<Action> actions = (not ? matched.complement() : matched).stream()
                .sorted(Comparator.comparing(Action::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        if (actions.isEmpty()) {
            err.println(not ? "actions: every action matches " + pattern : "actions: no action matches " + pattern);
            return 1;
        }
        out.print(json ? json(actions) : lines(actions));
        out.flush();
        return 0;
    }

    static String lines(List<Action> actions) {
        StringBuilder text = new StringBuilder(actions.size() * 40);
        for (Action action : actions) {
            text.append(action.fullName()).append("  ").append(action.accessLevel().label()).append('\n');
        }
        return text.toString();
    }

    static String json(List<Action> actions) {
        StringWriter text = new StringWriter(actions.size() * 60);
        try (JsonGenerator generator = new JsonFactory().createGenerator(text)) {
            generator.writeStartArray();
            for (Action action : actions) {
                generator.writeStartObject();
                generator.writeStringField("action", action.fullName());
                generator.writeStringField("accessLevel", action.accessLevel().label());
                generator.writeEndObject();
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }
}
