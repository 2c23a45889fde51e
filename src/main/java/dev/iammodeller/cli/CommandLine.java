package dev.iammodeller.cli;

import dev.iammodeller.io.BuildInfo;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** The headless commands of {@code iam-modeller.jar}; none of them starts JavaFX. */
public final class CommandLine {
    private static final Set<String> COMMANDS = Set.of("simulate", "bench", "lint", "actions", "import", "analyze", "diff", "export", "help",
            "--help", "-h", "--version");

    static final String HELP = String.join("\n",
            "IAM Modeller: draw, understand and evaluate AWS IAM.",
            "",
            "usage: java -jar iam-modeller.jar                     open the application window (on example 1)",
            "       java -jar iam-modeller.jar FILE.iam.json [--select NAME_OR_ARN] [--escalation]",
            "                                                      open the window on a model (a node selected,",
            "                                                      its escalation path drawn)",
            "       java -jar iam-modeller.jar COMMAND [ARGS...]   run a command without a window",
            "",
            "commands:",
            "  simulate FILE                       decide each request of FILE (one JSON object, a JSON list,",
            "                                      or JSON Lines; - reads standard input) and print one JSON",
            "                                      line per request: id, decision (allowed, explicitDeny,",
            "                                      implicitDeny or error), blockedBy, matchedStatements,",
            "                                      missingContextKeys, reason. Exits 1 if any request is an error.",
            "  bench simulate --seconds N [--warmup W] FILE",
            "                                      evaluate the requests of FILE in a loop for N seconds on one",
            "                                      thread (after W seconds untimed) and print",
            "                                      {\"evaluationsPerSecond\": E, ..., \"evaluationsPerCpuSecond\": C, ...}",
            "  lint [--type T] [--account ID] [--json] FILE...",
            "                                      validate policy files; T is identity (default), resource,",
            "                                      trust, scp, rcp, boundary or session; prints",
            "                                      file:line:column: severity CODE message; exits 1 on any error",
            "  actions PATTERN [--not] [--json]    list the catalogue's actions a pattern such as s3:Get* matches",
            "                                      (with --not: those NotAction would cover), with access levels",
            "  import FILE... -o MODEL.iam.json    import the output of aws iam get-account-authorization-details",
            "                                      (one file per account, every page) into a model file;",
            "                                      a folder of scripts/export-organization.sh adds the",
            "                                      organization (units, accounts, SCPs, RCPs) and Identity Center",
            "  analyze MODEL.iam.json (--principal NAME_OR_ARN | --who-can ARN [--action A]",
            "          | --escalations [--all-paths] | --findings [--csv] [--fail-on SEVERITY]) [--json]",
            "                                      what a node reaches, who reaches a target, what each",
            "                                      principal can gain by escalation (who gains admin and by",
            "                                      which rules; per gain the shortest path and how many others;",
            "                                      --all-paths: every path, streamed) and the findings (one per",
            "                                      rule and subject; accepted ones apart; --fail-on high|medium|",
            "                                      low|info exits 1 while an unaccepted one that bad remains)",
            "  diff BASE.iam.json NEW.iam.json [--json]",
            "                                      what NEW adds, removes and changes, each principal's reach",
            "                                      gained and lost, escalation paths opened and closed, findings",
            "                                      raised, resolved and changed; exits 1 when NEW grants any",
            "                                      principal new reach or a new escalation path, else 0",
            "  export MODEL.iam.json --format FORMAT -o OUT [--select NAME_OR_ARN [--escalation]]",
            "          [--theme light|dark] [--scale N] [--all-versions] [--all-findings]",
            "                                      write the model for another tool: drawio, mermaid, dot,",
            "                                      graphml (diagrams; --select keeps a node and its neighbours),",
            "                                      policies (a folder of JSON files and index.json, or a .zip),",
            "                                      cloudformation (JSON, or YAML when OUT ends in .yaml),",
            "                                      terraform (.tf), and png, svg and pdf pictures of the",
            "                                      canvas (--select: its highlights; --escalation: its path).",
            "                                      Nothing is half-written on failure (export --help: more)",
            "  --help                              this text",
            "  --version                           the version",
            "",
            "import, analyze, export and diff over 512 KB of models or more run in a second JVM started with",
            "a batch run's flags (the same output and exit code; java -Diammodeller.tunedJvm=false keeps",
            "them in this one, =say prints that JVM's command line).",
            "See README.md for the request format.");

    private CommandLine() {
    }

    /**
     * For a command started from the jar, before it runs: a command over models of a few thousand principals compiles
     * with C1 alone (ADR 0015, {@link dev.iammodeller.io.ShortRunCompilation}); tests keep the JVM's defaults.
     */
    public static void compileForItsLength(String[] args) {
        dev.iammodeller.io.ShortRunCompilation.tune(List.of(args));
    }

    /** True when the arguments name a headless command rather than a model file to open. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Runs a command. Its output is checked once it ends: when standard output could not be written (a full
     * disk, a closed pipe), the command says so on standard error and exits 1 (or 2 for a usage error), so
     * that a script never takes a cut report for a whole one.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        int code;
        try {
            code = dispatch(args, in, out, err);
        } catch (ReportText.Unwritable e) {
            code = 1; // a report stopped at the first part the output refused; said below
        } catch (dev.iammodeller.analysis.HeapRoom.NotEnoughMemory e) {
            err.println(args[0] + ": " + e.getMessage());
            code = 1;
        }
        if (out.checkError()) {
            err.println(args[0] + ": cannot write the output (the disk is full, or the reader closed it)");
            return Math.max(code, 1);
        }
        return code;
    }

    private static int dispatch(String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> rest = List.of(args).subList(1, args.length);
        switch (args[0]) {
            case "simulate":
                return SimulateCommand.run(rest, in, out, err);
            case "bench":
                return BenchCommand.run(rest, in, out, err);
            case "lint":
                return LintCommand.run(rest, out, err);
            case "actions":
                return ActionsCommand.run(rest, out, err);
            case "import":
                return ImportCommand.run(rest, out, err);
            case "analyze":
                return AnalyzeCommand.run(rest, out, err);
            case "export":
                return ExportCommand.run(rest, out, err);
            case "diff":
                return DiffCommand.run(rest, out, err);
            case "--version":
                out.println("iam-modeller " + version());
                return 0;
            default:
                out.println(HELP);
                return 0;
        }
    }

    static String version() {
        return BuildInfo.version();
    }
}
