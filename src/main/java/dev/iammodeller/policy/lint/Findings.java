package dev.iammodeller.policy.lint;

import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings of one lint run, in the order of their place in the text. */
final class Findings {
    private final List<Finding> list = new ArrayList<>();

    void add(String code, Severity severity, SourcePosition position, String path, String message) {
        list.add(new Finding(code, severity, message, position, path));
    }

    void add(String code, Severity severity, Json at, String message) {
        add(code, severity, at.position(), at.path(), message);
    }

    List<Finding> sorted() {
        List<Finding> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt((Finding f) -> f.position().line())
                .thenComparingInt(f -> f.position().column()).thenComparing(Finding::code));
        return List.copyOf(out);
    }
}
