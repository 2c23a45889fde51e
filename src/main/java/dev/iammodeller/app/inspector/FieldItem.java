package dev.iammodeller.app.inspector;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * An inspector field as a row of ControlsFX's property sheet. The sheet never writes through it: the
 * field's own editor commits (see {@link FieldEditors}), so one edit is one command.
 */
final class FieldItem implements PropertySheet.Item {
    private final InspectorField field;

    FieldItem(InspectorField field) {
        this.field = field;
    }

    InspectorField field() {
        return field;
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return field.category();
    }

    @Override
    public String getName() {
        return field.name();
    }

    @Override
    public String getDescription() {
        return field.description();
    }

    @Override
    public Object getValue() {
        return field.valueProperty().get();
    }

    @Override
    public void setValue(Object value) {
        // edits go through the field's editor, which commits one command per edit
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(field.valueProperty());
    }

    @Override
    public Optional<Class<? extends PropertyEditor<?>>> getPropertyEditorClass() {
        return Optional.empty();
    }

    @Override
    public boolean isEditable() {
        return true;
    }
}
