package dev.iammodeller.analysis.findings;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Role;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.PolicyParseException;
import java.util.ArrayList;
import java.util.List;

/** How the rules name things: by an entity's name and ARN, never by the model's internal id. */
final class FindingText {
    /** Longer lists of names are cut, saying how many more there are. */
    static final int LISTED = 5;

    private FindingText() {
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "User alice", "Role provisioner": how a sentence starts about an entity (names keep their case). */
    static String subject(Entity entity) {
        return capitalize(kindAndName(entity));
    }

    /** "user alice", "role provisioner", "resource exports". */
    static String kindAndName(Entity entity) {
        return switch (entity.kind()) {
            case USER -> "user " + entity.name();
            case ROLE -> "role " + entity.name();
            default -> entity.kind().json() + " " + entity.name();
        };
    }

    /** "a, b, c", or "a, b, c, d, e and 7 more" past {@link #LISTED}. */
    static String list(List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED) + " more";
    }

    /** The subject's ARN when it has one, else its name: what a path starts or ends with. */
    static String reference(Entity entity) {
        return entity.arn() != null ? entity.arn() : entity.name();
    }

    static PolicyDocument trust(Role role) {
        try {
            return role.trustPolicy().document();
        } catch (PolicyParseException e) {
            return null;
        }
    }

    /** A finding about an entity of the model, with its name, ARN and account. */
    static Finding about(String code, Severity severity, Entity subject, String message, String rule, List<String> path,
                         List<String> related) {
        List<String> others = new ArrayList<>(related);
        others.remove(subject.id());
        return new Finding(code, severity, subject.id(), subject.name(), subject.arn(), subject.account(), message, rule,
                path, others.stream().distinct().toList());
    }
}
