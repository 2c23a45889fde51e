package dev.iammodeller.app.inspector;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.policyeditor.PolicyEditorWindow;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Tries the inspector and the policy editor without the canvas: a list of an example's entities stands
 * in for the canvas selection. Run {@code main} from the IDE (test class path), or
 * {@code mvn -q test-compile exec:java}-style with the test class path. Not a test.
 */
public final class InspectorDemo extends Application {
    public static void main(String[] args) {
        launch(InspectorDemo.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        EditorState state = new EditorState(example("/examples/01-group-vs-service-role.iam.json"));
        BackgroundWork background = new BackgroundWork() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
                Thread thread = new Thread(() -> {
                    try {
                        T result = work.get();
                        Platform.runLater(() -> onResult.accept(result));
                    } catch (RuntimeException e) {
                        Platform.runLater(() -> onFailure.accept(e));
                    }
                }, "demo-background");
                thread.setDaemon(true);
                thread.start();
            }
        };
        CompletableFuture<Catalog> catalog = CompletableFuture.supplyAsync(Catalog::load);
        PolicyEditorWindow editors = new PolicyEditorWindow(stage, state, background, catalog);

        ListView<Entity> entities = new ListView<>();
        entities.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        entities.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Entity entity, boolean empty) {
                super.updateItem(entity, empty);
                setText(empty || entity == null ? null : entity.kind().json() + "  " + entity.name());
            }
        });
        Runnable fill = () -> entities.getItems().setAll(state.model().entities().values());
        fill.run();
        state.modelProperty().addListener((observable, before, after) -> fill.run());
        entities.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<Entity>) change -> state.select(
                        entities.getSelectionModel().getSelectedItems().stream().map(Entity::id).toList()));

        Button undo = new Button("Undo");
        undo.disableProperty().bind(state.canUndoProperty().not());
        undo.setOnAction(event -> state.undo());
        Button redo = new Button("Redo");
        redo.disableProperty().bind(state.canRedoProperty().not());
        redo.setOnAction(event -> state.redo());
        InspectorPane inspector = new InspectorPane(state, editors);
        SplitPane split = new SplitPane(entities, inspector.root());
        split.setDividerPositions(0.55);
        stage.setScene(new Scene(new BorderPane(split, new ToolBar(undo, redo), null, null, null), 900, 640));
        stage.setTitle("Inspector demo — IAM Modeller");
        stage.setOnCloseRequest(event -> {
            if (!editors.closeAll()) {
                event.consume();
            }
        });
        stage.show();
        state.select(List.of());
    }

    static IamModel example(String resource) throws Exception {
        try (InputStream in = InspectorDemo.class.getResourceAsStream(resource)) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        }
    }
}
