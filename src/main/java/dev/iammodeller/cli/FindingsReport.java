package dev.iammodeller.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.analysis.findings.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code analyze --findings}: the findings by severity, each with its subject, path and the IAM rule behind it. */
final class FindingsReport {
    private FindingsReport() {
    }

    static String text(List<Finding> findings, boolean json) {
        if (json) {
            ArrayNode array = AnalyzeJson.array();
            for (Finding finding : findings) {
                ObjectNode node = array.addObject();
                node.put("code", finding.code());
                node.put("severity", finding.severity().label());
                node.put("subject", finding.subjectId());
                node.put("subjectArn", finding.subjectArn());
                node.put("message", finding.message());
                node.put("rule", finding.rule());
                AnalyzeJson.strings(node.putArray("path"), finding.path());
            }
            return AnalyzeJson.write(array);
        }
        StringBuilder text = new StringBuilder();
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        text.append(findings.size()).append(findings.size() == 1 ? " finding" : " findings");
        if (!findings.isEmpty()) {
            text.append(": ").append(String.join(", ", counts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().label()).toList()));
        }
        text.append('\n');
        Severity current = null;
        for (Finding finding : findings) {
            if (finding.severity() != current) {
                current = finding.severity();
                text.append('\n').append(current.name()).append('\n');
            }
            text.append("  ").append(finding.code()).append("  ").append(finding.subjectId()).append('\n');
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
        return text.toString();
    }
}
