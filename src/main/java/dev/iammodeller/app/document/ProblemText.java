package dev.iammodeller.app.document;

import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.io.ModelProblem;
import dev.iammodeller.io.authz.AuthorizationImportException;
import dev.iammodeller.policy.SourcePosition;
import java.util.List;
import java.util.Locale;

/** The lines of the problems dialog: where each problem is, its kind, and what it is. */
final class ProblemText {
    private ProblemText() {
    }

    /** {@code line 4, column 17 ($.entities[2].name) structure: "name" is missing}, one per problem. */
    static List<String> of(ModelFileException refused) {
        return refused.problems().stream().map(ProblemText::line).toList();
    }

    static String line(ModelProblem problem) {
        return where(problem.position(), problem.path()) + problem.kind().name().toLowerCase(Locale.ROOT) + ": "
                + problem.message();
    }

    /** {@code export.json: line 3, column 5 ($.UserDetailList[0]): problem}. */
    static String line(AuthorizationImportException refused) {
        return refused.file() + ": " + where(refused.position(), refused.path()) + refused.problem();
    }

    static String summary(String name, int count) {
        return name + " cannot be opened: " + count + (count == 1 ? " problem." : " problems.");
    }

    private static String where(SourcePosition position, String path) {
        String at = position == null || position == SourcePosition.UNKNOWN ? "" : position + " ";
        return path == null || path.isEmpty() ? at : at + "(" + path + ") ";
    }
}
