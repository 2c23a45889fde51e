package dev.iammodeller.app.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A dialog wears its owner's stylesheets and, in the dark theme, the dark style class; back to light with it. */
@ExtendWith(ApplicationExtension.class)
class OwnersThemeTest {
    private Stage owner;
    private BorderPane root;

    @Start
    void start(Stage stage) {
        owner = stage;
        root = new BorderPane();
        Scene scene = new Scene(root, 200, 100);
        scene.getStylesheets().add(OwnersThemeTest.class.getResource("/app/iam-modeller.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aDialogFollowsItsOwnersTheme(FxRobot robot) {
        robot.interact(() -> root.getStyleClass().add(OwnersTheme.DARK));
        Alert[] made = new Alert[1];
        robot.interact(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
            alert.initOwner(owner);
            made[0] = OwnersTheme.on(alert);
        });
        assertTrue(made[0].getDialogPane().getStyleClass().contains(OwnersTheme.DARK), "dark with a dark owner");
        assertTrue(made[0].getDialogPane().getStylesheets().containsAll(owner.getScene().getStylesheets()));
        robot.interact(() -> {
            root.getStyleClass().remove(OwnersTheme.DARK);
            OwnersTheme.on(made[0]);
        });
        assertFalse(made[0].getDialogPane().getStyleClass().contains(OwnersTheme.DARK), "light again with a light owner");
    }
}
