package dev.iammodeller.app.reach;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/**
 * A list's row of text wrapped to the list's width (a role's way there, a deciding statement, can be long), never
 * cut or scrolled sideways: the reach panel's lists and the simulator's deciding statements.
 */
public final class WrappedTextCell<T> extends ListCell<T> {
    private final Function<T, String> text;

    public WrappedTextCell(Function<T, String> text) {
        this.text = text;
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
