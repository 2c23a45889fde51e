package dev.iammodeller.app.inspector;

import dev.iammodeller.app.inspector.FieldSpec.Kind;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.policyeditor.EditablePolicy;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * What the inspector shows: the fields of the one selected entity, "N selected" for several, the model's
 * title and description for none; the first problem of a value being typed; and whether the entity holds
 * a policy document the policy editor can open.
 */
public final class InspectorViewModel {
    private final EditorState state;
    private final ObservableList<InspectorField> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper policyAction = new ReadOnlyStringWrapper(this, "policyAction", "");
    private final ChangeListener<Object> problemListener = (observable, before, after) -> updateMessage();
    private String shownId;
    private Class<?> shownType;

    /** True while the model is read-only (review mode): the fields are shown but not editable. */
    public javafx.beans.value.ObservableBooleanValue readOnly() {
        return state.reviewModeProperty();
    }

    public InspectorViewModel(EditorState state) {
        this.state = state;
        state.selection().addListener((SetChangeListener<String>) change -> refresh());
        state.modelProperty().addListener((observable, before, after) -> refresh());
        refresh();
    }

    private void refresh() {
        Optional<Entity> entity = state.onlySelected().flatMap(state.model()::entity);
        Class<?> type = entity.<Class<?>>map(Object::getClass).orElse(null);
        if (state.selection().size() > 1) {
            heading.set(Words.number(state.selection().size()) + " selected");
            show(List.of(), "several", null);
        } else if (entity.isPresent()) {
            Entity e = entity.get();
            String id = e.id();
            heading.set(capitalised(Words.of(e.kind())) + " " + e.name());
            if (id.equals(shownId) && type == shownType && sameShape(e)) {
                fields.forEach(InspectorField::reload);
            } else {
                List<InspectorField> built = new ArrayList<>();
                EntityFields.of(e).forEach(spec -> built.add(InspectorField.of(spec, state, id)));
                show(built, id, type);
            }
        } else {
            heading.set("Model");
            if ("model".equals(shownId)) {
                fields.forEach(InspectorField::reload);
            } else {
                show(modelFields(), "model", null);
            }
        }
        policyAction.set(entity.flatMap(this::policyActionOf).orElse(""));
        updateMessage();
    }

    /** True when the entity would get the fields shown now (a choice list such as versions may have changed). */
    private boolean sameShape(Entity entity) {
        List<FieldSpec> specs = EntityFields.of(entity);
        if (specs.size() != fields.size()) {
            return false;
        }
        for (int i = 0; i < specs.size(); i++) {
            if (!specs.get(i).key().equals(fields.get(i).key()) || specs.get(i).kind() != fields.get(i).kind()) {
                return false;
            }
        }
        return true;
    }

    private void show(List<InspectorField> built, String id, Class<?> type) {
        fields.forEach(field -> field.problemProperty().removeListener(problemListener));
        built.forEach(field -> field.problemProperty().addListener(problemListener));
        shownId = id;
        shownType = type;
        fields.setAll(built);
    }

    private List<InspectorField> modelFields() {
        FieldSpec title = new FieldSpec("title", "Title", "Model", "What the model shows, in a few words",
                Kind.TITLE, null, null, (model, entity) -> List.of());
        FieldSpec description = new FieldSpec("description", "Description", "Model", "A longer note for whoever "
                + "opens the model", Kind.LONG_TEXT, null, null, (model, entity) -> List.of());
        return List.of(InspectorField.ofModel(title, state, true), InspectorField.ofModel(description, state, false));
    }

    private Optional<String> policyActionOf(Entity entity) {
        return EditablePolicy.of(entity).map(policy -> {
            if (entity instanceof Resource resource && resource.policy() == null) {
                return "Add resource policy…";
            }
            if (entity instanceof dev.iammodeller.model.PermissionSet set) {
                return set.inlinePolicy() == null ? "Add inline policy…" : "Edit inline policy…";
            }
            return (policy.readOnly() ? "View " : "Edit ") + (entity.kind().isIamPrincipal() ? "trust policy…"
                    : entity instanceof Resource ? "resource policy…" : "policy…");
        });
    }

    private void updateMessage() {
        message.set(fields.stream().filter(f -> !f.problemProperty().get().isEmpty())
                .map(f -> f.name() + ": " + f.problemProperty().get()).findFirst().orElse(""));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ObservableList<InspectorField> fields() {
        return fields;
    }

    /** "User alice", "3 selected", "Model". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The first problem of a value being typed ("Path: ... is not an IAM path ..."), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Edit trust policy…", "Edit policy…", "Add resource policy…"; "" when the selection holds no policy. */
    public ReadOnlyStringProperty policyActionProperty() {
        return policyAction.getReadOnlyProperty();
    }

    /** The id of the entity whose policy the policy action opens, or null. */
    public String policyEntityId() {
        return policyAction.get().isEmpty() ? null : shownId;
    }

    /** The field with this key ("name", "path", "session-hours"...), if shown. */
    public Optional<InspectorField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
