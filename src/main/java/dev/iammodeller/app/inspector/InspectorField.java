package dev.iammodeller.app.inspector;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.inspector.FieldSpec.Choice;
import dev.iammodeller.app.inspector.FieldSpec.Kind;
import dev.iammodeller.model.EditTitle;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.UpdateEntity;
import dev.iammodeller.model.Words;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One row of the inspector: its value as the model holds it, and what a typed value would do. Checking
 * a value as it is typed sets {@link #problemProperty()}; committing it (Enter, leaving the field, a
 * choice) submits one command, or refuses and says why. Nothing reaches the model that its rules refuse.
 */
public final class InspectorField {
    private final String key;
    private final String name;
    private final String category;
    private final String description;
    private final Kind kind;
    private final EditorState state;
    private final Function<IamModel, String> read;
    private final Function<String, Proposal> propose;
    private final Function<IamModel, List<Choice>> offered;
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();

    private InspectorField(FieldSpec spec, EditorState state, Function<IamModel, String> read,
                           Function<String, Proposal> propose, Function<IamModel, List<Choice>> offered) {
        this.key = spec.key();
        this.name = spec.name();
        this.category = spec.category();
        this.description = spec.description();
        this.kind = spec.kind();
        this.state = state;
        this.read = read;
        this.propose = propose;
        this.offered = offered;
        reload();
    }

    /** A field of the entity with this id. */
    static InspectorField of(FieldSpec spec, EditorState state, String entityId) {
        Function<IamModel, String> read = model -> model.entity(entityId).map(spec.read()).orElse("");
        return new InspectorField(spec, state, read, text -> {
            Optional<Entity> current = state.model().entity(entityId);
            if (current.isEmpty() || spec.write() == null) {
                return Proposal.UNCHANGED;
            }
            Entity candidate;
            try {
                candidate = spec.write().apply(current.get(), text);
            } catch (IllegalArgumentException e) {
                return Proposal.refused(e.getMessage());
            }
            if (candidate.equals(current.get())) {
                return Proposal.UNCHANGED;
            }
            return Proposal.tried(new UpdateEntity(candidate, label(spec, current.get(), candidate)), state.model());
        }, model -> model.entity(entityId).map(entity -> spec.choices().apply(model, entity)).orElse(List.of()));
    }

    /** The model's title or description (what the inspector shows when nothing is selected). */
    static InspectorField ofModel(FieldSpec spec, EditorState state, boolean title) {
        Function<IamModel, String> read = model -> title ? model.title() : model.description();
        return new InspectorField(spec, state, read, text -> {
            IamModel model = state.model();
            EditTitle edit = title ? new EditTitle(text, model.description()) : new EditTitle(model.title(), text);
            if (text.equals(read.apply(model))) {
                return Proposal.UNCHANGED;
            }
            return Proposal.tried(edit, model);
        }, model -> List.of());
    }

    private static String label(FieldSpec spec, Entity before, Entity after) {
        String what = Words.of(before.kind()) + " " + before.name();
        return spec.key().equals("name") ? "Rename " + what + " to " + after.name()
                : "Set " + spec.name().toLowerCase(java.util.Locale.ROOT) + " of " + what;
    }

    /** Reads the value again from the model (after an edit, an undo). */
    void reload() {
        String now = read.apply(state.model());
        if (!now.equals(value.get())) {
            value.set(now);
            problem.set("");
        }
        List<Choice> offeredNow = offered.apply(state.model());
        if (!offeredNow.equals(choices)) {
            choices.setAll(offeredNow);
        }
    }

    /** Checks a value as it is typed: sets the problem, or clears it. True when the value may be committed. */
    public boolean check(String text) {
        Proposal proposal = propose.apply(text);
        problem.set(proposal.isRefused() ? proposal.problem() : "");
        return !proposal.isRefused();
    }

    /** Submits the value as one command. Returns why not when the model refuses it (and then nothing changes). */
    public Optional<String> commit(String text) {
        Proposal proposal = propose.apply(text);
        Optional<String> refusal = proposal.isRefused() ? Optional.of(proposal.problem())
                : proposal.command() == null ? Optional.empty() : state.submit(proposal.command());
        problem.set(refusal.orElse(""));
        return refusal;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public String description() {
        return description;
    }

    public Kind kind() {
        return kind;
    }

    public boolean editable() {
        return kind != Kind.READ_ONLY;
    }

    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Why the value last typed cannot go in the model, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The values a choice field offers. */
    public ObservableList<Choice> choices() {
        return choices;
    }
}
