package dev.iammodeller;

import dev.iammodeller.app.document.StartupOptions;
import dev.iammodeller.cli.CommandLine;
import dev.iammodeller.cli.TunedJvm;
import java.util.List;
import java.util.OptionalInt;

/**
 * The entry point of {@code iam-modeller.jar}. A command ({@code simulate}, {@code bench}, ...) runs
 * headless and never loads JavaFX; anything else opens the window, on the model file given
 * ({@code [FILE.iam.json] [--select NAME_OR_ARN] [--escalation]}, see {@link StartupOptions}). This class does not
 * extend {@code Application}, so the jar starts from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            OptionalInt ranApart = TunedJvm.run(args);
            if (ranApart.isPresent()) {
                System.exit(ranApart.getAsInt());
            }
            if (!TunedJvm.startedForACommand()) {
                CommandLine.compileForItsLength(args); // a JVM started for the command has its flags already
            }
            System.exit(CommandLine.run(args, System.in, System.out, System.err));
        }
        try {
            StartupOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("iam-modeller: " + e.getMessage());
            System.err.println(StartupOptions.USAGE);
            System.err.println("       iam-modeller --help   for the commands");
            System.exit(2);
        }
        dev.iammodeller.app.IamModellerApp.launchWindow(args);
    }
}
