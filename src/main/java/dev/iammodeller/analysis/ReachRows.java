package dev.iammodeller.analysis;

import dev.iammodeller.catalog.AccessLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The reach panel's rows grouped by service and access level, and filtered by what the user types. */
public final class ReachRows {
    private ReachRows() {
    }

    /** Service prefix → access level (List, Read, Write, Permissions management, Tagging) → rows, sorted. */
    public static Map<String, Map<AccessLevel, List<ReachRow>>> grouped(List<ReachRow> rows) {
        Map<String, Map<AccessLevel, List<ReachRow>>> out = new TreeMap<>();
        for (ReachRow row : rows) {
            out.computeIfAbsent(row.outcome().action().service(), s -> new EnumMap<>(AccessLevel.class))
                    .computeIfAbsent(row.outcome().action().accessLevel(), l -> new ArrayList<>()).add(row);
        }
        return out;
    }

    /**
     * True when every word of the filter appears (ignoring case) in the row's action, target, access level,
     * outcome, conditions or principal.
     */
    public static boolean matches(ReachRow row, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        ActionOutcome outcome = row.outcome();
        String text = (outcome.action().fullName() + ' ' + outcome.resource() + ' ' + outcome.action().accessLevel().label()
                + ' ' + words(outcome.outcome()) + ' ' + String.join(" ", outcome.outcome().conditions()) + ' '
                + row.principalId()).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "allowed", "conditional on sts:ExternalId", "denied (explicit)", "denied (implicit)". */
    public static String words(Outcome outcome) {
        return switch (outcome.kind()) {
            case ALLOWED -> "allowed";
            case CONDITIONAL -> "conditional on " + String.join(", ", outcome.conditions());
            case EXPLICIT_DENY -> "denied (explicit)";
            case IMPLICIT_DENY -> "denied (implicit)";
        };
    }
}
