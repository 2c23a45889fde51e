package dev.iammodeller.app.theme;

import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A dialog or window wears its owner's theme: the owner's stylesheets and, when the owner is in the dark theme,
 * the {@code dark} style class on its own root (its scene is not under the owner's root, so the owner's
 * {@code .root.dark} rules would not reach it).
 */
public final class OwnersTheme {
    /** The style class of the dark theme, on the main window's root. */
    public static final String DARK = "dark";

    private OwnersTheme() {
    }

    /** The dialog takes its owner's theme (call after {@code initOwner}). */
    public static <T extends Dialog<?>> T on(T dialog) {
        on(dialog.getDialogPane(), dialog.getOwner());
        return dialog;
    }

    /** The root of a window's scene (or a dialog's pane) takes the theme of {@code owner}. */
    public static void on(Parent root, Window owner) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        for (String sheet : owner.getScene().getStylesheets()) {
            if (!root.getStylesheets().contains(sheet)) {
                root.getStylesheets().add(sheet);
            }
        }
        boolean dark = owner.getScene().getRoot().getStyleClass().contains(DARK);
        if (dark && !root.getStyleClass().contains(DARK)) {
            root.getStyleClass().add(DARK);
        } else if (!dark) {
            root.getStyleClass().remove(DARK);
        }
    }
}
