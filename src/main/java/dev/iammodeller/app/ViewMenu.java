package dev.iammodeller.app;

import dev.iammodeller.app.canvas.CanvasEditor;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The View menu: zoom, fit, the grid, the legend, the minimap, the dark theme, automatic layout, and what
 * the live evaluator shows: who can reach the selection, the selected principal's escalation path; review mode.
 */
final class ViewMenu {
    private final Menu menu = new Menu("_View");
    private final CheckMenuItem dark = check("_Dark Theme", null, "menu-dark");

    ViewMenu(CanvasEditor canvas, Node root, Runnable arrange, BooleanProperty whoCanReach,
             BooleanProperty escalationOfSelection, BooleanProperty reviewMode) {
        menu.setId("menu-view");
        CheckMenuItem snap = check("_Snap to Grid", "Shortcut+G", "menu-snap");
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        CheckMenuItem legend = check("Show _Legend", "Shortcut+Shift+L", "menu-legend");
        legend.selectedProperty().bindBidirectional(canvas.legendShownProperty());
        CheckMenuItem minimap = check("Show _Minimap", null, "menu-minimap");
        minimap.selectedProperty().bindBidirectional(canvas.minimapShownProperty());
        dark.selectedProperty().addListener((o, before, on) -> {
            if (on) {
                root.getStyleClass().add("dark");
            } else {
                root.getStyleClass().remove("dark");
            }
            canvas.setDark(on);
        });
        CheckMenuItem reverse = MenuCommand.WHO_CAN_REACH.check(true);
        reverse.selectedProperty().bindBidirectional(whoCanReach);
        CheckMenuItem escalation = check("Draw _Escalation Path of the Selection", "Shortcut+Shift+E", "menu-escalation-path");
        escalation.selectedProperty().bindBidirectional(escalationOfSelection);
        menu.getItems().addAll(
                shortcut(MainWindow.item("Zoom _In", null, "menu-zoom-in", canvas::zoomIn), KeyCode.EQUALS),
                shortcut(MainWindow.item("Zoom _Out", null, "menu-zoom-out", canvas::zoomOut), KeyCode.MINUS),
                MenuCommand.FIT.inMenuBar(canvas::fit),
                new SeparatorMenuItem(), snap, legend, minimap, dark, new SeparatorMenuItem(),
                MenuCommand.ARRANGE.inMenuBar(arrange),
                new SeparatorMenuItem(), reverse, escalation, new SeparatorMenuItem(), review(reviewMode));
    }

    private static CheckMenuItem review(BooleanProperty reviewMode) {
        CheckMenuItem review = check("_Review Mode (Read-Only)", "Shortcut+Alt+R", "menu-review-mode");
        review.selectedProperty().bindBidirectional(reviewMode);
        return review;
    }

    Menu menu() {
        return menu;
    }

    /** Whether the dark theme is on (View › Dark Theme). */
    BooleanProperty darkThemeProperty() {
        return dark.selectedProperty();
    }

    private static javafx.scene.control.MenuItem shortcut(javafx.scene.control.MenuItem item, KeyCode key) {
        item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        return item;
    }

    private static CheckMenuItem check(String text, String accelerator, String id) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }
}
