package dev.iammodeller.app.document;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The File menu. Ids: {@code menu-file}, {@code menu-new}, {@code menu-open}, {@code menu-open-recent}
 * (items {@code recent-1}..., {@code recent-clear}), {@code menu-open-example} (items
 * {@code example-01-group-vs-service-role}...), {@code menu-import}, {@code menu-save},
 * {@code menu-save-as}, {@code menu-quit}. A recent file that is gone is greyed out.
 */
final class FileMenu {
    private final DocumentActions actions;
    private final RecentFiles recent;
    private final Activity activity;

    FileMenu(DocumentActions actions, RecentFiles recent, Activity activity) {
        this.actions = actions;
        this.recent = recent;
        this.activity = activity;
    }

    Menu menu() {
        Menu recentMenu = new Menu("Open _Recent");
        recentMenu.setId("menu-open-recent");
        fillRecent(recentMenu);
        recent.files().addListener((ListChangeListener<Path>) change -> fillRecent(recentMenu));
        recentMenu.setOnShowing(event -> greyOutGone(recentMenu));
        Menu examples = new Menu("Open _Example");
        examples.setId("menu-open-example");
        for (ExampleModels.Example example : ExampleModels.all()) {
            MenuItem item = new MenuItem(example.number() + "  " + example.title());
            item.setMnemonicParsing(false);
            item.setId("example-" + example.key());
            item.setOnAction(event -> actions.openExample(example));
            examples.getItems().add(item);
        }
        Menu file = new Menu("_File");
        file.setId("menu-file");
        file.getItems().addAll(
                whileIdle(item("_New", "Shortcut+N", "menu-new", actions::newModel)),
                whileIdle(item("_Open…", "Shortcut+O", "menu-open", actions::open)),
                whileIdle(recentMenu),
                whileIdle(examples),
                new SeparatorMenuItem(),
                whileIdle(item("_Import Authorization Details…", "Shortcut+I", "menu-import", actions::importExports)),
                whileIdle(item("Import Or_ganization Folder…", "Shortcut+Shift+I", "menu-import-organization",
                        actions::importOrganization)),
                new SeparatorMenuItem(),
                whileIdle(item("_Save", "Shortcut+S", "menu-save", actions::save)),
                whileIdle(item("Save _As…", "Shortcut+Shift+S", "menu-save-as", actions::saveAs)),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", "menu-quit", actions::quit));
        return file;
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        int n = 0;
        for (Path path : recent.files()) {
            n++;
            MenuItem item = new MenuItem(n + "  " + path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setId("recent-" + n);
            item.setUserData(path);
            item.setOnAction(event -> actions.open(path));
            menu.getItems().add(item);
        }
        if (n == 0) {
            MenuItem none = new MenuItem("No Recent Files");
            none.setId("recent-none");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        menu.getItems().add(new SeparatorMenuItem());
        MenuItem clear = new MenuItem("_Clear Recent Files");
        clear.setId("recent-clear");
        clear.setDisable(n == 0);
        clear.setOnAction(event -> recent.clear());
        menu.getItems().add(clear);
        greyOutGone(menu);
    }

    /** Checked each time the submenu opens: a file moved or deleted since is greyed out. */
    private static void greyOutGone(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item.getUserData() instanceof Path path) {
                boolean gone = !Files.isRegularFile(path);
                item.setDisable(gone);
                item.getStyleClass().remove("missing-file");
                if (gone) {
                    item.getStyleClass().add("missing-file");
                }
            }
        }
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(event -> action.run());
        return item;
    }

    private MenuItem whileIdle(MenuItem item) {
        item.disableProperty().bind(activity.busyProperty());
        return item;
    }
}
