package dev.iammodeller.app.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.DecisiveStatement;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.live.LiveAnalysis;
import dev.iammodeller.app.live.TestWork;
import dev.iammodeller.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The reach panel: the selection's reach by service and level, the filter, the deciding statements. */
@ExtendWith(ApplicationExtension.class)
class ReachPanelTest {
    private static CompletableFuture<Catalog> catalog;
    private EditorState editor;
    private LiveAnalysis live;
    private final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void load() {
        catalog = CompletableFuture.completedFuture(Catalog.load());
    }

    @Start
    void start(Stage stage) throws Exception {
        editor = new EditorState(TestWork.example("06-group-deny-boundary.iam.json"));
        live = new LiveAnalysis(editor, catalog, TestWork.NOW);
        ReachPanel panel = new ReachPanel(live, (id, line) -> opened.add(id + ":" + line));
        stage.setScene(new Scene((Parent) panel.node(), 800, 800));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<ReachTreeRow> table(FxRobot robot) {
        return robot.lookup("#reach-table").queryAs(TreeTableView.class);
    }

    @Test
    void theFilterNarrowsTheTreeAndAStatementOpensAtItsLine(FxRobot robot) {
        robot.interact(() -> editor.select(List.of("carol")));
        assertEquals("What carol reaches", robot.lookup("#reach-subject").queryAs(Label.class).getText());
        TreeTableView<ReachTreeRow> table = table(robot);
        assertTrue(table.getRoot().getChildren().size() > 100, "carol is an administrator but for iam and organizations");

        robot.interact(() -> robot.lookup("#reach-filter").queryAs(TextField.class).setText("iam:CreateUser explicit"));
        assertEquals(List.of("iam"), table.getRoot().getChildren().stream().map(i -> i.getValue().label()).toList());
        TreeItem<ReachTreeRow> level = table.getRoot().getChildren().get(0).getChildren().get(0);
        assertEquals("Write", level.getValue().label());
        TreeItem<ReachTreeRow> leaf = level.getChildren().get(0);
        assertEquals("iam:CreateUser", leaf.getValue().label());
        assertEquals("denied (explicit)", leaf.getValue().outcome());

        robot.interact(() -> table.getSelectionModel().select(leaf));
        ListView<DecisiveStatement> statements = robot.lookup("#reach-statements").queryAs(ListView.class);
        assertEquals("contractors/deny-iam-and-organizations", statements.getItems().get(0).policyId());
        robot.interact(() -> statements.getSelectionModel().select(0));
        robot.doubleClickOn(robot.lookup("#reach-statements .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertEquals(List.of("contractors/deny-iam-and-organizations:4"), opened);

        robot.interact(() -> robot.lookup("#reach-filter").queryAs(TextField.class).setText(""));
        assertTrue(table.getRoot().getChildren().size() > 100);
    }

    @Test
    void whoCanReachShowsThePrincipalsByRoute(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                editor.open(TestWork.example("04-third-party-access.iam.json"), null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            editor.select(List.of("exports"));
        });
        assertEquals("Who can reach exports", robot.lookup("#reach-subject").queryAs(Label.class).getText());
        List<String> routes = table(robot).getRoot().getChildren().stream().map(i -> i.getValue().label()).toList();
        assertEquals(List.of("direct", "conditional"), routes);
        List<String> conditional = table(robot).getRoot().getChildren().get(1).getChildren().stream()
                .map(i -> i.getValue().label()).toList();
        assertEquals(List.of("vendor-keys", "vendor-engineer"), conditional);
    }
}
