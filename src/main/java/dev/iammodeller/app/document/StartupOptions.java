package dev.iammodeller.app.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the command line asks of the window: {@code [FILE.iam.json] [--select NAME_OR_ARN] [--escalation]}.
 * No file: the window opens on the first example. {@code --select} selects the node of that name or ARN;
 * {@code --escalation} draws the selected principal's escalation path, step by step.
 *
 * @param file       the model to open, or null
 * @param select     the name or ARN of the node to select, or null
 * @param escalation draw the escalation path of the selected principal (View > Draw Escalation Path)
 */
public record StartupOptions(Path file, String select, boolean escalation) {
    public static final StartupOptions NONE = new StartupOptions(null, null);
    public static final String USAGE = "usage: iam-modeller [FILE.iam.json] [--select NAME_OR_ARN] [--escalation]";

    public StartupOptions(Path file, String select) {
        this(file, select, false);
    }

    public Optional<Path> fileToOpen() {
        return Optional.ofNullable(file);
    }

    public Optional<String> selection() {
        return Optional.ofNullable(select);
    }

    /** Reads the arguments of the window; an unknown option, a missing value or two files are refused. */
    public static StartupOptions parse(List<String> args) {
        Path file = null;
        String select = null;
        boolean escalation = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--select") || arg.startsWith("--select=")) {
                if (select != null) {
                    throw new IllegalArgumentException("--select is given twice");
                }
                if (arg.startsWith("--select=")) {
                    select = arg.substring("--select=".length());
                } else if (i + 1 < args.size()) {
                    select = args.get(++i);
                } else {
                    throw new IllegalArgumentException("--select needs the name or ARN of a node");
                }
                if (select.isBlank()) {
                    throw new IllegalArgumentException("--select needs the name or ARN of a node");
                }
            } else if (arg.equals("--escalation")) {
                escalation = true;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else if (file != null) {
                throw new IllegalArgumentException("one model file at a time: " + file + " and " + arg);
            } else {
                file = Path.of(arg);
            }
        }
        return new StartupOptions(file, select, escalation);
    }
}
