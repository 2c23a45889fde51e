package dev.iammodeller.app;

import dev.iammodeller.app.document.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window's place and size: as it was when last closed (if that place is still on a screen),
 * else most of the primary screen. Kept in the {@link Preferences} when the window closes.
 */
final class WindowPlacement {
    private final Stage stage;
    private final Preferences preferences;
    private Preferences.Bounds normal;

    private WindowPlacement(Stage stage, Preferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
        this.normal = preferences.window().orElse(null);
    }

    /** The size of the scene to make: the remembered one, else 94 % of the primary screen within 1000x700..1680x1050. */
    static double[] sceneSize(Preferences preferences) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return preferences.window().filter(WindowPlacement::onAScreen)
                .map(b -> new double[] {b.width(), b.height()})
                .orElse(new double[] {Math.max(1000, Math.min(1680, screen.getWidth() * 0.94)),
                        Math.max(700, Math.min(1050, screen.getHeight() * 0.94))});
    }

    /**
     * Places the stage where the preferences say (before it is shown), follows its normal (not maximized)
     * bounds, and keeps them with the dividers when it closes ({@code onClose}).
     */
    static void apply(Stage stage, Preferences preferences, Runnable onClose) {
        WindowPlacement placement = new WindowPlacement(stage, preferences);
        preferences.window().filter(WindowPlacement::onAScreen).ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
        });
        stage.setMaximized(preferences.maximized());
        stage.xProperty().addListener((o, was, now) -> placement.follow());
        stage.yProperty().addListener((o, was, now) -> placement.follow());
        stage.widthProperty().addListener((o, was, now) -> placement.follow());
        stage.heightProperty().addListener((o, was, now) -> placement.follow());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
            preferences.setMaximized(stage.isMaximized());
            if (placement.normal != null) {
                preferences.setWindow(placement.normal);
            }
            onClose.run();
        });
    }

    private void follow() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.isShowing()) {
            normal = new Preferences.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    /** At least a good corner of the window (its title bar) is on some screen. */
    private static boolean onAScreen(Preferences.Bounds bounds) {
        return Screen.getScreens().stream().map(Screen::getVisualBounds)
                .anyMatch(screen -> screen.intersects(bounds.x(), bounds.y(), Math.min(bounds.width(), 200), 40));
    }
}
