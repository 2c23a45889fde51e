package dev.iammodeller.app.inspector;

import dev.iammodeller.app.inspector.FieldSpec.Choice;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The editor of each kind of field. A text is checked as it is typed (an invalid one is marked and
 * explained, and never submitted) and committed on Enter or when the field loses focus; Escape puts the
 * model's value back. A check box or a choice commits at once.
 */
final class FieldEditors {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FieldEditors() {
    }

    static PropertyEditor<?> editorFor(InspectorField field) {
        Control control;
        switch (field.kind()) {
            case FLAG:
                control = flag(field);
                break;
            case CHOICE:
                control = choice(field);
                break;
            case LONG_TEXT:
                control = wrapped(field, 3, false);
                break;
            case TITLE:
                control = wrapped(field, 2, true);
                break;
            default:
                control = text(field);
                break;
        }
        control.setId("inspector-field-" + field.key());
        control.getStyleClass().add("inspector-field");
        Tooltip help = new Tooltip(field.description());
        control.setTooltip(help);
        field.problemProperty().addListener((observable, before, problem) -> {
            control.pseudoClassStateChanged(INVALID, !problem.isEmpty());
            help.setText(problem.isEmpty() ? field.description() : problem);
        });
        return new PropertyEditor<Object>() {
            @Override
            public Node getEditor() {
                return control;
            }

            @Override
            public Object getValue() {
                return field.valueProperty().get();
            }

            @Override
            public void setValue(Object value) {
                // the control follows the field's value itself
            }
        };
    }

    private static TextField text(InspectorField field) {
        TextField text = new TextField();
        typed(field, text);
        text.setOnAction(event -> field.commit(text.getText()));
        return text;
    }

    /**
     * A text wrapped over {@code rows} lines rather than cut: a title ({@code oneLine}: Enter commits, as in a text
     * field) or a description of a few sentences (Enter a new line, Ctrl+Enter commits); either is committed when it
     * loses focus too.
     */
    private static TextArea wrapped(InspectorField field, int rows, boolean oneLine) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        if (oneLine) { // a title pasted over several lines becomes one
            area.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change -> {
                change.setText(change.getText().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
                return change;
            }));
        }
        typed(field, area);
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && (oneLine || event.isShortcutDown())) {
                field.commit(area.getText());
                event.consume();
            }
        });
        return area;
    }

    /**
     * Ties a text control to its field: checked as typed, committed on leaving it; Escape puts the model's value back.
     */
    private static void typed(InspectorField field, TextInputControl text) {
        text.setText(field.valueProperty().get());
        text.setEditable(field.editable());
        if (!field.editable()) {
            text.getStyleClass().add("read-only");
            field.valueProperty().addListener((observable, before, after) -> text.setText(after));
            return;
        }
        boolean[] loading = {false};
        field.valueProperty().addListener((observable, before, after) -> {
            loading[0] = true;
            text.setText(after);
            loading[0] = false;
        });
        text.textProperty().addListener((observable, before, after) -> {
            if (!loading[0]) {
                field.check(after);
            }
        });
        text.focusedProperty().addListener((observable, was, is) -> {
            if (!is && !text.getText().equals(field.valueProperty().get())) {
                field.commit(text.getText());
            }
        });
        text.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                text.setText(field.valueProperty().get());
                event.consume();
            }
        });
    }

    private static CheckBox flag(InspectorField field) {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.parseBoolean(field.valueProperty().get()));
        field.valueProperty().addListener((observable, before, after) -> box.setSelected(Boolean.parseBoolean(after)));
        box.setOnAction(event -> {
            if (field.commit(String.valueOf(box.isSelected())).isPresent()) {
                box.setSelected(Boolean.parseBoolean(field.valueProperty().get()));
            }
        });
        return box;
    }

    private static ComboBox<Choice> choice(InspectorField field) {
        ComboBox<Choice> combo = new ComboBox<>(field.choices());
        combo.setMaxWidth(Double.MAX_VALUE);
        boolean[] loading = {false};
        Runnable show = () -> {
            loading[0] = true;
            combo.setValue(field.choices().stream().filter(c -> c.value().equals(field.valueProperty().get()))
                    .findFirst().orElse(null));
            loading[0] = false;
        };
        show.run();
        field.valueProperty().addListener((observable, before, after) -> show.run());
        field.choices().addListener((javafx.collections.ListChangeListener<Choice>) change -> show.run());
        combo.valueProperty().addListener((observable, before, chosen) -> {
            if (!loading[0] && chosen != null && field.commit(chosen.value()).isPresent()) {
                show.run();
            }
        });
        return combo;
    }
}
