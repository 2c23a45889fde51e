package dev.iammodeller.catalog;

import java.util.Locale;

/**
 * The access level AWS's Service Authorization Reference gives an action, which says what kind of access
 * a policy grants when it names the action. Each action has exactly one.
 */
public enum AccessLevel {
    LIST("List", 'L'),
    READ("Read", 'R'),
    WRITE("Write", 'W'),
    PERMISSIONS_MANAGEMENT("Permissions management", 'P'),
    TAGGING("Tagging", 'T');

    private final String label;
    private final char code;

    AccessLevel(String label, char code) {
        this.label = label;
        this.code = code;
    }

    /** AWS's own label: {@code List}, {@code Read}, {@code Write}, {@code Permissions management}, {@code Tagging}. */
    public String label() {
        return label;
    }

    /** The level with this AWS label, ignoring case. */
    public static AccessLevel ofLabel(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        for (AccessLevel level : values()) {
            if (level.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return level;
            }
        }
        throw new IllegalArgumentException("not an IAM access level: " + label);
    }

    /** The level of a one-letter code of the catalogue resource (L, R, W, P, T). */
    static AccessLevel ofCode(String code) {
        if (code.length() == 1) {
            for (AccessLevel level : values()) {
                if (level.code == code.charAt(0)) {
                    return level;
                }
            }
        }
        throw new IllegalArgumentException("not an access level code: " + code);
    }

    @Override
    public String toString() {
        return label;
    }
}
