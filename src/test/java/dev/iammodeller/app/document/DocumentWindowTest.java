package dev.iammodeller.app.document;

import dev.iammodeller.app.work.CurrentThreadWork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.AddEntity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
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
 * The File menu in a real window, headless: examples, save and reopen, the unsaved-changes question,
 * the title, a broken file, recent files and Quit. Dialogs are the real ones, answered by their ids.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentWindowTest {
    /** Runs the work at once, on the thread that asks (the FX thread). */
    static final BackgroundWork NOW = new dev.iammodeller.app.work.CurrentThreadWork();

    @TempDir
    Path home;

    private Stage stage;
    private EditorState state;
    private DocumentActions actions;
    private final ScriptedFiles files = new ScriptedFiles();
    private int exits;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new EditorState(IamModel.EMPTY);
        DocumentSetup setup = new DocumentSetup(new FxDocumentDialogs(stage), files, new UserFolder(home),
                Duration.minutes(1), ProcessHandle.current().pid(), () -> exits++);
        actions = new DocumentActions(stage, state, NOW, setup);
        MenuBar bar = new MenuBar(actions.fileMenu());
        bar.setId("menu-bar");
        Scene scene = new Scene(new BorderPane(null, bar, null, null, null), 900, 600);
        stage.setScene(scene);
        actions.install(scene);
        stage.show();
    }

    /** TestFX hands every test class the same primary stage: leave its title free for the next. */
    @AfterEach
    void release() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.titleProperty().unbind()).get(10, TimeUnit.SECONDS);
    }

    private static IamModel example(int index) {
        return ExampleModels.load(ExampleModels.all().get(index));
    }

    private void edit(FxRobot robot) {
        robot.interact(() -> assertTrue(state.submit(new AddEntity(
                new Group("g-new", "111111111111", "auditors", "/"), new Layout.Point(40, 40))).isEmpty()));
    }

    private Menu fileMenu(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0);
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void openExampleFromTheMenuShowsItsNameInTheTitle(FxRobot robot) {
        robot.clickOn("#menu-file").clickOn("#menu-open-example").clickOn("#example-01-group-vs-service-role");
        assertEquals(example(0), state.model());
        assertEquals(null, state.fileProperty().get(), "an example is not a file of the user's: Save asks where");
        assertFalse(state.unsavedProperty().get());
        assertEquals("Group permissions versus a service role — IAM Modeller", stage.getTitle());
        List<String> ids = item(fileMenu(robot), "menu-open-example") instanceof Menu examples
                ? examples.getItems().stream().map(MenuItem::getId).toList() : List.of();
        assertEquals(ExampleModels.all().size(), ids.size());
        assertTrue(ids.contains("example-10-compute-acts-with-a-role"));
    }

    @Test
    void saveThenReopenGivesTheSameModel(FxRobot robot) throws Exception {
        robot.interact(() -> actions.openExample(ExampleModels.all().get(3)));
        edit(robot);
        assertTrue(stage.getTitle().startsWith("• "), "unsaved mark: " + stage.getTitle());
        Path file = home.resolve("models/freelancer");
        files.toSave.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Path saved = home.resolve("models/freelancer").toAbsolutePath();
        assertEquals("a-freelancer-who-may-test-debug-and-deploy-some-lambda-functions.iam.json", files.suggested);
        assertTrue(Files.isRegularFile(saved), "Save with no file asks where (Save As) and writes there");
        assertEquals(saved, state.fileProperty().get());
        assertFalse(state.unsavedProperty().get());
        assertEquals("freelancer — IAM Modeller", stage.getTitle());
        IamModel before = state.model();

        robot.clickOn("#menu-file").clickOn("#menu-new");
        assertEquals(dev.iammodeller.diagram.NewEntities.blankModel(), state.model());
        assertEquals("Untitled — IAM Modeller", stage.getTitle());
        files.toOpen.add(saved);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        assertEquals(before, state.model());
        assertEquals(saved, state.fileProperty().get());
        assertFalse(state.unsavedProperty().get());
    }

    @Test
    void saveAsAddsTheExtensionAndSaveWritesToTheSameFileAgain(FxRobot robot) throws Exception {
        assertEquals(Path.of("/m/estate.iam.json"), FxFileChoice.withExtension(Path.of("/m/estate")));
        assertEquals(Path.of("/m/estate.iam.json"), FxFileChoice.withExtension(Path.of("/m/estate.json")));
        Path file = home.resolve("estate.iam.json");
        files.toSave.add(file);
        robot.interact(() -> actions.openExample(ExampleModels.all().get(0)));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(ModelFile.toJson(example(0)), Files.readString(file));
        edit(robot);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertEquals(state.model(), ModelFile.read(file));
        assertEquals("estate.iam.json — IAM Modeller", stage.getTitle());
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsTheModel(FxRobot robot) {
        robot.interact(() -> actions.openExample(ExampleModels.all().get(0)));
        edit(robot);
        IamModel edited = state.model();
        robot.clickOn("#menu-file").clickOn("#menu-new");
        assertTrue(robot.lookup("#save-changes-dialog").tryQuery().isPresent(), "New asks about the unsaved changes");
        robot.clickOn("#cancel-save");
        assertEquals(edited, state.model());
        assertTrue(state.unsavedProperty().get());
        assertTrue(stage.getTitle().startsWith("• "));

        robot.clickOn("#menu-file").clickOn("#menu-new");
        robot.clickOn("#dont-save");
        assertEquals(dev.iammodeller.diagram.NewEntities.blankModel(), state.model());
        assertFalse(state.unsavedProperty().get());
    }

    @Test
    void answeringSaveSavesFirst(FxRobot robot) throws Exception {
        Path file = home.resolve("kept.iam.json");
        files.toSave.add(file);
        robot.interact(() -> actions.openExample(ExampleModels.all().get(0)));
        edit(robot);
        IamModel edited = state.model();
        robot.clickOn("#menu-file").clickOn("#menu-new");
        robot.clickOn("#save-changes");
        assertEquals(edited, ModelFile.read(file));
        assertEquals(dev.iammodeller.diagram.NewEntities.blankModel(), state.model());
    }

    @Test
    void aBrokenFileIsShownWithLineAndColumnAndTheModelStays(FxRobot robot) throws Exception {
        robot.interact(() -> actions.openExample(ExampleModels.all().get(0)));
        IamModel before = state.model();
        String text = ModelFile.toJson(before).replaceFirst("\"name\": \"alice\"", "\"name\": 42");
        Path broken = Files.writeString(home.resolve("broken.iam.json"), text);
        files.toOpen.add(broken);
        robot.clickOn("#menu-file").clickOn("#menu-open");
        assertTrue(robot.lookup("#problems-dialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#problem-list").queryAs(ListView.class);
        assertEquals(1, problems.getItems().size(), problems.getItems().toString());
        String problem = problems.getItems().get(0);
        assertTrue(problem.startsWith("line 16, column 15 ($.entities[1].name) structure: "), problem);
        robot.clickOn("#problems-ok");
        assertEquals(before, state.model());
        assertEquals(null, state.fileProperty().get());
        assertTrue(actions.recentFiles().files().isEmpty(), "a file that did not open is not recent");
    }

    @Test
    void recentFilesNewestFirstKeptAndGoneFilesGreyedOut(FxRobot robot) throws Exception {
        Path a = home.resolve("a.iam.json");
        Path b = home.resolve("b.iam.json");
        ModelFile.write(example(0), a);
        ModelFile.write(example(1), b);
        robot.interact(() -> actions.open(a));
        robot.interact(() -> actions.open(b));
        assertEquals(List.of(b, a), actions.recentFiles().files());
        assertEquals(List.of(b, a), new RecentFiles(new UserFolder(home).recentFiles()).files(), "kept for the next run");

        // Across to the submenu's first row, then down: a diagonal would pass over Open Example.
        robot.clickOn("#menu-file").moveTo("#menu-open-recent").moveTo("#recent-1").clickOn("#recent-2");
        assertEquals(example(0), state.model());
        assertEquals(List.of(a, b), actions.recentFiles().files());

        Files.delete(b);
        robot.clickOn("#menu-file").moveTo("#menu-open-recent").moveTo("#recent-1");
        Menu recent = (Menu) item(fileMenu(robot), "menu-open-recent");
        assertTrue(item(recent, "recent-2").isDisable(), "a file that is gone is greyed out");
        assertFalse(item(recent, "recent-1").isDisable());
        robot.moveTo("#recent-2").clickOn("#recent-clear");
        assertEquals(List.of(), actions.recentFiles().files());
        assertEquals(List.of(), new RecentFiles(new UserFolder(home).recentFiles()).files());
    }

    @Test
    void quitWithUnsavedChangesAsksThenEnds(FxRobot robot) {
        robot.interact(() -> actions.openExample(ExampleModels.all().get(0)));
        edit(robot);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        robot.clickOn("#cancel-save");
        assertEquals(0, exits);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        robot.clickOn("#dont-save");
        assertEquals(1, exits);
    }

    @Test
    void aDroppedModelOpensAndADroppedExportIsImported(FxRobot robot) throws Exception {
        Path a = home.resolve("dropped.iam.json");
        ModelFile.write(example(2), a);
        robot.interact(() -> new FileDrop(actions, actions.activity()).take(DroppedFiles.of(List.of(a)).orElseThrow()));
        assertEquals(example(2), state.model());
        Path export = Path.of(getClass().getResource("/authz-details/test_files_example_authz_v2.json").toURI());
        robot.interact(() -> new FileDrop(actions, actions.activity()).take(DroppedFiles.of(List.of(export)).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.model().all(User.class).isEmpty());
        assertEquals(null, state.fileProperty().get());
        assertTrue(actions.activity().messageProperty().get().startsWith("Imported "), actions.activity().messageProperty().get());
        assertNotEquals(example(2), state.model());
    }

    @Test
    void importFromTheMenuAndARefusedExportLeavesTheModel(FxRobot robot) throws Exception {
        Path export = Path.of(getClass().getResource("/authz-details/test_files_example_authz_v2.json").toURI());
        files.toImport.add(List.of(export));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !state.model().all(User.class).isEmpty());
        IamModel imported = state.model();
        assertFalse(actions.activity().busyProperty().get());
        assertTrue(state.unsavedProperty().get(), "an import exists nowhere else until saved");
        assertTrue(stage.getTitle().startsWith("• AWS account "), stage.getTitle());

        Path notAnExport = Files.writeString(home.resolve("other.json"), "{\n  \"Users\": 3\n}\n");
        files.toImport.add(List.of(notAnExport));
        robot.clickOn("#menu-file").clickOn("#menu-import");
        robot.clickOn("#dont-save");
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#problem-list").queryAs(ListView.class);
        assertTrue(problems.getItems().get(0).startsWith("other.json: line ") || problems.getItems().get(0).contains("other.json"),
                problems.getItems().toString());
        robot.clickOn("#problems-ok");
        assertEquals(imported, state.model());
    }

    @Test
    void anOrganizationFolderImportsFromTheMenuAndAPlainFolderIsRefused(FxRobot robot) throws Exception {
        Path folder = Path.of(getClass().getResource("/organization/example/describe-organization.json").toURI()).getParent();
        files.organizations.add(folder);
        robot.clickOn("#menu-file").clickOn("#menu-import-organization");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !state.model().all(OrganizationRoot.class).isEmpty());
        IamModel imported = state.model();
        assertEquals(4, imported.all(Account.class).size(), "the organization's four accounts");
        assertFalse(imported.all(OrganizationalUnit.class).isEmpty());
        assertTrue(actions.activity().messageProperty().get().startsWith("Imported "), actions.activity().messageProperty().get());

        Path plain = Files.createDirectories(home.resolve("not-an-organization"));
        files.organizations.add(plain);
        robot.clickOn("#menu-file").clickOn("#menu-import-organization");
        robot.clickOn("#dont-save");
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#problem-list").queryAs(ListView.class);
        assertTrue(problems.getItems().get(0).contains("describe-organization.json"), problems.getItems().toString());
        robot.clickOn("#problems-ok");
        assertEquals(imported, state.model());
    }

    @Test
    void theCommandLineSelectsANodeByNameOrArn(FxRobot robot) throws Exception {
        Path file = home.resolve("start.iam.json");
        ModelFile.write(example(0), file);
        robot.interact(() -> actions.start(new StartupOptions(file, "arn:aws:iam::111111111111:user/alice")));
        assertEquals(file, state.fileProperty().get());
        assertEquals(List.of("alice"), List.copyOf(state.selection()));
        robot.interact(() -> actions.select("DEV"));
        assertEquals(List.of("dev"), List.copyOf(state.selection()), "a name, ignoring case when nothing matches exactly");
        robot.interact(() -> actions.select("alicia"));
        assertEquals(List.of("dev"), List.copyOf(state.selection()), "nothing of that name: the selection stays");
        assertEquals("No node is named alicia; did you mean alice (user)?", actions.activity().messageProperty().get());
    }

    @Test
    void theCommandLinesFileReadAheadIsWhatOpens(FxRobot robot) throws Exception {
        Path file = home.resolve("ahead.iam.json");
        ModelFile.write(example(0), file);
        ReadAhead ahead = ReadAhead.start(file);
        assertEquals(example(0), ahead.reading().model());
        ModelFile.write(example(1), file);
        robot.interact(() -> actions.start(new StartupOptions(file, null), ahead));
        assertEquals(example(0), state.model(), "the model read ahead, not read again");
        assertEquals(file, state.fileProperty().get());

        Path other = home.resolve("other.iam.json");
        ModelFile.write(example(2), other);
        robot.interact(() -> actions.start(new StartupOptions(other, null), ahead));
        assertEquals(example(2), state.model(), "a reading of another file is not used");
    }

    @Test
    void withNoFileTheWindowStartsOnTheFirstExample(FxRobot robot) {
        robot.interact(() -> actions.start(StartupOptions.NONE));
        assertEquals(example(0), state.model());
        assertEquals("01-group-vs-service-role", ExampleModels.first().key());
    }
}
