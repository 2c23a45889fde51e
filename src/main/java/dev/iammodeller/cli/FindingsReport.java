package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.analysis.findings.FindingsReview;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.model.AcceptedFinding;
import java.util.List;
import java.util.Map;

/**
 * {@code analyze --findings}: the open findings by severity, each with its subject (name and ARN), path and
 * the IAM rule behind it, then the accepted ones apart with their reasons; as text, JSON or CSV.
 */
final class FindingsReport {
    /** The CSV columns, in order. */
    static final List<String> CSV_HEADER = List.of("severity", "code", "subjectName", "subjectArn", "account", "message",
            "accepted", "reason");

    enum Format { TEXT, JSON, CSV }

    private FindingsReport() {
    }

    /** The report in {@code format}, written to {@code out} finding by finding. */
    static void write(FindingsReview review, Format format, ReportText out) {
        switch (format) {
            case JSON -> json(review, out);
            case CSV -> csv(review, out);
            case TEXT -> text(review, out);
        }
    }

    /** "3 findings: 1 high, 2 low", "1 finding: 1 medium", "0 findings"; the accepted ones are not counted. */
    static String counts(FindingsReview review) {
        int open = review.open().size();
        StringBuilder text = new StringBuilder().append(open).append(open == 1 ? " finding" : " findings");
        Map<Severity, Integer> counts = review.counts();
        if (!counts.isEmpty()) {
            text.append(": ").append(String.join(", ", counts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().label()).toList()));
        }
        if (!review.accepted().isEmpty()) {
            text.append("; ").append(review.accepted().size()).append(" accepted");
        }
        return text.toString();
    }

    private static void text(FindingsReview review, ReportText text) {
        text.append(counts(review)).append('\n');
        Severity current = null;
        for (Finding finding : review.open()) {
            if (finding.severity() != current) {
                current = finding.severity();
                text.append('\n').append(current.name()).append('\n');
            }
            text.append("  ").append(finding.code()).append("  ").append(subject(finding)).append('\n');
            details(text, finding);
        }
        if (!review.accepted().isEmpty()) {
            text.append('\n').append("Accepted (").append(review.accepted().size()).append(")\n");
            for (FindingsReview.Accepted accepted : review.accepted()) {
                Finding finding = accepted.finding();
                text.append("  ").append(finding.severity().name()).append("  ").append(finding.code()).append("  ")
                        .append(subject(finding)).append('\n');
                text.append("    ").append(finding.message()).append('\n');
                text.append("    accepted: ").append(accepted.acceptance().reason()).append(by(accepted.acceptance()))
                        .append('\n');
            }
        }
    }

    static String subject(Finding finding) {
        return finding.subjectArn() == null ? finding.subjectName() : finding.subjectName() + "  " + finding.subjectArn();
    }

    private static void details(ReportText text, Finding finding) {
        text.append("    ").append(finding.message()).append('\n');
        if (finding.code().equals(Findings.ESCALATION)) {
            int n = 1;
            for (String step : finding.path()) {
                text.append("    ").append(n++).append(". ").append(step).append('\n');
            }
        } else if (finding.path().size() > 1) {
            text.append("    path: ").append(String.join(" → ", finding.path())).append('\n');
        }
        text.append("    why: ").append(finding.rule()).append('\n');
    }

    /** " (by dana, 2025-01-31T10:15:00Z)", " (by dana)", "" ... */
    private static String by(AcceptedFinding acceptance) {
        if (acceptance.acceptedBy() == null && acceptance.at() == null) {
            return "";
        }
        if (acceptance.acceptedBy() == null) {
            return " (" + acceptance.at() + ")";
        }
        return " (by " + acceptance.acceptedBy() + (acceptance.at() == null ? "" : ", " + acceptance.at()) + ")";
    }

    private static void json(FindingsReview review, ReportText out) {
        ReportJson json = new ReportJson(out).startArray();
        for (Finding finding : review.open()) {
            json.element(node(finding, null));
        }
        for (FindingsReview.Accepted accepted : review.accepted()) {
            json.element(node(accepted.finding(), accepted.acceptance()));
        }
        json.endArray().end();
    }

    static ObjectNode node(Finding finding, AcceptedFinding acceptance) {
        ObjectNode node = AnalyzeJson.object();
        node.put("code", finding.code());
        node.put("severity", finding.severity().label());
        node.put("subject", finding.subjectId());
        node.put("subjectName", finding.subjectName());
        node.put("subjectArn", finding.subjectArn());
        node.put("account", finding.account());
        node.put("message", finding.message());
        node.put("rule", finding.rule());
        AnalyzeJson.strings(node.putArray("path"), finding.path());
        node.put("accepted", acceptance != null);
        node.put("reason", acceptance == null ? null : acceptance.reason());
        if (acceptance != null && acceptance.acceptedBy() != null) {
            node.put("acceptedBy", acceptance.acceptedBy());
        }
        if (acceptance != null && acceptance.at() != null) {
            node.put("at", acceptance.at());
        }
        return node;
    }

    /** RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line break. */
    private static void csv(FindingsReview review, ReportText text) {
        row(text, CSV_HEADER);
        for (Finding finding : review.open()) {
            row(text, csvRow(finding, null));
        }
        for (FindingsReview.Accepted accepted : review.accepted()) {
            row(text, csvRow(accepted.finding(), accepted.acceptance()));
        }
    }

    private static List<String> csvRow(Finding finding, AcceptedFinding acceptance) {
        return java.util.Arrays.asList(finding.severity().label(), finding.code(), finding.subjectName(),
                finding.subjectArn(), finding.account(), finding.message(), acceptance == null ? "false" : "true",
                acceptance == null ? "" : acceptance.reason());
    }

    private static void row(ReportText text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(csvField(fields.get(i)));
        }
        text.append("\r\n");
    }

    /** One CSV field: as is, or in double quotes with each quote doubled when it holds {@code , " CR LF}. */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
