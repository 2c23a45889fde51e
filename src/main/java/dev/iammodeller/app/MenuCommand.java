package dev.iammodeller.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The commands the menu bar and the canvas's context menu both offer, each with one label (its mnemonic marked
 * by {@code _} for the menu bar) and one shortcut, so the two menus never disagree. When an item is enabled
 * stays with the menu that shows it (the menu bar's Paste also pastes into text fields).
 */
enum MenuCommand {
    COPY("_Copy", "Shortcut+C", "copy"),
    PASTE("_Paste", "Shortcut+V", "paste"),
    DUPLICATE("D_uplicate", "Shortcut+D", "duplicate"),
    DELETE("_Delete", "Delete", "delete"),
    SELECT_ALL("Select _All", "Shortcut+A", "select-all"),
    FIT("_Fit", "Shortcut+0", "fit"),
    ARRANGE("_Arrange Automatically", "Shortcut+Shift+A", "arrange"),
    WHO_CAN_REACH("_Who Can Reach This", "Shortcut+Shift+R", "who-can-reach"),
    FOCUS_EVERYTHING("Show _Everything", "Shortcut+Alt+A", "focus-everything"),
    FOCUS_REACH("Only What the _Selection Reaches", "Shortcut+Alt+S", "focus-reach"),
    FOCUS_ESCALATION("Only Escalation _Paths", "Shortcut+Alt+E", "focus-escalation"),
    FOCUS_FRAME("Only This _Account", "Shortcut+Alt+F", "focus-frame"),
    FOCUS_FILTER("_Filter by Kind, Tag or Text…", "Shortcut+Alt+K", "focus-filter"),
    COLLAPSE_ALL("_Collapse All Policies", "Shortcut+Alt+C", "collapse-all"),
    EXPAND_ALL("E_xpand All Policies", "Shortcut+Alt+X", "expand-all"),
    EVERY_CONNECTION("Draw Every Co_nnection", "Shortcut+Alt+L", "every-connection");

    private final String label;
    private final String shortcut;
    private final String name;

    MenuCommand(String label, String shortcut, String name) {
        this.label = label;
        this.shortcut = shortcut;
        this.name = name;
    }

    /** The item of the menu bar: the label with its mnemonic, id {@code menu-NAME}. */
    MenuItem inMenuBar(Runnable action) {
        return MainWindow.item(label, shortcut, "menu-" + name, action);
    }

    /** The item of the context menu: the label as written, id {@code ctx-NAME}. */
    MenuItem inContextMenu(Runnable action) {
        MenuItem item = MainWindow.item(label.replace("_", ""), shortcut, "ctx-" + name, action);
        item.setMnemonicParsing(false);
        return item;
    }

    /** A check item (Who Can Reach This, Draw Every Connection) for the menu bar or the context menu. */
    CheckMenuItem check(boolean menuBar) {
        CheckMenuItem item = new CheckMenuItem(menuBar ? label : label.replace("_", ""));
        item.setId((menuBar ? "menu-" : "ctx-") + name);
        item.setMnemonicParsing(menuBar);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        return item;
    }
}
