package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.compare.ComparisonRow;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Compare With… in the real window: the comparison takes the place of the palette and canvas, leaves the open
 * model as it was, and Close Comparison puts the normal view back; a revision of the open file comes from its git
 * repository.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = CanvasWindowFixture.show(stage);
    }

    @AfterEach
    void unbindTitle() {
        stage.titleProperty().unbind();
    }

    private void waitForComparison(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#comparison-view").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows(FxRobot robot) {
        TableView<ComparisonRow> table = robot.lookup("#comparison-table").queryAs(TableView.class);
        return table.getItems().stream().map(r -> r.change() + " | " + r.subject()).toList();
    }

    @Test
    void anotherFileIsComparedInPlaceOfTheCanvasAndClosingPutsTheCanvasBack(FxRobot robot, @TempDir Path dir) throws Exception {
        IamModel open = CanvasWindowFixture.example("03b-freelancer-pass-any-role.iam.json");
        CanvasWindowFixture.of(window, robot).open(open);
        Path base = dir.resolve("03.iam.json");
        ModelFile.write(CanvasWindowFixture.example("03-freelancer-lambda.iam.json"), base);
        robot.interact(() -> window.comparing().compareWithFile(base));
        waitForComparison(robot);
        assertTrue(robot.lookup("#main-split").tryQuery().isEmpty(), "the comparison shows instead of palette and canvas");
        assertTrue(rows(robot).contains("new path | freelancer"), rows(robot).toString());
        assertTrue(robot.lookup("#comparison-summary").queryLabeled().getText().contains("1 principal gains reach"));
        robot.clickOn("#comparison-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#comparison-view").tryQuery().isEmpty());
        assertTrue(robot.lookup("#main-split").tryQuery().isPresent());
        assertEquals(open, window.editor().model(), "the open model is as it was");
    }

    @Test
    void aGitRevisionOfTheOpenFileIsTheBase(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("estate.iam.json");
        ModelFile.write(CanvasWindowFixture.example("07-provisioning-escalation.iam.json"), file);
        for (String[] command : List.of(new String[] {"init", "-q"}, new String[] {"add", "."},
                new String[] {"-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "07"})) {
            List<String> args = new java.util.ArrayList<>(List.of("git"));
            args.addAll(List.of(command));
            assertEquals(0, new ProcessBuilder(args).directory(dir.toFile()).start().waitFor(), args.toString());
        }
        IamModel fixed = CanvasWindowFixture.example("07b-provisioning-with-boundary.iam.json");
        ModelFile.write(fixed, file);
        robot.interact(() -> window.open(fixed, file));
        robot.interact(() -> window.comparing().compareWithRevision(file, "HEAD"));
        waitForComparison(robot);
        assertEquals(List.of("added | managed policy customer-boundary", "changed | inline policy onboard-customers",
                "closed path | onboard-dev", "closed path | provisioner", "resolved finding | provisioner",
                "changed finding | onboard-dev"), rows(robot));
        assertTrue(robot.lookup(".compare-title").queryLabeled().getText().startsWith("Base: estate.iam.json at HEAD"));
    }
}
