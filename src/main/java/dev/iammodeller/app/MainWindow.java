package dev.iammodeller.app;

import dev.iammodeller.catalog.Catalog;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window: menu bar, canvas area and status bar. The canvas editor fills the centre in a later
 * step; for now the File menu only reports what it would do in the status bar.
 */
final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label("Ready");
    private final BackgroundWork background;
    private final CompletableFuture<Catalog> catalog = new CompletableFuture<>();

    MainWindow(Stage stage, BackgroundWork background) {
        this.stage = stage;
        this.background = background;
        status.setText("Loading the AWS catalogue…");
        background.run(Catalog::load, loaded -> {
            catalog.complete(loaded);
            status.setText("Ready. AWS catalogue: " + loaded.services().size() + " services, "
                    + String.format("%,d", loaded.actionCount()) + " actions");
        }, failure -> {
            catalog.completeExceptionally(failure);
            status.setText("The AWS catalogue could not be read: " + failure.getMessage());
        });
        root.setTop(menuBar());
        Pane canvas = new Pane();
        canvas.setId("canvas");
        canvas.getStyleClass().add("canvas");
        Label hint = new Label("Empty model. The canvas editor arrives with the next release.");
        hint.getStyleClass().add("canvas-hint");
        hint.layoutXProperty().bind(canvas.widthProperty().subtract(hint.widthProperty()).divide(2));
        hint.layoutYProperty().bind(canvas.heightProperty().subtract(hint.heightProperty()).divide(2));
        canvas.getChildren().add(hint);
        root.setCenter(canvas);
        HBox statusBar = new HBox(status);
        statusBar.setId("status-bar");
        statusBar.getStyleClass().add("status-bar");
        root.setBottom(statusBar);
    }

    Parent root() {
        return root;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.setId("menu-file");
        file.getItems().addAll(
                item("_New", "Shortcut+N", "menu-new", () -> status.setText("New model")),
                item("_Open…", "Shortcut+O", "menu-open", this::open),
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", "menu-save", () -> status.setText("Nothing to save yet")),
                item("Save _As…", "Shortcut+Shift+S", "menu-save-as", () -> status.setText("Nothing to save yet")),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", "menu-quit", Platform::exit));
        Menu tools = new Menu("_Tools");
        tools.setId("menu-tools");
        tools.getItems().add(item("_Check a Policy…", "Shortcut+L", "menu-check-policy", this::checkPolicy));
        Menu help = new Menu("_Help");
        help.setId("menu-help");
        help.getItems().add(item("_About IAM Modeller", null, "menu-about", this::about));
        MenuBar bar = new MenuBar(file, tools, help);
        bar.setId("menu-bar");
        return bar;
    }

    private MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open model");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("IAM models", "*.iam.json"));
        var chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            status.setText("Models open on the canvas with the canvas editor, coming next: " + chosen.getName());
        }
    }

    private void checkPolicy() {
        new PolicyCheckWindow(stage, new PolicyCheckViewModel(catalog, background)).show();
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("About IAM Modeller");
        alert.setHeaderText("IAM Modeller");
        alert.setContentText("Draw, understand and evaluate AWS IAM.\nLicensed under the Apache License 2.0.");
        alert.showAndWait();
    }
}
