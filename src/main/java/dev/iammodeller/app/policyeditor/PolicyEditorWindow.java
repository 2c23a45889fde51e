package dev.iammodeller.app.policyeditor;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The policy editors of the main window: one window per entity, owned by the main window, opened with
 * {@link #open} or {@link #openAt}. A window whose entity leaves the model closes, unless it holds typed
 * text; closing one with unapplied text asks whether to apply, discard or keep editing.
 */
public final class PolicyEditorWindow implements PolicyEditorLauncher {
    static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private static final String DARK = "dark";

    private final Window owner;
    private final EditorState state;
    private final BackgroundWork background;
    private final Supplier<Catalog> catalog;
    private final Map<String, Stage> open = new LinkedHashMap<>();

    /** @param catalog the AWS catalogue as it loads (lint waits for it; parse errors do not), or null */
    public PolicyEditorWindow(Window owner, EditorState state, BackgroundWork background,
                              CompletableFuture<Catalog> catalog) {
        this.owner = owner;
        this.state = state;
        this.background = background;
        this.catalog = () -> catalog != null && catalog.isDone() && !catalog.isCompletedExceptionally()
                ? catalog.join() : null;
    }

    @Override
    public void open(String entityId) {
        openAt(entityId, 0);
    }

    @Override
    public void openAt(String entityId, int line) {
        Stage stage = open.computeIfAbsent(entityId, this::newStage);
        stage.show();
        stage.toFront();
        if (line > 0) {
            pane(stage).goToLine(line);
        }
    }

    /** The editor of the entity, if one is open. */
    public Optional<PolicyEditorPane> editorOf(String entityId) {
        return Optional.ofNullable(open.get(entityId)).map(PolicyEditorWindow::pane);
    }

    /** Closes every editor, asking about unapplied text; false when the user chose to keep editing. */
    public boolean closeAll() {
        for (Stage stage : new ArrayList<>(open.values())) {
            if (!mayClose(pane(stage).model())) {
                return false;
            }
            stage.hide();
        }
        return true;
    }

    private Stage newStage(String entityId) {
        PolicyEditorViewModel model = new PolicyEditorViewModel(state, entityId, background, catalog);
        PolicyEditorPane pane = new PolicyEditorPane(model);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.titleProperty().bind(model.titleProperty().map(title -> PolicyEditorPane.capitalised(title) + " — IAM Modeller"));
        Scene scene = new Scene(pane.root(), 720, 600);
        scene.getStylesheets().add(PolicyEditorWindow.class.getResource("/app/iam-modeller.css").toExternalForm());
        stage.setScene(scene);
        followTheme(pane);
        stage.setUserData(pane);
        stage.setOnCloseRequest(event -> {
            if (!mayClose(model)) {
                event.consume();
            }
        });
        stage.setOnHidden(event -> {
            model.dispose();
            open.remove(entityId);
        });
        model.goneProperty().addListener((observable, before, gone) -> {
            if (gone && !model.changedProperty().get()) {
                stage.hide();
            }
        });
        return stage;
    }

    /** The editor wears the owner's "dark" style class, as its scene is not under the owner's root. */
    private void followTheme(PolicyEditorPane pane) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        ObservableList<String> ownerClasses = owner.getScene().getRoot().getStyleClass();
        Runnable copy = () -> {
            if (ownerClasses.contains(DARK)) {
                if (!pane.root().getStyleClass().contains(DARK)) {
                    pane.root().getStyleClass().add(DARK);
                }
            } else {
                pane.root().getStyleClass().remove(DARK);
            }
        };
        copy.run();
        ListChangeListener<String> listener = change -> copy.run();
        ownerClasses.addListener(new WeakListChangeListener<>(listener));
        pane.root().getProperties().put(DARK, listener);
    }

    private boolean mayClose(PolicyEditorViewModel model) {
        if (!model.changedProperty().get() || model.goneProperty().get() || model.readOnlyProperty().get()) {
            return true;
        }
        boolean parses = model.textParses();
        Alert ask = parses ? new Alert(Alert.AlertType.CONFIRMATION, "", APPLY, DISCARD, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.CONFIRMATION, "", DISCARD, ButtonType.CANCEL);
        ask.initOwner(open.get(model.entityId()));
        ask.setTitle("Unapplied changes");
        ask.setHeaderText("The " + model.titleProperty().get() + " has changes that are not in the model.");
        ask.setContentText(parses ? "Apply them before closing?"
                : "The text does not parse, so it cannot be applied. Discard it?");
        ask.getDialogPane().setId("policy-close-question");
        dev.iammodeller.app.theme.OwnersTheme.on(ask);
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == APPLY) {
            return model.apply().isEmpty();
        }
        return answer == DISCARD;
    }

    private static PolicyEditorPane pane(Stage stage) {
        return (PolicyEditorPane) stage.getUserData();
    }
}
