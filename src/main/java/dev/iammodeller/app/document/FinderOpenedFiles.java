package dev.iammodeller.app.document;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Files the system hands to the running application. On Linux and Windows a double-clicked model file
 * arrives as the launcher's first argument ({@link StartupOptions}); on macOS, Finder sends it as an Apple
 * event instead (at launch as well as later), which only AWT's {@link Desktop} receives. AWT queues such
 * events until a handler is set, so setting it once the window is built loses none.
 */
public final class FinderOpenedFiles {
    private FinderOpenedFiles() {
    }

    /** Whether the system of this name hands files over as events (macOS) rather than as arguments. */
    static boolean arriveAsEvents(String osName) {
        return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /**
     * On macOS, opens each file Finder hands over with {@code open}, on the FX thread; elsewhere (or where AWT
     * cannot take such events) does nothing. True when the handler was set.
     */
    public static boolean listen(Consumer<Path> open) {
        if (!arriveAsEvents(System.getProperty("os.name"))) {
            return false;
        }
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            Desktop.getDesktop().setOpenFileHandler(event -> hand(event.getFiles(), open));
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false; // headless, or no AWT in this runtime: File › Open and dropping files still work
        }
    }

    static void hand(List<File> files, Consumer<Path> open) {
        for (File file : files) {
            Path path = file.toPath();
            Platform.runLater(() -> open.accept(path));
        }
    }
}
