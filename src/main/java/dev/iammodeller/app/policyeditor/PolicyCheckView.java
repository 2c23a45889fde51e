package dev.iammodeller.app.policyeditor;

import java.time.Duration;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.CodeArea;

/**
 * The view of a {@link PolicyCheck}: the code area (colours, line numbers, a mark on each line with a problem)
 * over the list of problems, worst first; choosing a problem puts the caret on it. The text is checked 150 ms
 * after typing pauses. The policy editor and Tools › Check a Policy… both show a policy this way.
 */
public final class PolicyCheckView {
    private static final Duration PAUSE = Duration.ofMillis(150);

    private final PolicyCodeArea code = new PolicyCodeArea();
    private final ListView<Problem> problems = new ListView<>();
    private final SplitPane root;

    public PolicyCheckView(PolicyCheck check) {
        code.area().replaceText(check.textProperty().get());
        code.area().getUndoManager().forgetHistory();
        code.area().textProperty().addListener((observable, before, after) -> check.textProperty().set(after));
        check.textProperty().addListener((observable, before, after) -> {
            if (!after.equals(code.area().getText())) {
                code.area().replaceText(after);
            }
        });
        code.area().multiPlainChanges().successionEnds(PAUSE).subscribe(changes -> check.check());
        check.diagnosisProperty().addListener((observable, before, after) -> {
            code.show(after);
            if (after != null && after.text().equals(code.area().getText())) {
                problems.getItems().setAll(after.problems());
            }
        });

        problems.setId("findings");
        problems.getStyleClass().add("policy-problems");
        problems.setCellFactory(list -> new ProblemCell());
        problems.getSelectionModel().selectedItemProperty().addListener((observable, before, problem) -> {
            if (problem != null && problem.line() > 0) {
                code.goTo(problem.line(), problem.column());
            }
        });
        root = new SplitPane(code.node(), problems);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.75);
    }

    public Node node() {
        return root;
    }

    CodeArea area() {
        return code.area();
    }

    /** Puts the caret on 1-based {@code line} and shows it. */
    public void goToLine(int line) {
        code.goToLine(line);
    }

    /** One problem: where, how bad, which check, what to do. */
    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            getStyleClass().removeAll("finding-error", "finding-security-warning", "finding-warning", "finding-suggestion");
            if (empty || problem == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setTooltip(new Tooltip(problem.message()));
            setText(problem.line() + ":" + problem.column() + "  " + problem.severity().label() + "  " + problem.code()
                    + "  " + problem.message());
            getStyleClass().add("finding-" + problem.severity().label());
        }
    }
}
