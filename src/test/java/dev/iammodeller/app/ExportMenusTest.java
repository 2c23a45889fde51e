package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.io.export.ExportFormat;
import dev.iammodeller.model.IamModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What leaves the window: File › Export…, Page Setup, Print, Edit › Copy as Image, and policies on Ctrl+C. */
@ExtendWith(ApplicationExtension.class)
class ExportMenusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private MainWindow window;
    private FxRobot robot;
    private CanvasWindowFixture ui;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
    }

    @Test
    void theMenusOfferExportPrintAndCopyAsImageDisabledWhileTheCanvasIsEmpty(FxRobot robot) {
        open(robot);
        assertEquals("Shortcut+E", accelerator("menu-export"));
        assertEquals("Shortcut+P", accelerator("menu-print"));
        assertEquals("Shift+Shortcut+C", accelerator("menu-copy-image"));
        assertTrue(fx(() -> menuItem("menu-page-setup") != null));
        for (String id : List.of("menu-export", "menu-print", "menu-copy-image")) {
            assertFalse(fx(() -> menuItem(id).isDisable()), id);
        }
        robot.interact(() -> window.open(IamModel.EMPTY, null));
        assertTrue(fx(() -> menuItem("menu-print").isDisable()), "nothing to print");
        assertTrue(fx(() -> menuItem("menu-copy-image").isDisable()), "nothing to copy");
        assertFalse(fx(() -> menuItem("menu-export").isDisable()), "an empty model still exports (empty files)");
    }

    @Test
    void ctrlCPutsTheSelectedPoliciesOnTheClipboardAndStillCopiesTheNodesForPaste(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn(ui.centreOf("report-logger"));
        robot.press(KeyCode.SHIFT).clickOn(ui.centreOf("CloudWatchFullAccess")).clickOn(ui.centreOf("alice"))
                .release(KeyCode.SHIFT);
        assertEquals(Set.of("report-logger", "CloudWatchFullAccess", "alice"), fx(() -> Set.copyOf(window.editor().selection())));
        ui.shortcut(KeyCode.C);
        JsonNode copied = JSON.readTree(fx(() -> Clipboard.getSystemClipboard().getString()));
        List<String> keys = new ArrayList<>();
        copied.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("managed policy CloudWatchFullAccess", "trust policy of role report-logger"), keys,
                "alice holds no policy; one object keyed by what each is");
        assertEquals("lambda.amazonaws.com", copied.path("trust policy of role report-logger").path("Statement").path(0)
                .path("Principal").path("Service").asText());
        assertEquals("Copied 2 policies as one JSON object keyed by what each is", status());

        ui.shortcut(KeyCode.V);
        assertTrue(fx(() -> window.editor().model().entities().containsKey("alice-copy")), "paste still pastes the nodes");
    }

    @Test
    void ctrlCOnNodesWithoutPoliciesLeavesTheClipboardAsItWas(FxRobot robot) {
        open(robot);
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "from elsewhere")));
        robot.clickOn(ui.centreOf("alice"));
        ui.shortcut(KeyCode.C);
        assertEquals("from elsewhere", fx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void copyAsImagePutsTheSelectionAsAPictureOnTheClipboard(FxRobot robot) {
        open(robot);
        robot.clickOn(ui.centreOf("alice"));
        ui.shortcut(KeyCode.SHIFT, KeyCode.C);
        Image image = fx(() -> Clipboard.getSystemClipboard().getImage());
        Rect alice = fx(() -> window.canvas().drawing().shape("alice"));
        assertEquals((alice.width() + 48) * 2, image.getWidth(), 2, "her node and a margin, at twice 100 %");
        assertEquals((alice.height() + 48) * 2, image.getHeight(), 2);
        assertTrue(distinctColours(image) > 4, "the node is drawn, not a blank rectangle");
        assertTrue(status().startsWith("Copied the selection as an image of"), status());

        robot.interact(() -> window.editor().select(List.of()));
        robot.interact(() -> menuItem("menu-copy-image").fire());
        Image whole = fx(() -> Clipboard.getSystemClipboard().getImage());
        assertTrue(whole.getWidth() > image.getWidth() * 2, "nothing selected: the whole diagram");
    }

    @Test
    void exportWritesTheFileTheChooserReturnedOffTheFxThread(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            window.exporting().settings().formatProperty().set(ExportFormat.MERMAID);
            window.exporting().exportTo(folder.resolve("scenario"));
        });
        Path written = folder.resolve("scenario.mmd");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fx(() -> window.exportJob().busyProperty().get()));
        String text = Files.readString(written);
        assertTrue(text.contains("\nflowchart"), text);
        assertTrue(text.contains("\"report-logger"), "the role's label is quoted");
        assertEquals("Exported mermaid to " + written, status());
        assertEquals(folder, fx(() -> window.preferences().lastExportFolder().orElseThrow()));
    }

    private void open(FxRobot robot) {
        this.robot = robot;
        ui = CanvasWindowFixture.of(window, robot);
        ui.open(CanvasWindowFixture.example("01-group-vs-service-role.iam.json"));
    }

    private String status() {
        return fx(() -> ((Label) robot.lookup("#status-bar").queryAs(HBox.class).getChildren().get(0)).getText());
    }

    private String accelerator(String id) {
        return fx(() -> menuItem(id).getAccelerator().getName().replace("Ctrl", "Shortcut"));
    }

    private MenuItem menuItem(String id) {
        for (Menu menu : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        return null;
    }

    private static int distinctColours(Image image) {
        Set<Integer> colours = new java.util.HashSet<>();
        var pixels = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        return colours.size();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
