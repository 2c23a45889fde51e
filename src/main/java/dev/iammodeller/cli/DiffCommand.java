package dev.iammodeller.cli;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.compare.EntityPairing;
import dev.iammodeller.analysis.compare.ModelChanges;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.policy.PolicyParseException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code diff BASE.iam.json NEW.iam.json [--json]}: what NEW adds, removes and changes, then the difference that
 * matters (per principal the reach gained and lost, escalation paths opened and closed, findings raised, resolved
 * and changed), as text or JSON ({@link DiffReport}). Exits 1 when NEW grants any principal reach it lacked or a
 * new escalation path (a CI check: "no new access"), or when a model does not load; 0 when NEW grants nothing
 * new; 2 for a usage error.
 */
final class DiffCommand {
    static final String USAGE = "usage: iam-modeller diff BASE.iam.json NEW.iam.json [--json]";
    static final String HELP = String.join("\n", USAGE, "",
            "What NEW adds, removes and changes against BASE (entities paired by id, else by ARN or name, so two",
            "separate imports compare), then the difference that matters: per principal the reach it gains (+)",
            "and loses (-), the escalation paths NEW opens and closes, the findings it raises, resolves and changes.",
            "  --json   JSON instead of text (the shape is in README.md)",
            "Exit codes: 0 NEW grants nothing new; 1 NEW grants some principal new reach or a new escalation path,",
            "or a model does not load; 2 usage.");

    private DiffCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String basePath = null;
        String newPath = null;
        boolean json = false;
        for (String arg : args) {
            switch (arg) {
                case "--help", "-h" -> {
                    out.println(HELP);
                    return 0;
                }
                case "--json" -> json = true;
                default -> {
                    if (arg.startsWith("-")) {
                        return usage(err, "unknown option " + arg);
                    }
                    if (basePath == null) {
                        basePath = arg;
                    } else if (newPath == null) {
                        newPath = arg;
                    } else {
                        return usage(err, "two model files only: BASE and NEW");
                    }
                }
            }
        }
        if (newPath == null) {
            return usage(err, basePath == null ? "no model files" : "no NEW model file");
        }
        IamModel base = ModelInput.read("diff", basePath, err);
        IamModel next = ModelInput.read("diff", newPath, err);
        if (base == null || next == null) {
            return 1;
        }
        ReportText report = new ReportText(out);
        try {
            EntityPairing pairing = EntityPairing.of(base, next);
            AccessCheck baseCheck = new AccessCheck(base);
            AccessCheck nextCheck = new AccessCheck(next);
            EscalationProgress.workOut(baseCheck, err, "diff", " of " + Path.of(basePath).getFileName());
            EscalationProgress.workOut(nextCheck, err, "diff", " of " + Path.of(newPath).getFileName());
            DiffReport diff = new DiffReport(Catalog.load(), baseCheck, nextCheck, pairing);
            ModelChanges changes = ModelChanges.of(base, next, pairing);
            boolean grantsNew = json ? diff.json(basePath, newPath, changes, new ReportJson(report))
                    : diff.text(changes, report);
            report.flush();
            return grantsNew ? 1 : 0;
        } catch (PolicyParseException e) {
            report.flush();
            err.println("diff: a policy of a model does not parse: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("diff: " + problem);
        err.println(USAGE);
        return 2;
    }
}
