package dev.iammodeller.cli;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.analysis.findings.FindingsReview;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.policy.PolicyParseException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code analyze MODEL.iam.json (--principal P | --who-can TARGET [--action A] | --escalations [--all-paths]
 * | --findings [--csv] [--fail-on SEVERITY]) [--json]}: what a principal reaches (its own permissions by service
 * and access level, the roles it can assume, the compute it can drive, what it can gain by escalation), who
 * reaches a target, what each principal of the model can gain by escalation (the shortest path to each gain;
 * with --all-paths every path, written as found), or the model's findings. Text for a person, JSON, or
 * (findings) CSV (docs/analyze.md). Exits 0; 1 when the model does not load or a name is not found, or with
 * {@code --fail-on} when an unaccepted finding of that severity or worse remains; 2 for a usage error. This
 * class reads the arguments and the model and hands over
 * to the reports: {@link PrincipalReport} (or {@link HolderReport}), {@link WhoCanReport}, {@link EscalationReport},
 * {@link FindingsReport}.
 */
final class AnalyzeCommand {
    static final String USAGE = "usage: iam-modeller analyze MODEL.iam.json (--principal NAME | --who-can TARGET"
            + " [--action ACTION] | --escalations [--all-paths] | --findings [--csv] [--fail-on SEVERITY]) [--json]";
    static final String HELP = String.join("\n", USAGE, "",
            "  --principal NAME     what a user, role, identity provider, service, Identity Center user or group",
            "                       reaches: its own permissions by service and access level, the roles it can",
            "                       assume (with chains and conditions; for Identity Center, its assignments),",
            "                       the compute it can make act for it, and what it can gain by escalation",
            "  --who-can TARGET     who reaches a target: with --action, that action on it; without, for a role, who",
            "                       can assume it or drive compute that runs as it; for anything else, who can do",
            "                       the actions that apply to it (for a role or resource: the window's answer)",
            "  --escalations        what each user and role can gain by escalation: who can gain administrator and",
            "                       by which rules, then per principal and gain the shortest path and how many",
            "                       other paths lead there (a principal that gains admin: its admin path only)",
            "  --all-paths          with --escalations: every path instead, each written out as it is found",
            "  --findings           what a reviewer should look at, one per rule and subject, each with the IAM rule",
            "                       behind it; the findings the model file accepts come last, apart, uncounted",
            "  --csv                with --findings: CSV (RFC 4180, a header row) instead of text",
            "  --fail-on SEVERITY   with --findings: exit 1 when an unaccepted finding of SEVERITY (high, medium,",
            "                       low or info) or worse remains (a CI gate)",
            "  --json               JSON instead of text (shapes in docs/analyze.md)",
            "NAME and TARGET are an entity's id, name or ARN; TARGET may also be an ARN the model does not draw.");


    private AnalyzeCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String modelPath = null;
        String principal = null;
        String whoCan = null;
        String action = null;
        boolean escalations = false;
        boolean findings = false;
        boolean allPaths = false;
        boolean json = false;
        boolean csv = false;
        Severity failOn = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    out.println(HELP);
                    return 0;
                }
                case "--principal", "--who-can", "--action" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        return usage(err, arg + " needs a value");
                    }
                    String value = args.get(++i);
                    if (arg.equals("--principal") && principal == null) {
                        principal = value;
                    } else if (arg.equals("--who-can") && whoCan == null) {
                        whoCan = value;
                    } else if (arg.equals("--action") && action == null) {
                        action = value;
                    } else {
                        return usage(err, arg + " given twice");
                    }
                }
                case "--escalations" -> escalations = true;
                case "--findings" -> findings = true;
                case "--all-paths" -> allPaths = true;
                case "--json" -> json = true;
                case "--csv" -> csv = true;
                case "--fail-on" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        return usage(err, "--fail-on needs a severity: high, medium, low or info");
                    }
                    if (failOn != null) {
                        return usage(err, "--fail-on given twice");
                    }
                    String word = args.get(++i);
                    failOn = Severity.byLabel(word).orElse(null);
                    if (failOn == null) {
                        return usage(err, "--fail-on takes high, medium, low or info, not \"" + word + "\"");
                    }
                }
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
        int modes = (principal != null ? 1 : 0) + (whoCan != null ? 1 : 0) + (escalations ? 1 : 0) + (findings ? 1 : 0);
        if (modelPath == null) {
            return usage(err, "no model file");
        }
        if (modes != 1) {
            return usage(err, "give exactly one of --principal, --who-can, --escalations, --findings");
        }
        if (action != null && whoCan == null) {
            return usage(err, "--action goes with --who-can");
        }
        if ((csv || failOn != null) && !findings) {
            return usage(err, (csv ? "--csv" : "--fail-on") + " goes with --findings");
        }
        if (csv && json) {
            return usage(err, "give --json or --csv, not both");
        }
        if (allPaths && !escalations) {
            return usage(err, "--all-paths goes with --escalations");
        }
        IamModel model = ModelInput.read("analyze", modelPath, err);
        if (model == null) {
            return 1;
        }
        ReportText report = new ReportText(out);
        try {
            ModelAnalysis analysis = new ModelAnalysis(Catalog.load(), model);
            AccessCheck check = analysis.check();
            if (escalations && !allPaths || findings) { // seconds to minutes on a large model: saying how far
                EscalationProgress.workOut(check, err, "analyze", "");
            }
            if (principal != null) {
                Entity found = ModelNames.find(model, principal, "principal", e -> e.kind().isIamPrincipal()
                        || e.kind().isIdentityCenterPrincipal() || e instanceof IdentityProvider || e instanceof AwsService || HolderReport.covers(e));
                if (HolderReport.covers(found)) {
                    HolderReport.write(analysis, found, json, report);
                } else {
                    PrincipalReport.write(analysis, found, json, report);
                }
            } else if (whoCan != null) {
                WhoCanReport.write(analysis, whoCan, action, json, report);
            } else if (escalations) {
                EscalationReport.write(check, json, allPaths, report);
            } else {
                FindingsReview review = FindingsReview.of(Findings.of(analysis.catalog(), check), model.acceptedFindings());
                FindingsReport.write(review, json ? FindingsReport.Format.JSON
                        : csv ? FindingsReport.Format.CSV : FindingsReport.Format.TEXT, report);
                report.flush();
                return gate(review, failOn, err);
            }
            report.flush();
            return 0;
        } catch (NotFound e) {
            report.flush();
            err.println("analyze: " + e.getMessage());
            return 1;
        } catch (PolicyParseException e) {
            report.flush();
            err.println("analyze: a policy of the model does not parse: " + e.getMessage());
            return 1;
        }
    }

    /** 0, or 1 (saying why on standard error) when an unaccepted finding of the gate's severity or worse remains. */
    private static int gate(FindingsReview review, Severity failOn, PrintStream err) {
        if (failOn == null) {
            return 0;
        }
        List<Finding> failing = review.openAtLeast(failOn);
        if (failing.isEmpty()) {
            return 0;
        }
        err.println("analyze: " + failing.size() + (failing.size() == 1 ? " unaccepted finding" : " unaccepted findings")
                + " of severity " + failOn.label() + (failOn == Severity.HIGH ? "" : " or worse") + " (--fail-on "
                + failOn.label() + ")");
        return 1;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("analyze: " + problem);
        err.println(USAGE);
        return 2;
    }
}
