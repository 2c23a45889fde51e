package dev.iammodeller.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help › Keys and Gestures: what the mouse and the keys do on the canvas, which no menu shows, then every menu
 * command that has a shortcut, read from the menus themselves (so the list is never out of date).
 */
final class KeysAndGestures {
    /** One line of the list: the keys or gesture, and what it does. */
    record Entry(String keys, String does) {
    }

    /** What the canvas does with the mouse and the keys, beside its menus. */
    static final List<Entry> ON_THE_CANVAS = List.of(
            new Entry("Click", "select a node or frame"),
            new Entry("Shift+click, Ctrl+click", "add it to the selection, or take it out"),
            new Entry("Drag on empty canvas", "select what the band sweeps (with Shift, add it)"),
            new Entry("Drag a node", "move the selection (one undo step; Escape puts it back)"),
            new Entry("Arrow keys", "move the selection one grid step (one pixel without Snap to Grid);"
                    + " with Shift, five"),
            new Entry("Arrow keys, nothing selected", "pan the view"),
            new Entry("Drag from a node's right handle",
                    "connect it to another node (only what IAM allows is offered)"),
            new Entry("Space+drag, middle drag", "pan the view"),
            new Entry("Wheel, Shift+wheel", "scroll up and down, left and right"),
            new Entry("Ctrl+wheel, pinch", "zoom around the pointer"),
            new Entry("Delete, Backspace", "delete the selection"),
            new Entry("Escape", "cancel a drag, else clear the selection"),
            new Entry("Right-click", "what can be done with the node under the pointer, or on the canvas"),
            new Entry("Ctrl+Enter", "commit a description being typed in the inspector"));

    private KeysAndGestures() {
    }

    /** Every menu command with a shortcut, as "File › Save" and its keys, in the menus' order. */
    static List<Entry> menuShortcuts(MenuBar bar) {
        List<Entry> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, words(menu.getText()), out);
        }
        return out;
    }

    private static void collect(Menu menu, String path, List<Entry> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu inner) {
                collect(inner, path + " › " + words(inner.getText()), out);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.add(new Entry(item.getAccelerator().getDisplayText(), path + " › " + words(item.getText())));
            }
        }
    }

    /** A menu's text as shown: without its mnemonic's underscore. */
    static String words(String text) {
        return text == null ? "" : text.replace("_", "");
    }

    /** The dialog: the canvas's keys and gestures, then the menus' shortcuts. */
    static Dialog<ButtonType> dialog(Window owner, MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setId("keys-and-gestures");
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        row = section(grid, row, "On the canvas", ON_THE_CANVAS);
        section(grid, row, "Menu commands", menuShortcuts(bar));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 520);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dev.iammodeller.app.theme.OwnersTheme.on(dialog);
        dialog.setTitle("Keys and Gestures");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        return dialog;
    }

    private static int section(GridPane grid, int row, String title, List<Entry> entries) {
        Label heading = new Label(title);
        heading.getStyleClass().add("panel-title");
        heading.setPadding(new javafx.geometry.Insets(row == 0 ? 0 : 12, 0, 2, 0));
        grid.add(heading, 0, row++, 2, 1);
        for (Entry entry : entries) {
            Label keys = new Label(entry.keys());
            keys.setStyle("-fx-font-weight: bold");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label does = new Label(entry.does());
            does.setWrapText(true);
            grid.add(keys, 0, row);
            grid.add(does, 1, row++);
        }
        return row + 1;
    }
}
