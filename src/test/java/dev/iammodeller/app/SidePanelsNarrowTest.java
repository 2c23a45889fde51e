package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12: the side panels cut their text ("Select a node to see what it reach…", "Pri…", "Rem…"). With the
 * panels 320 pixels wide, a principal with an escalation path selected and a request with a mistyped action
 * simulated, no label or button of any tab, nor a finding, shows an ellipsis: they wrap and buttons keep their
 * words (the other cells and the column headers of tables and lists, whose columns the user sizes, are left out);
 * and no control reaches past the panels' right edge (the Reach tab's content was held 347 px wide by a title).
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelsNarrowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
    }

    @Test
    void noLabelOfTheSidePanelsIsCutAt320PixelsWide(FxRobot robot) throws Exception {
        CanvasWindowFixture.of(window, robot).open(CanvasWindowFixture.example("07-provisioning-escalation.iam.json"));
        TabPane panels = robot.lookup("#side-panels").queryAs(TabPane.class);
        robot.interact(() -> {
            panels.setMinWidth(320);
            panels.setMaxWidth(320);
            window.editor().select(List.of("onboard-dev"));
        });
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> !window.panels().live().busyProperty().get()
                && !window.panels().live().modelBusyProperty().get()));
        List<String> cut = new ArrayList<>();
        for (Tab tab : panels.getTabs()) {
            robot.interact(() -> panels.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            if (tab.getId().equals("tab-simulator")) {
                robot.interact(() -> robot.lookup("#sim-action").queryAs(TextField.class).setText("iam:CreateUsr"));
                robot.clickOn("#sim-run");
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> fx(() -> !robot.lookup("#sim-problem").queryAs(Label.class).getText().isEmpty()));
            }
            robot.interact(() -> {
                panels.applyCss();
                panels.layout();
                assertEquals(320, panels.getWidth(), 1, "the panels are 320 pixels wide");
                collect(tab.getText(), tab.getContent(), cut);
                overflow(tab.getText(), tab.getContent(), panels, cut);
            });
        }
        assertEquals(List.of(), cut, "cut with an ellipsis, or reaching past the panels' edge");
        robot.interact(() -> panels.getSelectionModel().select(panels.getTabs().stream()
                .filter(tab -> tab.getId().equals("tab-reach")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> indirect = robot.lookup("#reach-indirect").queryAs(javafx.scene.control.ListView.class);
        assertEquals(1, fx(() -> indirect.getItems().size()), "onboard-dev changes onboard-fn's code");
        assertTrue(fx(() -> indirect.lookupAll(".scroll-bar").stream().filter(Node::isVisible)
                .map(bar -> ((javafx.scene.control.ScrollBar) bar).getOrientation())
                .noneMatch(javafx.geometry.Orientation.HORIZONTAL::equals)),
                "the way onboard-dev drives onboard-fn wraps rather than scrolling sideways");
    }

    private static void collect(String tab, Node node, List<String> cut) {
        boolean finding = node != null && node.getStyleClass().contains("tree-cell");
        if (node == null || !node.isVisible() || node instanceof Cell && !finding
                || node.getStyleClass().contains("column-header")) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(labeled.getText())
                        && shown.getText().contains(labeled.getEllipsisString())) {
                    cut.add(tab + ": " + labeled.getClass().getSimpleName() + " " + labeled.getId() + " \""
                            + labeled.getText() + "\" shown as \"" + shown.getText() + "\"");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(tab, child, cut);
            }
        }
    }

    /** A control of the tab that reaches past the panels' right edge (cut by the window), not inside a scroll pane. */
    private static void overflow(String tab, Node node, TabPane panels, List<String> cut) {
        if (node == null || !node.isVisible() || node instanceof Cell || node instanceof javafx.scene.control.ScrollPane
                || node instanceof javafx.scene.control.TableView || node instanceof javafx.scene.control.TreeTableView) {
            if (node instanceof javafx.scene.control.TableView || node instanceof javafx.scene.control.TreeTableView) {
                double right = panels.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMaxX();
                if (right > panels.getWidth() + 1) {
                    cut.add(tab + ": " + node.getClass().getSimpleName() + " " + node.getId() + " reaches " + right);
                }
            }
            return;
        }
        if (node instanceof javafx.scene.control.Control || node instanceof Text) {
            double right = panels.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMaxX();
            if (right > panels.getWidth() + 1) {
                cut.add(tab + ": " + node.getClass().getSimpleName() + " " + node.getId() + " reaches " + right);
            }
        }
        if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                overflow(tab, child, panels, cut);
            }
        }
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
