package dev.iammodeller;

import dev.iammodeller.cli.CommandLine;

/**
 * The entry point of {@code iam-modeller.jar}. A command ({@code simulate}, {@code bench}, ...) runs
 * headless and never loads JavaFX; anything else opens the window. This class does not extend
 * {@code Application}, so the jar starts from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args, System.in, System.out, System.err));
        }
        dev.iammodeller.app.IamModellerApp.launchWindow(args);
    }
}
