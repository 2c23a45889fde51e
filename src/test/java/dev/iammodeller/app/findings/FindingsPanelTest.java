package dev.iammodeller.app.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Severity;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.live.LiveAnalysis;
import dev.iammodeller.app.live.TestWork;
import dev.iammodeller.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The findings panel groups the model's findings by severity; clicking one frames its entities; a selected
 * finding is accepted (with the reason asked) and un-accepted, and shows apart meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class FindingsPanelTest {
    private final List<Set<String>> framed = new ArrayList<>();
    private EditorState editor;

    @Start
    void start(Stage stage) throws Exception {
        editor = new EditorState(TestWork.example("07-provisioning-escalation.iam.json"));
        LiveAnalysis live = new LiveAnalysis(editor, CompletableFuture.completedFuture(Catalog.load()), TestWork.NOW);
        FindingsPanel panel = new FindingsPanel(live, framed::add, finding -> Optional.of("break-glass path, reviewed"));
        stage.setScene(new Scene((Parent) panel.node(), 700, 500));
        stage.show();
    }

    @Test
    void aModelJustOpenedSaysWhatIsAnalysedUntilItsFindingsAreIn(FxRobot robot) throws Exception {
        EditorState other = new EditorState(TestWork.example("01-group-vs-service-role.iam.json"));
        TestWork.Held modelWork = new TestWork.Held();
        LiveAnalysis live = new LiveAnalysis(other, CompletableFuture.completedFuture(Catalog.load()), TestWork.NOW, modelWork);
        FindingsPanel panel = new FindingsPanel(live, ids -> { });
        Label summary = (Label) panel.node().lookup("#findings-summary");
        robot.interact(() -> {
            while (!modelWork.jobs.isEmpty()) {
                modelWork.jobs.remove(0).run();
            }
        });
        // as the window does: the model-wide work starts once the model is drawn
        List<Runnable> starts = new ArrayList<>();
        live.setModelWideStart(starts::add);
        var scenario7 = TestWork.example("07-provisioning-escalation.iam.json");
        robot.interact(() -> other.open(scenario7, null));
        long principals = scenario7.all(dev.iammodeller.model.User.class).size()
                + scenario7.all(dev.iammodeller.model.Group.class).size() + scenario7.all(dev.iammodeller.model.Role.class).size();
        assertEquals("Analysing " + principals + " users, groups and roles…", summary.getText(), "not the previous model's count");
        robot.interact(() -> starts.remove(0).run());
        // groups hold policies but have no escalations of their own: the users and roles are counted
        long usersAndRoles = scenario7.all(dev.iammodeller.model.User.class).size()
                + scenario7.all(dev.iammodeller.model.Role.class).size();
        assertEquals("Working out the escalations of " + usersAndRoles + " users and roles…", summary.getText(),
                "its two findings are escalations: none so far");
        robot.interact(() -> {
            while (!modelWork.jobs.isEmpty()) {
                modelWork.jobs.remove(0).run();
            }
        });
        assertEquals("2 findings", summary.getText());

        var scenario4 = TestWork.example("04-third-party-access.iam.json");
        robot.interact(() -> other.open(scenario4, null));
        robot.interact(() -> starts.remove(0).run()); // drawn: its findings but the escalations asked, then its escalations
        robot.interact(() -> modelWork.jobs.remove(0).run()); // its findings but the escalations
        long usersAndRoles4 = scenario4.all(dev.iammodeller.model.User.class).size()
                + scenario4.all(dev.iammodeller.model.Role.class).size();
        int early = live.findings().size();
        assertTrue(early > 0, "scenario 4's external trust is a finding before any escalation is worked out");
        assertEquals(early + (early == 1 ? " finding" : " findings") + " so far · Working out the escalations of "
                + usersAndRoles4 + " users and roles…", summary.getText());
        assertTrue(summary.isWrapText(), "a long summary wraps in a narrow panel");
        robot.interact(() -> {
            while (!modelWork.jobs.isEmpty()) {
                modelWork.jobs.remove(0).run();
            }
        });
        assertFalse(summary.getText().contains("so far"), summary.getText());
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
        javafx.scene.control.TreeCell<?> selected = robot.lookup("#findings-tree .tree-cell")
                .queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(cell -> cell.isSelected() && cell.getItem() == escalation).findFirst().orElseThrow();
        javafx.scene.paint.Color text = (javafx.scene.paint.Color) selected.getTextFill();
        java.util.List<javafx.scene.layout.BackgroundFill> fills = selected.getBackground().getFills();
        javafx.scene.paint.Color bar = (javafx.scene.paint.Color) fills.get(fills.size() - 1).getFill();
        // as any selected row of JavaFX's own style does: white on its blue bar, 3.4 (red on it was 1.4)
        assertTrue(contrast(text, bar) >= 3, "a selected high finding reads on the selection bar: " + text + " on " + bar
                + " is " + contrast(text, bar));
    }

    /** WCAG's contrast ratio of two colours (1 to 21). */
    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSelectedFindingIsAcceptedWithTheReasonAskedThenUnaccepted(FxRobot robot) {
        TreeView<Object> tree = robot.lookup("#findings-tree").queryAs(TreeView.class);
        Label summary = robot.lookup("#findings-summary").queryAs(Label.class);
        assertEquals("2 findings", summary.getText());
        TreeItem<Object> high = tree.getRoot().getChildren().get(0);
        TreeItem<Object> provisioner = high.getChildren().stream()
                .filter(i -> ((Finding) i.getValue()).subjectName().equals("provisioner")).findFirst().orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(provisioner));
        robot.clickOn("#finding-accept");

        assertEquals(1, editor.model().acceptedFindings().size());
        assertEquals("break-glass path, reviewed", editor.model().acceptedFindings().get(0).reason());
        assertEquals("arn:aws:iam::111111111111:role/provisioner", editor.model().acceptedFindings().get(0).subject());
        assertEquals("1 finding; 1 accepted", summary.getText());
        TreeItem<Object> accepted = tree.getRoot().getChildren().get(tree.getRoot().getChildren().size() - 1);
        assertEquals("Accepted", accepted.getValue());
        assertEquals(1, accepted.getChildren().size());

        robot.interact(() -> tree.getSelectionModel().select(accepted.getChildren().get(0)));
        robot.clickOn("#finding-unaccept");
        assertEquals(List.of(), editor.model().acceptedFindings());
        assertEquals("2 findings", summary.getText());
        assertTrue(tree.getRoot().getChildren().stream().noneMatch(i -> "Accepted".equals(i.getValue())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingsComingInLeaveTheFiltersAsChosenAndBuildTheListOnce(FxRobot robot) throws Exception {
        EditorState other = new EditorState(TestWork.example("01-group-vs-service-role.iam.json"));
        LiveAnalysis live = new LiveAnalysis(other, CompletableFuture.completedFuture(Catalog.load()), TestWork.NOW);
        FindingsPanel panel = new FindingsPanel(live, ids -> { });
        TreeView<Object> tree = (TreeView<Object>) panel.node().lookup("#findings-tree");
        List<String> codes = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        List<TreeItem<Object>> roots = new ArrayList<>();
        ComboBox<String> code = (ComboBox<String>) panel.node().lookup("#findings-code");
        ComboBox<String> account = (ComboBox<String>) panel.node().lookup("#findings-account");
        var scenario7 = TestWork.example("07-provisioning-escalation.iam.json");
        var scenario4 = TestWork.example("04-third-party-access.iam.json");
        robot.interact(() -> other.open(scenario7, null));
        // "All rules" and "All accounts" picked from the lists, as a user does after a filter
        robot.interact(() -> code.getSelectionModel().select(0));
        robot.interact(() -> account.getSelectionModel().select(0));
        panel.viewModel().codeProperty().addListener((o, was, now) -> codes.add(String.valueOf(now)));
        panel.viewModel().accountProperty().addListener((o, was, now) -> accounts.add(String.valueOf(now)));
        tree.rootProperty().addListener((o, was, now) -> roots.add(now));
        List<List<Finding>> shown = new ArrayList<>();
        live.findings().addListener((javafx.collections.ListChangeListener<Finding>) change -> shown.add(List.copyOf(live.findings())));
        robot.interact(() -> other.open(scenario4, null));
        assertTrue(codes.isEmpty(), "the rule filter stayed at all rules: " + codes);
        assertTrue(accounts.isEmpty(), "the account filter stayed at all accounts: " + accounts);
        assertFalse(live.findings().isEmpty());
        assertEquals(shown.size(), roots.size(), "the list built once each time the findings change");
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene((Parent) panel.node(), 500, 500));
            stage[0].show();
        });
        List<javafx.scene.control.TreeCell<Object>> cells = robot.from(panel.node()).lookup(".tree-cell").queryAll().stream()
                .map(cell -> (javafx.scene.control.TreeCell<Object>) cell)
                .filter(cell -> !cell.isEmpty() && cell.getItem() instanceof Finding).toList();
        assertFalse(cells.isEmpty());
        for (javafx.scene.control.TreeCell<Object> cell : cells) {
            Finding finding = (Finding) cell.getItem();
            assertEquals(finding.subjectArn() == null ? finding.rule() : finding.subjectArn() + "\n" + finding.rule(),
                    cell.getTooltip().getText(), "each finding's rule, and its ARN, on hover");
        }
        robot.interact(stage[0]::close); // no other test finds this panel's tree
        assertEquals(null, code.getItems().get(0), "all rules first");
        assertEquals(live.findings().stream().map(Finding::code).distinct().sorted().toList(),
                code.getItems().subList(1, code.getItems().size()));

        String chosen = "EXTERNAL_TRUST";
        robot.interact(() -> code.setValue(chosen));
        assertEquals(chosen, panel.viewModel().codeProperty().get());
        assertTrue(panel.viewModel().open().stream().allMatch(f -> f.code().equals(chosen)));
        assertFalse(panel.viewModel().open().isEmpty(), "scenario 4's vendor role");
        String accountId = scenario4.all(dev.iammodeller.model.Role.class).get(0).account();
        var withEve = scenario4.with(new dev.iammodeller.model.User("eve", accountId, "eve", "/", false, false,
                java.util.Map.of()));
        robot.interact(() -> other.open(withEve, null));
        assertEquals(chosen, code.getValue(), "a rule the new findings have stays chosen");
        robot.interact(() -> other.open(scenario7, null));
        assertTrue(live.findings().stream().noneMatch(f -> f.code().equals(chosen)), live.findings().toString());
        assertEquals(null, code.getValue(), "a rule the new findings lack: all rules again");
        assertEquals(null, panel.viewModel().codeProperty().get());
        assertEquals(live.findings().size(), panel.viewModel().open().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSeverityWithHundredsOfFindingsListsThemByRuleTheLongOnesClosed(FxRobot robot) throws Exception {
        dev.iammodeller.model.IamModel model = TestWork.example("07-provisioning-escalation.iam.json");
        for (int i = 0; i < 120; i++) { // 120 roles that an account outside the model may assume, no external id
            model = model.with(new dev.iammodeller.model.Role("partner-" + i, "111111111111", "partner-" + i, "/",
                    new dev.iammodeller.model.PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + (222222222200L + i) + ":root\"},"
                            + "\"Action\":\"sts:AssumeRole\"}]}"), 1, "", java.util.Map.of()));
        }
        LiveAnalysis live = new LiveAnalysis(new EditorState(model), CompletableFuture.completedFuture(Catalog.load()),
                TestWork.NOW);
        FindingsPanel panel = new FindingsPanel(live, ids -> { });
        robot.interact(() -> new Stage() {
            {
                setScene(new Scene((Parent) panel.node(), 400, 500));
                show();
            }
        });
        TreeView<Object> tree = (TreeView<Object>) panel.node().lookup("#findings-tree");
        TreeItem<Object> high = tree.getRoot().getChildren().get(0);
        assertEquals(Severity.HIGH, high.getValue());
        long external = live.findings().stream().filter(f -> f.severity() == Severity.HIGH
                && f.code().equals("EXTERNAL_TRUST")).count();
        assertEquals(120, external);
        assertTrue(high.getChildren().stream().allMatch(item -> item.getValue() instanceof FindingsPanel.RuleGroup),
                "over " + FindingsPanel.GROUPED_BY_RULE + " high findings: by rule");
        TreeItem<Object> trust = high.getChildren().stream()
                .filter(item -> ((FindingsPanel.RuleGroup) item.getValue()).code().equals("EXTERNAL_TRUST")).findFirst()
                .orElseThrow();
        assertEquals(120, trust.getChildren().size());
        assertFalse(trust.isExpanded(), "120 findings of one rule wait to be opened");
        TreeItem<Object> escalation = high.getChildren().stream()
                .filter(item -> ((FindingsPanel.RuleGroup) item.getValue()).code().equals("ESCALATION")).findFirst()
                .orElseThrow();
        assertTrue(escalation.isExpanded(), "a short rule's branch is open");
        assertTrue(escalation.getChildren().stream().anyMatch(item -> ((Finding) item.getValue()).subjectName()
                .equals("provisioner")), "scenario 7's escalations are under their rule");
        List<String> texts = robot.from(panel.node()).lookup(".tree-cell").queryAll().stream()
                .map(cell -> ((javafx.scene.control.TreeCell<Object>) cell).getText()).filter(t -> t != null).toList();
        assertTrue(texts.contains("HIGH (" + (120 + escalation.getChildren().size()) + ")"), texts.toString());
        assertTrue(texts.contains("EXTERNAL_TRUST (120)"), texts.toString());
    }
}
