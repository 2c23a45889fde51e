package dev.iammodeller.app.simulator;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.Simulation;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.work.NewestAnswer;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.ConditionKey;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The request simulator's state: the request (principal, action, resource, context keys), the answer for
 * the newest request (dropped when an older one finishes late), and the completions for the action (from
 * the catalogue), the resource (from the model) and the context keys (the action's and the global ones).
 * The principal follows the selection (a user or role selected on the canvas becomes it); an answer
 * follows the model: an edit decides the request again, and a model without its principal (another file
 * opened) clears it. An action the catalogue does not know is refused with the nearest names it does.
 */
public final class SimulatorModel {
    /** One context key the user sets for the request. */
    public record ContextEntry(String key, String value) {
    }

    private static final int SUGGESTIONS = 40;

    private final EditorState editor;
    private final CompletableFuture<Catalog> catalog;
    private final ObservableList<String> principals = FXCollections.observableArrayList();
    /** How many of {@link #principals} bear each name: a name borne twice is told apart by its account. */
    private final java.util.Map<String, Integer> principalsNamed = new java.util.HashMap<>();
    private final StringProperty principal = new SimpleStringProperty(this, "principal");
    private final StringProperty action = new SimpleStringProperty(this, "action", "");
    private final StringProperty resource = new SimpleStringProperty(this, "resource", "*");
    private final ObservableList<ContextEntry> context = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Simulation> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final NewestAnswer answers;

    public SimulatorModel(EditorState editor, CompletableFuture<Catalog> catalog, BackgroundWork background) {
        this.editor = editor;
        this.catalog = catalog;
        this.answers = new NewestAnswer(background);
        editor.modelProperty().addListener((observable, before, after) -> modelChanged());
        editor.selection().addListener((javafx.collections.SetChangeListener<String>) change -> selectionChanged());
        refreshPrincipals();
        selectionChanged();
    }

    /** A single user or role selected becomes the request's principal. */
    private void selectionChanged() {
        editor.onlySelected().flatMap(id -> editor.model().entity(id)).filter(e -> e.kind().isIamPrincipal())
                .ifPresent(e -> principal.set(e.id()));
    }

    /** The principals follow the model; an answer is decided again, or cleared when its principal is gone. */
    private void modelChanged() {
        refreshPrincipals();
        if (result.get() == null && !busy.get()) {
            return;
        }
        String who = principal.get();
        if (who != null && editor.model().entity(who).isPresent()) {
            simulate();
        } else {
            answers.forget();
            busy.set(false);
            result.set(null);
            problem.set("");
            principal.set(null);
        }
    }

    /**
     * How the principal with this id reads in the list: its name and kind ("alice (user)"), with its account when
     * another principal has the same name; its id when the model holds no such entity.
     */
    public String principalName(String id) {
        if (id == null) {
            return "";
        }
        return editor.model().entity(id).map(entity -> {
            boolean namesake = principalsNamed.getOrDefault(entity.name(), 0) > 1;
            return entity.name() + " (" + dev.iammodeller.diagram.KindLooks.of(entity.kind()).word()
                    + (namesake && entity.account() != null ? ", account " + entity.account() : "") + ")";
        }).orElse(id);
    }

    /** The ARN of the principal with this id, or "" (what its row says on hover). */
    public String principalArn(String id) {
        return id == null ? "" : editor.model().entity(id).map(e -> e.arn() == null ? "" : e.arn()).orElse("");
    }

    private void refreshPrincipals() {
        List<String> ids = new ArrayList<>();
        principalsNamed.clear();
        for (Entity entity : editor.model().entities().values()) {
            if (entity.kind().isIamPrincipal()) {
                ids.add(entity.id());
                principalsNamed.merge(entity.name(), 1, Integer::sum);
            }
        }
        if (!ids.equals(principals)) {
            principals.setAll(ids);
        }
    }

    /** Decides the request in the background; the answer arrives in {@link #resultProperty()}. */
    public void simulate() {
        IamModel model = editor.model();
        String who = principal.get();
        String what = action.get() == null ? "" : action.get().trim();
        String on = resource.get() == null || resource.get().isBlank() ? "*" : resource.get().trim();
        if (who == null || model.entity(who).isEmpty()) {
            problem.set("Choose a user or role of the model.");
            return;
        }
        if (what.isEmpty() || !what.contains(":")) {
            problem.set("Give an action as service:Action, such as s3:GetObject.");
            return;
        }
        String unknown = unknownAction(what);
        if (unknown != null) {
            answers.forget();
            busy.set(false);
            result.set(null);
            problem.set(unknown);
            return;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        context.forEach(entry -> {
            if (entry.key() != null && !entry.key().isBlank()) {
                keys.put(entry.key().trim(), entry.value() == null ? "" : entry.value());
            }
        });
        problem.set("");
        busy.set(true);
        answers.run(() -> Simulation.run(new AccessCheck(model), who, what, on, keys), answer -> {
            busy.set(false);
            result.set(answer);
        }, failure -> {
            busy.set(false);
            result.set(null);
            problem.set("Could not simulate: " + failure.getMessage());
        });
    }

    /**
     * Why AWS has no such action, with the nearest names it has ("did you mean"), or null when it is one
     * (or has wildcards, or the catalogue is still loading).
     */
    private String unknownAction(String what) {
        Catalog loaded = catalog.getNow(null);
        if (loaded == null || what.contains("*") || what.contains("?") || loaded.action(what).isPresent()) {
            return null;
        }
        List<String> nearest = loaded.closestActions(what, 3);
        return what + " is not an action AWS has" + (nearest.isEmpty() ? "."
                : ": did you mean " + String.join(", ", nearest) + "?");
    }

    /** Catalogue actions that start with (then contain) what is typed, once the catalogue is loaded. */
    public List<String> actionSuggestions(String typed) {
        Catalog loaded = catalog.getNow(null);
        if (loaded == null || typed == null || typed.isBlank()) {
            return List.of();
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (boolean prefix : new boolean[] {true, false}) {
            for (Action each : loaded.actions()) {
                String name = each.fullName();
                String candidate = name.toLowerCase(Locale.ROOT);
                if (prefix ? candidate.startsWith(lower) : candidate.contains(lower)) {
                    out.add(name);
                    if (out.size() >= SUGGESTIONS) {
                        return new ArrayList<>(out);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** ARNs of the model (resources and their objects, users, roles, compute) that contain what is typed. */
    public List<String> resourceSuggestions(String typed) {
        String lower = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (Entity entity : editor.model().entities().values()) {
            if (entity.arn() == null) {
                continue;
            }
            List<String> arns = new ArrayList<>(List.of(entity.arn()));
            if (entity instanceof Resource r && "s3:bucket".equals(r.type())) {
                arns.add(entity.arn() + "/*");
            }
            for (String arn : arns) {
                if (arn.toLowerCase(Locale.ROOT).contains(lower) && out.size() < SUGGESTIONS) {
                    out.add(arn);
                }
            }
        }
        return out;
    }

    /** The condition keys the chosen action takes, then AWS's global keys, that contain what is typed. */
    public List<String> keySuggestions(String typed) {
        Catalog loaded = catalog.getNow(null);
        if (loaded == null) {
            return List.of();
        }
        String lower = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
        Set<String> keys = new LinkedHashSet<>();
        loaded.action(action.get() == null ? "" : action.get().trim()).ifPresent(a -> keys.addAll(a.conditionKeys()));
        loaded.globalConditionKeys().stream().map(ConditionKey::name).forEach(keys::add);
        return keys.stream().filter(k -> k.toLowerCase(Locale.ROOT).contains(lower)).limit(SUGGESTIONS).toList();
    }

    public ObservableList<String> principals() {
        return principals;
    }

    public StringProperty principalProperty() {
        return principal;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty resourceProperty() {
        return resource;
    }

    public ObservableList<ContextEntry> context() {
        return context;
    }

    public ReadOnlyObjectProperty<Simulation> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
