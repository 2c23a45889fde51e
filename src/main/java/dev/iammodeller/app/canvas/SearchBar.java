package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.NodeSearch;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * Ctrl+F: a field that finds nodes by a piece of their name or ARN; typing goes to the first match, Enter to
 * the next, Escape closes it.
 */
final class SearchBar extends HBox {
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final Supplier<IamModel> model;
    private final Consumer<String> goTo;
    private List<String> matches = List.of();
    private int current = -1;

    SearchBar(Supplier<IamModel> model, Consumer<String> goTo, Runnable closed) {
        super(6);
        this.model = model;
        this.goTo = goTo;
        setId("search-bar");
        getStyleClass().add("canvas-overlay");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        field.setId("search-field");
        field.setPromptText("Find a node by name or ARN");
        field.setPrefColumnCount(22);
        field.setMinWidth(80);
        javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        count.setId("search-count");
        count.setMinWidth(60);
        Button close = new Button("✕");
        close.setId("search-close");
        close.setFocusTraversable(false);
        close.setOnAction(e -> {
            hide();
            closed.run();
        });
        field.textProperty().addListener((o, before, after) -> find(after));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                next();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                closed.run();
                e.consume();
            }
        });
        getChildren().addAll(field, count, close);
        setVisible(false);
    }

    void open() {
        setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    void hide() {
        setVisible(false);
    }

    TextField field() {
        return field;
    }

    private void find(String text) {
        matches = NodeSearch.matches(model.get(), text);
        current = -1;
        next();
    }

    /** Goes to the next match, round to the first after the last. */
    void next() {
        if (matches.isEmpty()) {
            count.setText(field.getText().isBlank() ? "" : "no match");
            return;
        }
        current = (current + 1) % matches.size();
        count.setText((current + 1) + " of " + matches.size());
        goTo.accept(matches.get(current));
    }
}
