package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real window headless (Monocle): it opens, has its title and its menus. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new IamModellerApp().start(stage);
    }

    @org.junit.jupiter.api.AfterEach
    void unbindTitle() {
        // every TestFX test class shares one primary stage; the window binds its title
        stage.titleProperty().unbind();
    }

    @Test
    void theWindowOpensOnScenarioOneWithTitleMenusPanelsAndStatusBar(FxRobot robot) {
        assertTrue(stage.isShowing());
        robot.interrupt();
        assertEquals("Group permissions versus a service role — IAM Modeller", stage.getTitle());
        assertTrue(CanvasWindowFixture.view(robot, "alice").isPresent(), "scenario 1 is on the canvas");
        for (String tab : new String[] {"Inspector", "Reach", "Simulator", "Findings"}) {
            assertTrue(robot.lookup("#side-panels").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                    .anyMatch(t -> t.getText().equals(tab)), tab);
        }
        assertFalse(stage.getIcons().isEmpty(), "the window carries the application icon");
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertEquals("File", bar.getMenus().get(0).getText().replace("_", ""));
        assertEquals("Edit", bar.getMenus().get(1).getText().replace("_", ""));
        assertEquals("View", bar.getMenus().get(2).getText().replace("_", ""));
        assertEquals("Tools", bar.getMenus().get(3).getText().replace("_", ""));
        assertEquals("Help", bar.getMenus().get(4).getText().replace("_", ""));
        assertTrue(robot.lookup("#palette").tryQuery().isPresent());
        assertTrue(robot.lookup("#main-split").tryQuery().isPresent());
        assertTrue(robot.lookup("#status-bar").tryQuery().isPresent());
        assertTrue(robot.lookup("#canvas").tryQuery().isPresent());
    }

    @Test
    void helpListsTheCanvasKeysAndEveryMenuShortcutFromTheMenus(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        java.util.Map<String, String> shortcuts = new java.util.LinkedHashMap<>();
        KeysAndGestures.menuShortcuts(bar).forEach(entry -> shortcuts.put(entry.does(), entry.keys()));
        String save = javafx.scene.input.KeyCombination.keyCombination("Shortcut+S").getDisplayText();
        assertEquals(save, shortcuts.get("File › Save"));
        assertEquals("F1", shortcuts.get("Help › Keys and Gestures"));
        assertTrue(shortcuts.containsKey("View › Focus › Only What the Selection Reaches"), "nested menus too: " + shortcuts);
        assertFalse(shortcuts.containsKey("File › Open Recent"), "a command without a shortcut is not listed");
        assertTrue(KeysAndGestures.ON_THE_CANVAS.stream().anyMatch(entry -> entry.keys().equals("Arrow keys")));

        robot.push(javafx.scene.input.KeyCode.F1);
        javafx.scene.Node list = robot.lookup("#keys-and-gestures").query();
        assertTrue(list.getScene().getWindow().isShowing(), "F1 opens the list");
        robot.interact(() -> ((javafx.stage.Stage) list.getScene().getWindow()).close());
    }

    @Test
    void theFileMenuOffersEveryFileAction(FxRobot robot) {
        robot.clickOn("#menu-file");
        var ids = robot.lookup(".menu-item").queryAll().stream().map(node -> node.getId()).toList();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        var texts = bar.getMenus().get(0).getItems().stream().map(MenuItem::getText).filter(t -> t != null)
                .map(t -> t.replace("_", "")).toList();
        assertEquals(java.util.List.of("New", "Open…", "Open Recent", "Open Example", "Import Authorization Details…",
                "Import Organization Folder…", "Save", "Save As…", "Compare With…", "Export…", "Page Setup…", "Print…", "Quit"), texts, "menu items " + ids);
        robot.clickOn("#menu-new");
        robot.interrupt();
        assertEquals("Untitled — IAM Modeller", stage.getTitle());
        assertTrue(CanvasWindowFixture.view(robot, "alice").isEmpty(), "the canvas is empty");
    }
}
