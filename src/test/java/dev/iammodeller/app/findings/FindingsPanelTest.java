package dev.iammodeller.app.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.live.LiveAnalysis;
import dev.iammodeller.app.live.TestWork;
import dev.iammodeller.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The findings panel groups the model's findings by severity; clicking one frames its entities. */
@ExtendWith(ApplicationExtension.class)
class FindingsPanelTest {
    private final List<Set<String>> framed = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        EditorState editor = new EditorState(TestWork.example("07-provisioning-escalation.iam.json"));
        LiveAnalysis live = new LiveAnalysis(editor, CompletableFuture.completedFuture(Catalog.load()), TestWork.NOW);
        FindingsPanel panel = new FindingsPanel(live, framed::add);
        stage.setScene(new Scene((Parent) panel.node(), 700, 500));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAFindingFramesItsEntities(FxRobot robot) {
        TreeView<Object> tree = robot.lookup("#findings-tree").queryAs(TreeView.class);
        TreeItem<Object> high = tree.getRoot().getChildren().get(0);
        assertEquals(Severity.HIGH, high.getValue());
        Finding escalation = (Finding) high.getChildren().stream().map(TreeItem::getValue)
                .filter(f -> ((Finding) f).code().equals("ESCALATION") && ((Finding) f).subjectId().equals("provisioner"))
                .findFirst().orElseThrow();
        int row = tree.getRow(high.getChildren().stream().filter(i -> i.getValue() == escalation).findFirst().orElseThrow());
        robot.clickOn(robot.lookup("#findings-tree .tree-cell").nth(row).queryAs(javafx.scene.Node.class));
        assertTrue(framed.get(framed.size() - 1).contains("provisioner"), framed.toString());
        assertTrue(robot.lookup("#finding-rule").queryAs(Label.class).getText().contains("Why: "));
    }
}
