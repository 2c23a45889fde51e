package dev.iammodeller.policy.lint;

import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings of one lint run, in the order of their place in the text. */
final class LintFindings {
    private final List<LintFinding> list = new ArrayList<>();

    void add(String code, LintSeverity severity, SourcePosition position, String path, String message) {
        list.add(new LintFinding(code, severity, message, position, path));
    }

    void add(String code, LintSeverity severity, Json at, String message) {
        add(code, severity, at.position(), at.path(), message);
    }

    List<LintFinding> sorted() {
        List<LintFinding> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt((LintFinding f) -> f.position().line())
                .thenComparingInt(f -> f.position().column()).thenComparing(LintFinding::code));
        return List.copyOf(out);
    }
}
