package dev.iammodeller.app.comments;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The dialog that asks for a comment's or a reply's text and its author; OK only once the text says something. */
public final class CommentDialog implements CommentAsker {
    private final Window owner;

    public CommentDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Written> ask(String title, String text, String author) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("comment-dialog");
        dev.iammodeller.app.theme.OwnersTheme.on(dialog);
        TextArea words = new TextArea(text);
        words.setId("comment-dialog-text");
        words.setWrapText(true);
        words.setPrefRowCount(5);
        words.setPrefColumnCount(40);
        TextField by = new TextField(author == null ? "" : author);
        by.setId("comment-dialog-author");
        VBox content = new VBox(6, words, new Label("Author"), by);
        content.setPadding(new Insets(6));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(words.textProperty().map(String::isBlank));
        Platform.runLater(words::requestFocus);
        return dialog.showAndWait().filter(ok::equals).map(b -> new Written(words.getText(), by.getText()));
    }
}
