package dev.iammodeller.app.policyeditor;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

/**
 * The state of one policy editor: the text being edited and its newest diagnosis (a {@link PolicyCheck}), the
 * model's text it started from, and whether Apply may put the text in the model (only when it parses and
 * differs). When the entity changes in the model (undo, another view) and nothing was typed here, the text follows.
 */
public final class PolicyEditorViewModel {
    private final EditorState state;
    private final String entityId;
    private final PolicyCheck check;
    private final StringProperty text;
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper(this, "modelText", "");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyBooleanWrapper parses = new ReadOnlyBooleanWrapper(this, "parses", true);
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper(this, "gone");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<EditorMessage.Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone",
            EditorMessage.Tone.INFO);
    private boolean modelMovedOn;
    private final ChangeListener<IamModel> modelListener = (observable, before, after) -> follow(after);
    private EditablePolicy policy;

    /**
     * @param catalog gives the AWS catalogue for lint, or null while it is not loaded (then only the
     *                parser speaks)
     */
    public PolicyEditorViewModel(EditorState state, String entityId, BackgroundWork background,
                                 Supplier<Catalog> catalog) {
        this.state = state;
        this.entityId = entityId;
        policy = EditablePolicy.of(state.model().entity(entityId).orElseThrow(
                () -> new IllegalArgumentException("the model holds nothing with the id \"" + entityId + "\"")))
                .orElseThrow(() -> new IllegalArgumentException("\"" + entityId + "\" holds no policy document"));
        check = new PolicyCheck(background, catalog, policy.lintOptions());
        text = check.textProperty();
        check.diagnosisProperty().addListener((observable, before, result) -> {
            parses.set(result.parses());
            update();
        });
        check.failureProperty().addListener((observable, before, failure) -> {
            if (!failure.isEmpty()) {
                refusal.set("The policy could not be checked: " + failure);
            }
        });
        modelText.set(policy.text());
        text.set(policy.text());
        title.set(policy.title());
        readOnly.set(policy.readOnly());
        text.addListener((observable, before, after) -> {
            refusal.set("");
            update();
        });
        state.modelProperty().addListener(modelListener);
        update();
    }

    /** Diagnoses the current text in the background; a result for an older text is dropped. */
    public void check() {
        check.check();
    }

    /** The checker of the text: what the editor's view shows. */
    public PolicyCheck checker() {
        return check;
    }

    /**
     * Puts the text in the model as one undoable step. Returns why not when it cannot (it does not parse,
     * nothing changed, the model refused it).
     */
    public Optional<String> apply() {
        Optional<String> why = whyNotApply();
        if (why.isEmpty()) {
            why = state.submit(policy.commandFor(text.get()));
        }
        refusal.set(why.orElse(""));
        update();
        return why;
    }

    private Optional<String> whyNotApply() {
        if (gone.get()) {
            return Optional.of("The policy is no longer in the model.");
        } else if (readOnly.get()) {
            return Optional.of(policy.readOnlyReason() + ".");
        } else if (!changed.get()) {
            return Optional.of("Nothing to apply: the text is the model's.");
        }
        PolicyDiagnosis current = check.diagnosisProperty().get();
        if (current == null || !current.text().equals(text.get())) {
            current = PolicyDiagnosis.of(text.get(), policy.lintOptions(), null);
        }
        if (!current.parses()) {
            return Optional.of("The policy does not parse: " + current.problems().get(0).describe());
        }
        return Optional.empty();
    }

    /** Whether the text as it is now parses (checked at once when the newest diagnosis is of older text). */
    public boolean textParses() {
        PolicyDiagnosis current = check.diagnosisProperty().get();
        if (current != null && current.text().equals(text.get())) {
            return current.parses();
        }
        return PolicyDiagnosis.of(text.get(), policy.lintOptions(), null).parses();
    }

    /** Throws away what was typed: the text is the model's again. */
    public void revert() {
        text.set(modelText.get());
        refusal.set("");
        modelMovedOn = false;
        update();
    }

    /** Stops following the model (the editor closed). */
    public void dispose() {
        state.modelProperty().removeListener(modelListener);
    }

    private void follow(IamModel model) {
        Optional<Entity> entity = model.entity(entityId);
        Optional<EditablePolicy> now = entity.flatMap(EditablePolicy::of);
        if (now.isEmpty()) {
            gone.set(true);
            update();
            return;
        }
        gone.set(false);
        policy = now.get();
        check.optionsProperty().set(policy.lintOptions());
        title.set(policy.title());
        readOnly.set(policy.readOnly());
        if (!policy.text().equals(modelText.get())) {
            boolean untouched = !changed.get();
            modelText.set(policy.text());
            if (untouched) {
                text.set(policy.text());
            } else {
                modelMovedOn = true;
            }
        }
        update();
    }

    private void update() {
        changed.set(!text.get().equals(modelText.get()));
        modelMovedOn &= changed.get();
        canApply.set(changed.get() && parses.get() && !readOnly.get() && !gone.get());
        EditorMessage said = EditorMessage.of(new EditorMessage.Situation(title.get(), gone.get(), refusal.get(),
                policy.readOnlyReason(), modelMovedOn, check.diagnosisProperty().get()));
        tone.set(said.tone());
        message.set(said.text());
    }

    /** The one line the message bar shows: the first error, a lint summary, a refusal. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditorMessage.Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public String entityId() {
        return entityId;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The entity's document as the model holds it now. */
    public ReadOnlyStringProperty modelTextProperty() {
        return modelText.getReadOnlyProperty();
    }

    /** True when the text differs from the model's: there is something to apply or lose. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Whether the newest diagnosed text parses (the text typed since is checked again on Apply). */
    public ReadOnlyBooleanProperty parsesProperty() {
        return parses.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** True when the entity was removed from the model while the editor was open. */
    public ReadOnlyBooleanProperty goneProperty() {
        return gone.getReadOnlyProperty();
    }

    /** "trust policy of role deployer". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why the last Apply was refused, or "". */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PolicyDiagnosis> diagnosisProperty() {
        return check.diagnosisProperty();
    }

    /** Why the policy is read-only, or null. */
    public String readOnlyReason() {
        return policy.readOnlyReason();
    }
}
