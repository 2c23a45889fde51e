package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ModelCommand;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A failure while laying out a model (drawing it, placing its new nodes, arranging it) is said in the status bar;
 * the canvas keeps the last drawing it could make and draws the next model that can be drawn.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFailureWindowTest {
    private MainWindow window;
    private CanvasWindowFixture ui;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
    }

    @BeforeEach
    void openExample(FxRobot robot) {
        ui = CanvasWindowFixture.of(window, robot);
        ui.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"));
    }

    /**
     * Example 1 with an organization whose units nest 10,000 deep: the loader refuses it (AWS nests five levels),
     * so only a model made in memory gets here; drawing it recurses deeper than a thread's stack.
     */
    private static IamModel nestedTooDeep(IamModel model) {
        Map<String, Entity> entities = new HashMap<>(model.entities());
        entities.put("r-deep", new OrganizationRoot("r-deep", "Root"));
        String parent = "r-deep";
        for (int i = 0; i < 10_000; i++) {
            entities.put("ou-" + i, new OrganizationalUnit("ou-" + i, "unit " + i, parent));
            parent = "ou-" + i;
        }
        return new IamModel(model.title(), model.description(), entities, model.relations(), model.layout());
    }

    private static ModelCommand replaceWith(IamModel next) {
        return new ModelCommand() {
            @Override
            public String label() {
                return "Replace the model";
            }

            @Override
            public IamModel apply(IamModel model) {
                return next;
            }
        };
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void aModelThatCannotBeDrawnLeavesTheLastDrawingAndSaysWhy(FxRobot robot) {
        IamModel deep = nestedTooDeep(ui.model());
        robot.interact(() -> window.editor().submit(replaceWith(deep)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(deep, ui.model(), "the edit happened: nothing is lost");
        assertTrue(status(robot).startsWith("Drawing the model failed (the model nests too deep to lay out): the canvas"
                + " still shows the last model it could draw"), status(robot));
        assertTrue(CanvasWindowFixture.view(robot, "alice").isPresent(), "the last drawing stays on the canvas");
        assertTrue(CanvasWindowFixture.view(robot, "r-deep").isEmpty());
        robot.interact(() -> window.editor().undo());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.editor().submit(new dev.iammodeller.model.AddEntity(
                new Group("g-new", "111111111111", "auditors", "/"), new Layout.Point(40, 40))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(CanvasWindowFixture.view(robot, "g-new").isPresent(), "the canvas draws again");
        assertTrue(CanvasWindowFixture.view(robot, "alice").isPresent());
    }

    @Test
    void anArrangementThatFailsIsSaidAndChangesNothing(FxRobot robot) {
        IamModel before = ui.model();
        robot.interact(() -> window.setArranger(model -> {
            throw new IllegalStateException("no room left on the canvas");
        }));
        robot.interact(() -> robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(2).getItems().stream()
                .filter(i -> "menu-arrange".equals(i.getId())).findFirst().orElseThrow().fire());
        assertEquals("Arranging automatically failed (no room left on the canvas): the layout is as it was",
                status(robot));
        assertEquals(before, ui.model());
        assertTrue(CanvasWindowFixture.view(robot, "alice").isPresent());
    }
}
