package dev.iammodeller.io.authz;

import dev.iammodeller.policy.SourcePosition;

/**
 * A file the import refuses, with where: {@code file:line:column ($.path): problem}. When one file is
 * refused nothing is imported.
 */
public final class AuthorizationImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final transient SourcePosition position;
    private final String path;
    private final String problem;

    public AuthorizationImportException(String file, SourcePosition position, String path, String problem) {
        super(format(file, position, path, problem));
        this.file = file;
        this.position = position;
        this.path = path;
        this.problem = problem;
    }

    private static String format(String file, SourcePosition position, String path, String problem) {
        SourcePosition at = position == null || position == SourcePosition.UNKNOWN ? new SourcePosition(1, 1) : position;
        String where = file + ":" + at.line() + ":" + at.column();
        return (path == null || path.isEmpty() ? where : where + " (" + path + ")") + ": " + problem;
    }

    /** The file as it was named to the import. */
    public String file() {
        return file;
    }

    public SourcePosition position() {
        return position;
    }

    /** The JSON path of the refused value, such as {@code $.RoleDetailList[3].RoleName}. */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
