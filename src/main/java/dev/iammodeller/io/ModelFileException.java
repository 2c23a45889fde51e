package dev.iammodeller.io;

import java.util.List;

/** A model file that cannot be loaded, with every problem found in it. */
public final class ModelFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<ModelProblem> problems;

    public ModelFileException(String file, List<ModelProblem> problems) {
        super(message(file, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String file, List<ModelProblem> problems) {
        StringBuilder text = new StringBuilder(file).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (ModelProblem problem : problems) {
            text.append("\n  ").append(file).append(':').append(problem.position().line()).append(':')
                    .append(problem.position().column()).append(": ").append(problem.kind().name().toLowerCase())
                    .append(" (").append(problem.path()).append("): ").append(problem.message());
        }
        return text.toString();
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
