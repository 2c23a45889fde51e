package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.MenuItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The menu bar and the canvas's context menu show a shared command with one label and one shortcut. */
class MenuCommandTest {
    @ParameterizedTest
    @EnumSource(MenuCommand.class)
    void bothMenusShowTheSameLabelAndShortcut(MenuCommand command) {
        MenuItem bar = command == MenuCommand.WHO_CAN_REACH ? command.check(true) : command.inMenuBar(() -> { });
        MenuItem context = command == MenuCommand.WHO_CAN_REACH ? command.check(false) : command.inContextMenu(() -> { });
        assertEquals(bar.getText().replace("_", ""), context.getText());
        assertEquals(bar.getAccelerator(), context.getAccelerator());
        assertEquals(bar.getId().substring("menu-".length()), context.getId().substring("ctx-".length()));
    }
}
