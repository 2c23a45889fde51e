package dev.iammodeller.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.export.ExportFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export…'s dialog: every format, the ones not yet written disabled, options only where they apply. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final ExportSettings settings = new ExportSettings(selection);
    private ExportDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialog = new ExportDialog(stage, settings);
        dialog.dialog().show();
    }

    @Test
    void everyFormatIsAChoiceAndClickingOneChoosesIt(FxRobot robot) {
        for (ExportFormat format : ExportFormat.values()) {
            RadioButton choice = lookup("#export-format-" + format.word(), RadioButton.class);
            assertEquals(!format.available(), choice.isDisable(), format.word());
            assertEquals(ExportSettings.label(format), choice.getText());
        }
        robot.clickOn(lookup("#export-format-terraform", RadioButton.class));
        assertEquals(ExportFormat.TERRAFORM, settings.formatProperty().get());
        assertTrue(fx(() -> lookup("#export-dark", CheckBox.class).isDisable()), "Terraform has no colours");
        assertTrue(fx(() -> lookup("#export-scale", Node.class).isDisable()), "nor a scale");
        robot.clickOn(lookup("#export-format-dot", RadioButton.class));
        assertFalse(fx(() -> lookup("#export-dark", CheckBox.class).isDisable()));
        assertTrue(fx(() -> lookup("#export-only-selection", CheckBox.class).isDisable()), "nothing selected");
        robot.interact(() -> selection.add("alice"));
        assertFalse(fx(() -> lookup("#export-only-selection", CheckBox.class).isDisable()));
        robot.clickOn(lookup("#export-only-selection", CheckBox.class));
        assertTrue(settings.onlySelectionProperty().get());
        robot.interact(() -> dialog.dialog().close());
    }

    private <T extends Node> T lookup(String query, Class<T> type) {
        return type.cast(dialog.dialog().getDialogPane().lookup(query));
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
