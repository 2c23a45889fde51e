package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.app.work.FxBackgroundWork;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 12: at 1280 × 800 the palette cut "Organizational …"; every kind must read whole. */
@ExtendWith(ApplicationExtension.class)
class SmallWindowCutsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private MainWindow show(FxRobot robot, int width, int height) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, new FxBackgroundWork());
            Scene scene = new Scene(window[0].root(), width, height);
            scene.getStylesheets().add(getClass().getResource("/app/iam-modeller.css").toExternalForm());
            scene.getStylesheets().add(getClass().getResource("/app/live-evaluator.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    @Test
    void everyPaletteEntryReadsWholeAt1280x800(FxRobot robot) {
        show(robot, 1280, 800);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            for (Node entry : robot.lookup(".palette-entry").queryAll()) {
                for (Node node : entry.lookupAll(".palette-label")) {
                    Labeled label = (Labeled) node;
                    for (Node child : label.getChildrenUnmodifiable()) {
                        if (child instanceof Text shown && !shown.getText().replace('\n', ' ').equals(label.getText())) {
                            cut.add("\"" + label.getText() + "\" shown as \"" + shown.getText() + "\"");
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), cut);
    }
}
