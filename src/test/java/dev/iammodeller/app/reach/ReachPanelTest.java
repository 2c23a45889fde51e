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
import org.testfx.util.WaitForAsyncUtils;
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

    /** Opens an example in the editor and selects one of its entities. */
    private void openAndSelect(FxRobot robot, String example, String id) {
        robot.interact(() -> {
            try {
                editor.open(TestWork.example(example), null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            editor.select(List.of(id));
        });
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
    void anEmptyTableSaysWhy(FxRobot robot) {
        Label placeholder = robot.lookup("#reach-placeholder").queryAs(Label.class);
        assertEquals("Nothing selected", placeholder.getText());
        Label noRoles = (Label) robot.lookup("#reach-roles").queryAs(ListView.class).getPlaceholder();
        assertEquals("", noRoles.getText(), "no \"none\" for nothing selected");
        robot.interact(() -> editor.select(List.of("carol")));
        assertEquals("none", noRoles.getText(), "carol can assume no role");
        robot.interact(() -> robot.lookup("#reach-filter").queryAs(TextField.class).setText("no such action anywhere"));
        assertTrue(table(robot).getRoot().getChildren().isEmpty());
        assertEquals("No row matches the filter", placeholder.getText());
        robot.interact(() -> robot.lookup("#reach-filter").queryAs(TextField.class).setText(""));
        Label subject = robot.lookup("#reach-subject").queryAs(Label.class);
        robot.interact(() -> editor.select(List.of("carol", "ec2")));
        assertEquals("Several nodes selected", placeholder.getText());
        assertEquals("Several nodes selected: select one to see what it reaches.", subject.getText());
        robot.interact(() -> editor.select(List.of()));
        assertEquals("Nothing selected", placeholder.getText());
        assertEquals("Select a node to see what it reaches.", subject.getText());
        robot.interact(() -> editor.select(List.of("ec2")));
        assertTrue(table(robot).getRoot().getChildren().isEmpty(), "a service reaches nothing");
        assertTrue(placeholder.getText().endsWith(" reaches nothing"), placeholder.getText());

        openAndSelect(robot, "02-organization-admin-access.iam.json", "bob");
        assertTrue(table(robot).getRoot().getChildren().isEmpty(), "bob's own policy reaches no drawn resource");
        assertEquals("bob reaches nothing itself: the roles it can assume and the compute it drives are below",
                placeholder.getText(), "bob can assume the dev account's role");
    }

    /**
     * In a side panel 320 px wide the columns' titles and the row counts are whole, the titles on two lines. (A stage of
     * its own: the tests' primary stage, shared by every test class, keeps a width once set.)
     */
    @Test
    @SuppressWarnings("unchecked")
    void aNarrowPanelWrapsTheColumnTitlesRatherThanCuttingThem(FxRobot robot) throws Exception {
        EditorState narrowEditor = new EditorState(TestWork.example("01-group-vs-service-role.iam.json"));
        LiveAnalysis narrowLive = new LiveAnalysis(narrowEditor, catalog, TestWork.NOW);
        ReachPanel narrow = new ReachPanel(narrowLive, (id, line) -> { });
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene((Parent) narrow.node(), 320, 700));
            stage[0].show();
            narrowEditor.select(List.of("alice"));
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            TreeTableView<ReachTreeRow> table = (TreeTableView<ReachTreeRow>) narrow.node().lookup("#reach-table");
            List<Label> titles = robot.from(table).lookup(".column-header .label").queryAllAs(Label.class).stream().toList();
            assertEquals(3, titles.size(), titles.toString());
            for (Label title : titles) {
                javafx.scene.text.Text shown = (javafx.scene.text.Text) title.lookup(".text");
                assertEquals(title.getText(), shown.getText(), "a title is whole, not cut: " + title.getText());
            }
            assertTrue(titles.stream().anyMatch(t -> t.getText().startsWith("Service\n") || t.getText().startsWith("Service / level\n")),
                    titles.stream().map(Label::getText).toList().toString());
            List<String> counts = robot.from(table).lookup(".tree-table-cell").queryAllAs(javafx.scene.control.Labeled.class)
                    .stream().filter(c -> c.getText() != null && c.getText().matches("\\d+ rows?"))
                    .map(c -> ((javafx.scene.text.Text) c.lookup(".text")).getText()).toList();
            assertTrue(!counts.isEmpty() && counts.stream().allMatch(c -> c.matches("\\d+ rows?")), "counts whole: " + counts);

            robot.interact(() -> stage[0].setWidth(800));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.from(table).lookup(".column-header .label").queryAllAs(Label.class).stream()
                    .anyMatch(t -> t.getText().equals("Service / level / action")), "on one line when wide");
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    @Test
    void titlesBreakBeforeASlashWhereTheColumnIsTooNarrow() {
        java.util.function.ToDoubleFunction<String> oneEach = String::length;
        assertEquals(List.of("Service / level / action"), WrappedColumnTitle.lines("Service / level / action", 30, oneEach));
        assertEquals(List.of("Service / level", "/ action"), WrappedColumnTitle.lines("Service / level / action", 16, oneEach));
        assertEquals(List.of("Service", "/ level", "/ action"), WrappedColumnTitle.lines("Service / level / action", 8, oneEach));
        assertEquals(List.of("Outcome"), WrappedColumnTitle.lines("Outcome", 3, oneEach), "a word wider stays whole");
    }

    @Test
    void whoCanReachShowsThePrincipalsByRoute(FxRobot robot) throws Exception {
        openAndSelect(robot, "04-third-party-access.iam.json", "exports");
        assertEquals("Who can reach exports", robot.lookup("#reach-subject").queryAs(Label.class).getText());
        List<String> routes = table(robot).getRoot().getChildren().stream().map(i -> i.getValue().label()).toList();
        assertEquals(List.of("direct", "conditional"), routes);
        List<String> conditional = table(robot).getRoot().getChildren().get(1).getChildren().stream()
                .map(i -> i.getValue().label()).toList();
        assertEquals(List.of("vendor-keys", "vendor-engineer"), conditional);
        robot.interact(() -> table(robot).getRoot().getChildren().forEach(item -> item.setExpanded(true)));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.Labeled> outcomes = robot.lookup("#reach-table .outcome-conditional")
                .queryAllAs(javafx.scene.control.Labeled.class).stream().toList();
        assertEquals(2, outcomes.size());
        for (javafx.scene.control.Labeled outcome : outcomes) {
            assertEquals(outcome.getText(), outcome.getTooltip().getText(), "a cut outcome is whole on hover");
        }
    }

    @Test
    void whatTheStatementsNameButTheCanvasDoesNotDrawIsListedAndDrawnWithOneClick(FxRobot robot) {
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::reports/*\"}]}";
        dev.iammodeller.model.IamModel model = dev.iammodeller.model.IamModel.EMPTY
                .with(new dev.iammodeller.model.Account("acct", "111111111111", "main", null, false))
                .with(new dev.iammodeller.model.User("alice", "111111111111", "alice", "/", false, false, java.util.Map.of()))
                .with(new dev.iammodeller.model.Group("readers", "111111111111", "readers", "/"))
                .with(new dev.iammodeller.model.InlinePolicy("readers-policy", "readers", "read-reports",
                        new dev.iammodeller.model.PolicyText(policy)))
                .withRelation(new dev.iammodeller.model.Relation(dev.iammodeller.model.RelationKind.MEMBER_OF, "alice",
                        "readers"));
        robot.interact(() -> {
            editor.open(model.withLayout(dev.iammodeller.diagram.AutoLayout.rearrange(model)), null);
            editor.select(List.of("alice"));
        });
        TreeTableView<ReachTreeRow> table = table(robot);
        TreeItem<ReachTreeRow> notDrawn = table.getRoot().getChildren().stream()
                .filter(i -> i.getValue().label().equals(ReachTree.NOT_DRAWN)).findFirst().orElseThrow();
        assertEquals("1 resource", notDrawn.getValue().outcome());
        TreeItem<ReachTreeRow> arn = notDrawn.getChildren().get(0);
        assertEquals("arn:aws:s3:::reports/*", arn.getValue().label());
        assertEquals("not drawn", arn.getValue().outcome());
        assertEquals("1 action", arn.getValue().target());
        assertEquals("s3:GetObject", arn.getChildren().get(0).getValue().label());
        assertEquals("allowed", arn.getChildren().get(0).getValue().outcome());

        robot.interact(() -> {
            arn.setExpanded(true);
            notDrawn.setExpanded(true);
            table.getSelectionModel().select(arn.getChildren().get(0));
            table.requestFocus();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Labeled allowed = robot.lookup(".tree-table-row-cell:selected .outcome-allowed")
                .queryAs(javafx.scene.control.Labeled.class);
        javafx.scene.control.Labeled action = (javafx.scene.control.Labeled) allowed.getParent().getChildrenUnmodifiable()
                .stream().filter(n -> n instanceof javafx.scene.control.TreeTableCell && n != allowed).findFirst().orElseThrow();
        assertEquals(action.getTextFill(), allowed.getTextFill(), "a selected row's outcome is as readable as its action");

        robot.clickOn(robot.lookup(".reach-draw-not-drawn").queryAs(javafx.scene.Node.class));
        dev.iammodeller.model.Resource bucket = (dev.iammodeller.model.Resource) editor.model().entities().get("reports");
        assertEquals("arn:aws:s3:::reports", bucket.arn());
        assertEquals(List.of("alice"), List.copyOf(editor.selection()), "the principal stays selected");
        assertTrue(table(robot).getRoot().getChildren().stream()
                .noneMatch(i -> i.getValue().label().equals(ReachTree.NOT_DRAWN)), "drawn now: listed under s3");
        assertTrue(table(robot).getRoot().getChildren().stream().anyMatch(i -> i.getValue().label().equals("s3")));

        robot.interact(editor::undo);
        assertTrue(editor.model().entities().get("reports") == null, "one undo takes it away");
    }

    @Test
    void aLongArnIsShortenedInTheMiddleWithTheWholeArnOnHover(FxRobot robot) {
        String arn = "arn:aws:s3:::quarterly-financial-reports-of-the-whole-organization-eu-west-1/exports/2026/final.csv";
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"" + arn + "\"}]}";
        dev.iammodeller.model.IamModel model = dev.iammodeller.model.IamModel.EMPTY
                .with(new dev.iammodeller.model.Account("acct", "111111111111", "main", null, false))
                .with(new dev.iammodeller.model.User("alice", "111111111111", "alice", "/", false, false, java.util.Map.of()))
                .with(new dev.iammodeller.model.InlinePolicy("alice-policy", "alice", "read-final",
                        new dev.iammodeller.model.PolicyText(policy)));
        robot.interact(() -> {
            editor.open(model.withLayout(dev.iammodeller.diagram.AutoLayout.rearrange(model)), null);
            editor.select(List.of("alice"));
        });
        TreeTableView<ReachTreeRow> table = table(robot);
        robot.interact(() -> {
            table.getRoot().getChildren().forEach(item -> item.setExpanded(true));
            table.getColumns().get(0).setPrefWidth(260);
            table.applyCss();
            table.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeTableCell<?, ?> cell = robot.lookup(".tree-table-cell").queryAllAs(
                javafx.scene.control.TreeTableCell.class).stream().filter(c -> arn.equals(c.getText())).findFirst().orElseThrow();
        String shown = cell.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElseThrow();
        assertTrue(shown.length() < arn.length(), "cut at 260 pixels: " + shown);
        assertTrue(shown.startsWith("arn:aws:s3:::") && shown.endsWith("final.csv"), "the service and the object stay: " + shown);
        assertEquals(arn, cell.getTooltip().getText());
    }
}
