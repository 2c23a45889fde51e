package dev.iammodeller.app;

import dev.iammodeller.app.canvas.CanvasEditor;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The View menu: zoom, fit, the grid, the legend, the minimap, the dark theme and automatic layout. */
final class ViewMenu {
    private final Menu menu = new Menu("_View");

    ViewMenu(CanvasEditor canvas, Node root, Runnable arrange) {
        menu.setId("menu-view");
        CheckMenuItem snap = check("_Snap to Grid", "Shortcut+G", "menu-snap");
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        CheckMenuItem legend = check("Show _Legend", "Shortcut+Shift+L", "menu-legend");
        legend.selectedProperty().bindBidirectional(canvas.legendShownProperty());
        CheckMenuItem minimap = check("Show _Minimap", null, "menu-minimap");
        minimap.selectedProperty().bindBidirectional(canvas.minimapShownProperty());
        CheckMenuItem dark = check("_Dark Theme", null, "menu-dark");
        dark.selectedProperty().addListener((o, before, on) -> {
            if (on) {
                root.getStyleClass().add("dark");
            } else {
                root.getStyleClass().remove("dark");
            }
            canvas.setDark(on);
        });
        menu.getItems().addAll(
                MainWindow.item("Zoom _In", "Shortcut+EQUALS", "menu-zoom-in", canvas::zoomIn),
                MainWindow.item("Zoom _Out", "Shortcut+MINUS", "menu-zoom-out", canvas::zoomOut),
                MainWindow.item("_Fit", "Shortcut+DIGIT0", "menu-fit", canvas::fit),
                new SeparatorMenuItem(), snap, legend, minimap, dark, new SeparatorMenuItem(),
                MainWindow.item("_Arrange Automatically", "Shortcut+Shift+A", "menu-arrange", arrange));
    }

    Menu menu() {
        return menu;
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
