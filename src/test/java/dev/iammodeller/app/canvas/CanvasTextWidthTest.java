package dev.iammodeller.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A line measured character by character is as wide as the same line laid out whole, spaces and all. */
@ExtendWith(ApplicationExtension.class)
class CanvasTextWidthTest {
    @Test
    void aLineIsAsWideAsItsCharactersSideBySide(FxRobot robot) {
        robot.interact(() -> {
            for (String line : new String[] {"AWS Security Token Service", "read-exports-from-vendor-network",
                    "WWW mmm iii", "Überweisung · Ærø", "a  b"}) {
                for (boolean bold : new boolean[] {true, false}) {
                    Text whole = new Text(line);
                    whole.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, 13));
                    assertEquals(whole.getLayoutBounds().getWidth(), CanvasTextWidth.INSTANCE.of(line, 13, bold), 1.0,
                            line + (bold ? " bold" : ""));
                }
            }
        });
    }
}
