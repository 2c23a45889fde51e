package dev.iammodeller.app;

import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.export.CanvasClipboard;
import dev.iammodeller.app.editor.EditorState;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;

/**
 * The Edit menu: Undo and Redo named after the step they take ("Undo Add user alice"), copy, paste,
 * duplicate, delete, select all and find; copy also puts the selection's policies on the system clipboard as
 * text, and Copy as Image the diagram or the selection as a picture. When a text field has the focus the same keys edit its text.
 */
final class EditMenu {
    private final EditorState editor;
    private final CanvasEditor canvas;
    private final Node root;
    private final Menu menu = new Menu("_Edit");

    EditMenu(EditorState editor, CanvasEditor canvas, Node root, CanvasClipboard clipboard) {
        this.editor = editor;
        this.canvas = canvas;
        this.root = root;
        menu.setId("menu-edit");
        MenuItem undo = MainWindow.item("Undo", "Shortcut+Z", "menu-undo",
                () -> onCanvas(this::undo, TextInputControl::undo));
        undo.setMnemonicParsing(false);
        undo.textProperty().bind(editor.undoLabelProperty().map(l -> l.isEmpty() ? "Undo" : "Undo " + l));
        undo.disableProperty().bind(editor.canUndoProperty().not());
        MenuItem redo = MainWindow.item("Redo", "Shortcut+Shift+Z", "menu-redo",
                () -> onCanvas(this::redo, TextInputControl::redo));
        redo.setMnemonicParsing(false);
        redo.textProperty().bind(editor.redoLabelProperty().map(l -> l.isEmpty() ? "Redo" : "Redo " + l));
        redo.disableProperty().bind(editor.canRedoProperty().not());
        MenuItem copyImage = MainWindow.item("Copy as _Image", "Shortcut+Shift+C", "menu-copy-image", clipboard::copyImage);
        copyImage.disableProperty().bind(editor.modelProperty().map(m -> m.entities().isEmpty()));
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                MenuCommand.COPY.inMenuBar(() -> onCanvas(clipboard::copySelection, TextInputControl::copy)),
                copyImage,
                MenuCommand.PASTE.inMenuBar(() -> onCanvas(() -> report(canvas.actions().paste()), TextInputControl::paste)),
                MenuCommand.DUPLICATE.inMenuBar(() -> onCanvas(() -> report(canvas.actions().duplicate()), text -> { })),
                MenuCommand.DELETE.inMenuBar(() -> onCanvas(this::delete, TextInputControl::deleteNextChar)),
                new SeparatorMenuItem(),
                MenuCommand.SELECT_ALL.inMenuBar(() -> onCanvas(() -> canvas.actions().selectAll(), TextInputControl::selectAll)),
                MainWindow.item("_Find…", "Shortcut+F", "menu-find", canvas::showSearch));
    }

    Menu menu() {
        return menu;
    }

    /** The shortcuts the menu shows one of: Ctrl+Y for redo, Backspace for delete. */
    void installExtraShortcuts(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"),
                () -> onCanvas(this::redo, TextInputControl::redo));
        scene.getAccelerators().put(KeyCombination.keyCombination("Backspace"),
                () -> onCanvas(this::delete, TextInputControl::deletePreviousChar));
    }

    private void undo() {
        canvas.cancelGesture();
        editor.undo();
    }

    private void redo() {
        canvas.cancelGesture();
        editor.redo();
    }

    private void delete() {
        report(canvas.actions().delete());
    }

    private void report(java.util.Optional<String> refusal) {
        refusal.ifPresent(why -> canvas.message(why));
    }

    private void onCanvas(Runnable action, Consumer<TextInputControl> onText) {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl text) {
            onText.accept(text);
        } else {
            action.run();
        }
    }
}
