package dev.iammodeller.policy;

import java.util.List;

/**
 * A parsed policy: its version, id and statements, and where its text starts. {@code index} finds the
 * statements of a service quickly in large policies (null for small ones).
 */
public record PolicyDocument(PolicyVersion version, String id, List<Statement> statements, StatementIndex index,
                             SourcePosition position, String path) {

    public PolicyDocument(PolicyVersion version, String id, List<Statement> statements, SourcePosition position,
                          String path) {
        this(version, id, statements, StatementIndex.of(statements), position, path);
    }
}
