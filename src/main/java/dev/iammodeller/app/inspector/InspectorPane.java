package dev.iammodeller.app.inspector;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.policyeditor.PolicyEditorLauncher;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The inspector beside the canvas: the selected entity's properties in a property sheet (name, path,
 * account, tags, session duration...), the problem of a value being typed below it, and a button that
 * opens the policy editor on the entity's policy document.
 */
public final class InspectorPane {
    private final InspectorViewModel model;
    private final VBox root = new VBox(6);

    public InspectorPane(EditorState state, PolicyEditorLauncher launcher) {
        this(new InspectorViewModel(state), launcher);
    }

    InspectorPane(InspectorViewModel model, PolicyEditorLauncher launcher) {
        this.model = model;
        root.setId("inspector");
        root.getStyleClass().add("inspector");
        root.getStylesheets().add(InspectorPane.class.getResource("/app/inspector.css").toExternalForm());
        root.setPadding(new Insets(6));

        Label heading = new Label();
        heading.setId("inspector-heading");
        heading.getStyleClass().add("inspector-heading");
        heading.textProperty().bind(model.headingProperty());

        PropertySheet sheet = new PropertySheet();
        sheet.setId("inspector-sheet");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        // NAME keeps the fields in the order given; CATEGORY would fold all but one category away
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(item -> FieldEditors.editorFor(((FieldItem) item).field()));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        // review mode: the fields stay readable, nothing in them can be changed
        sheet.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.readOnly().get(),
                model.readOnly()));
        model.fields().addListener((ListChangeListener<InspectorField>) change -> fill(sheet));
        fill(sheet);

        Label message = new Label();
        message.setId("inspector-message");
        message.getStyleClass().add("inspector-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isEmpty().not());
        message.managedProperty().bind(message.visibleProperty());

        Button policy = new Button();
        policy.setId("inspector-edit-policy");
        policy.textProperty().bind(model.policyActionProperty());
        policy.visibleProperty().bind(model.policyActionProperty().isEmpty().not());
        policy.managedProperty().bind(policy.visibleProperty());
        policy.setMaxWidth(Double.MAX_VALUE);
        policy.setOnAction(event -> {
            String id = model.policyEntityId();
            if (id != null && launcher != null) {
                launcher.open(id);
            }
        });
        root.getChildren().addAll(heading, sheet, message, policy);
    }

    private void fill(PropertySheet sheet) {
        sheet.getItems().setAll(model.fields().stream().map(FieldItem::new).toList());
    }

    public Parent root() {
        return root;
    }

    public InspectorViewModel model() {
        return model;
    }
}
