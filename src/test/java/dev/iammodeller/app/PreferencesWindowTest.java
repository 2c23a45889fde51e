package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.document.Preferences;
import dev.iammodeller.app.document.UserFolder;
import java.nio.file.Path;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The theme, the window's size and the dividers survive closing the window and starting it again. */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {
    @TempDir
    Path home;

    private Stage open(FxRobot robot) throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage window = new Stage();
            new IamModellerApp(new UserFolder(home)).start(window);
            return window;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    private static void close(FxRobot robot, Stage stage) {
        robot.interact(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.hide();
        });
    }

    private static CheckMenuItem darkItem(Stage stage) {
        MenuBar bar = (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
        return (CheckMenuItem) bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-dark".equals(item.getId())).findFirst().orElseThrow();
    }

    private static SplitPane split(Stage stage) {
        return (SplitPane) stage.getScene().lookup("#main-split");
    }

    @Test
    void theDarkThemeTheSizeAndTheDividersSurviveARestart(FxRobot robot) throws Exception {
        Stage first = open(robot);
        assertFalse(first.getScene().getRoot().getStyleClass().contains("dark"), "light by default");
        robot.interact(() -> {
            darkItem(first).setSelected(true);
            first.setWidth(1111);
            first.setHeight(777);
            split(first).setDividerPositions(0.17, 0.6);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] placed = split(first).getDividerPositions();
        assertEquals(0.6, placed[1], 0.02);
        assertTrue(Preferences.load(new UserFolder(home).preferences()).dark(), "the theme is written when it changes");
        close(robot, first);

        Stage second = open(robot);
        try {
            assertTrue(darkItem(second).isSelected());
            assertTrue(second.getScene().getRoot().getStyleClass().contains("dark"), "the window is dark again");
            assertEquals(1111, second.getWidth(), 1.0);
            assertEquals(777, second.getHeight(), 1.0);
            double[] dividers = split(second).getDividerPositions();
            assertEquals(placed[0], dividers[0], 0.02);
            assertEquals(placed[1], dividers[1], 0.02);
            robot.interact(() -> darkItem(second).setSelected(false));
        } finally {
            close(robot, second);
        }
        assertFalse(Preferences.load(new UserFolder(home).preferences()).dark(), "back to light, and kept so");
    }
}
