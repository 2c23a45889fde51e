package dev.iammodeller.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.AddEntity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The autosave writes a recovery copy off the FX thread; a run that ends without saving leaves it, and
 * the next start offers it back. A bad file on the command line opens the window with its problems.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {
    @TempDir
    Path home;

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    /** Background work on another thread, results on the FX thread, as in the application. */
    private final BackgroundWork background = new BackgroundWork() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            pool.execute(() -> {
                try {
                    T result = work.get();
                    Platform.runLater(() -> onResult.accept(result));
                } catch (RuntimeException e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        }
    };

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new BorderPane(), 800, 500));
        stage.show();
    }

    /** TestFX hands every test class the same primary stage: leave its title free for the next. */
    @AfterEach
    void release() throws Exception {
        pool.shutdownNow();
        WaitForAsyncUtils.asyncFx(() -> stage.titleProperty().unbind()).get(10, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> made) throws Exception {
        return WaitForAsyncUtils.asyncFx(made).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the dialog holding {@code id} is on screen. */
    private static void shown(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).match(node -> node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DocumentSetup setup(long processId) {
        return new DocumentSetup(new FxDocumentDialogs(stage), new ScriptedFiles(), new UserFolder(home),
                Duration.millis(200), processId, () -> { });
    }

    @Test
    void theAutosaveCopyOfACrashedRunIsOfferedAndRestoredAsUnsaved(FxRobot robot) throws Exception {
        Path file = home.resolve("models/estate.iam.json");
        IamModel onDisk = ExampleModels.load(ExampleModels.first());
        ModelFile.write(onDisk, file);

        // The first run: opens the file, edits it, and "crashes" (its process is gone: RecoveryTest.ENDED).
        EditorState first = new EditorState(IamModel.EMPTY);
        DocumentActions crashed = onFx(() -> new DocumentActions(stage, first, background,
                setup(RecoveryTest.ENDED)));
        robot.interact(() -> crashed.start(new StartupOptions(file, null)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(first.fileProperty().get()));
        robot.interact(() -> first.submit(new AddEntity(new Group("g-new", "111111111111", "auditors", "/"),
                new Layout.Point(10, 10))));
        IamModel edited = first.model();
        Path copy = new Recovery(new UserFolder(home).recovery(), RecoveryTest.ENDED).copyFor(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isRegularFile(copy));
        assertEquals(edited, ModelFile.read(copy), "the copy is the unsaved model");

        // The next run offers it back.
        EditorState next = new EditorState(IamModel.EMPTY);
        DocumentActions restarted = onFx(() -> new DocumentActions(stage, next, background,
                setup(ProcessHandle.current().pid())));
        Platform.runLater(() -> restarted.start(StartupOptions.NONE));
        shown(robot, "#recovery-restore");
        robot.clickOn("#recovery-restore");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> edited.equals(next.model()));
        assertTrue(next.unsavedProperty().get(), "restored changes are unsaved");
        assertEquals(file, next.fileProperty().get(), "and belong to their file: Save writes there");
        robot.interact(next::undo);
        assertEquals(onDisk, next.model(), "Undo shows the file as it is on disk");
        robot.interact(next::redo);
        assertEquals(edited, next.model());
        Path own = new Recovery(new UserFolder(home).recovery(), ProcessHandle.current().pid()).copyFor(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isRegularFile(own));
        assertEquals(List.of(), new Recovery(new UserFolder(home).recovery(), 42).leftovers().stream()
                .filter(l -> !l.copy().equals(own)).toList());
        robot.interact(() -> crashed.autosave().stop());
    }

    @Test
    void discardRemovesTheCopyAndSavingRemovesTheOwnCopy(FxRobot robot) throws Exception {
        Path recovery = new UserFolder(home).recovery();
        new Recovery(recovery, RecoveryTest.ENDED).write(ExampleModels.load(ExampleModels.all().get(4)), null, () -> true);
        EditorState state = new EditorState(IamModel.EMPTY);
        DocumentActions actions = onFx(() -> new DocumentActions(stage, state, background,
                setup(ProcessHandle.current().pid())));
        Platform.runLater(() -> actions.start(StartupOptions.NONE));
        shown(robot, "#recovery-discard");
        robot.clickOn("#recovery-discard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ExampleModels.load(ExampleModels.first()).equals(state.model()));
        assertEquals(List.of(), new Recovery(recovery, 42).leftovers());

        robot.interact(() -> state.submit(new AddEntity(new Group("g-new", "111111111111", "auditors", "/"), null)));
        Path own = new Recovery(recovery, ProcessHandle.current().pid()).copyFor(null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isRegularFile(own));
        robot.interact(state::undo);
        assertFalse(Files.exists(own), "nothing unsaved: no copy");
        robot.interact(() -> actions.autosave().stop());
    }

    @Test
    void aBadFileOnTheCommandLineOpensTheWindowWithItsProblemsAndANewModel(FxRobot robot) throws Exception {
        Path bad = Files.writeString(home.resolve("bad.iam.json"), "{\n  \"format\": \"iam-modeller/1\",\n  \"title\": \n");
        EditorState state = new EditorState(IamModel.EMPTY);
        DocumentActions actions = onFx(() -> {
            DocumentActions made = new DocumentActions(stage, state, background, setup(ProcessHandle.current().pid()));
            stage.setScene(new Scene(new BorderPane(null, new MenuBar(made.fileMenu()), null, null, null), 800, 500));
            made.install(stage.getScene());
            return made;
        });
        long openings = state.openingsProperty().get();
        Platform.runLater(() -> actions.start(new StartupOptions(bad, null)));
        shown(robot, "#problem-list");
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#problem-list").queryAs(ListView.class);
        assertTrue(problems.getItems().get(0).startsWith("line 4, column 1 "), problems.getItems().toString());
        robot.clickOn("#problems-ok");
        assertTrue(stage.isShowing());
        assertEquals(dev.iammodeller.diagram.NewEntities.blankModel(), state.model(), "as File › New: an account to draw in");
        assertEquals(openings + 1, state.openingsProperty().get(), "opened, so the window's start is over (C2 let in)");
        assertEquals("Untitled — IAM Modeller", stage.getTitle());
        robot.interact(() -> actions.autosave().stop());
    }
}
