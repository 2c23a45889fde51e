package dev.iammodeller.policy;

/**
 * A policy or request text that cannot be read, with where (line, column, JSON path) and what is wrong.
 * The message reads like {@code line 4, column 17 ($.Statement[0].Effect): "Allwo" is not "Allow" or "Deny"}.
 */
public final class PolicyParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition position;
    private final String path;
    private final String problem;
    private final String code;

    /** A structural problem (code {@code INVALID_STRUCTURE}). */
    public PolicyParseException(SourcePosition position, String path, String problem) {
        this("INVALID_STRUCTURE", position, path, problem);
    }

    /** A problem with a code that names its kind, such as {@code INVALID_EFFECT} or {@code INVALID_JSON}. */
    public PolicyParseException(String code, SourcePosition position, String path, String problem) {
        super(format(position, path, problem));
        this.code = code;
        this.position = position;
        this.path = path;
        this.problem = problem;
    }

    private static String format(SourcePosition position, String path, String problem) {
        StringBuilder text = new StringBuilder();
        if (position != null && position != SourcePosition.UNKNOWN) {
            text.append(position);
        }
        if (path != null && !path.isEmpty()) {
            text.append(text.length() > 0 ? " (" : "(").append(path).append(')');
        }
        return text.length() == 0 ? problem : text + ": " + problem;
    }

    public SourcePosition position() {
        return position;
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }

    /** What kind of problem this is, for lint findings: {@code INVALID_JSON}, {@code INVALID_EFFECT}, ... */
    public String code() {
        return code;
    }
}
