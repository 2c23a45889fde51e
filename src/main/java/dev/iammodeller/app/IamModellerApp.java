package dev.iammodeller.app;

import dev.iammodeller.app.document.ReadAhead;
import dev.iammodeller.app.document.StartupOptions;
import dev.iammodeller.app.work.FxBackgroundWork;
import java.util.List;
import dev.iammodeller.app.document.Preferences;
import dev.iammodeller.app.document.UserFolder;
import dev.iammodeller.app.live.ReachStyling;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window, on the model file the command line names
 * ({@link StartupOptions}). Start it through {@link dev.iammodeller.Launcher}.
 */
public final class IamModellerApp extends Application {
    static final String TITLE = "IAM Modeller";
    /** {@code -Diammodeller.startupTiming=true}: print the milliseconds since the process started at the first window. */
    public static final String STARTUP_TIMING = "iammodeller.startupTiming";

    /** Opens the window; returns when it closes. */
    public static void launchWindow(String[] args) {
        try { // C1 alone while the window starts (ADR 0018); the arguments were checked by Launcher
            dev.iammodeller.io.ShortRunCompilation.tuneWindow(StartupOptions.parse(List.of(args)).fileToOpen());
        } catch (IllegalArgumentException e) {
            // refused by Launcher already; started another way, the window says so itself
        }
        StartupClasses.preload(); // while JavaFX starts, one core waits: it loads what the window will need
        Application.launch(IamModellerApp.class, args);
    }

    /** The command line's model file, read while the window is built once it shows; null when there is none. */
    private ReadAhead readAhead;

    private final UserFolder folder;

    public IamModellerApp() {
        this(UserFolder.standard());
    }

    /** The window keeping its recent files, recovery copies and preferences in {@code folder}. */
    IamModellerApp(UserFolder folder) {
        this.folder = folder;
    }

    @Override
    public void start(Stage stage) {
        // launched by JavaFX (Launcher, mvn javafx:run): the window shows at once; a test builds it in one go
        if (getParameters() != null) { // mvn javafx:run starts here, not in launchWindow (which has told the JVM already)
            dev.iammodeller.io.ShortRunCompilation.tuneWindow(startupOptions().fileToOpen());
        }
        start(stage, getParameters() != null);
    }

    /**
     * Opens the main window. With {@code showFirst}, the window appears at once with a "Loading…" pane, and
     * is built once that pane has been drawn (the catalogue and the example load in the background anyway),
     * so that a slow start is seen to be starting; else it is built and then shown.
     */
    void start(Stage stage, boolean showFirst) {
        boolean timing = Boolean.getBoolean(STARTUP_TIMING);
        if (timing) {
            reportStartup("JavaFX started");
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, event -> reportStartup("first window shown"));
        }
        Preferences preferences = Preferences.of(folder);
        double[] sceneSize = WindowPlacement.sceneSize(preferences);
        Scene scene = new Scene(placeholder(preferences.dark()), sceneSize[0], sceneSize[1]);
        stage.setScene(scene);
        if (!stage.titleProperty().isBound()) { // a stage reused (by tests) may still show a model's title
            stage.setTitle(TITLE);
        }
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = IamModellerApp.class.getResourceAsStream("/app/icon-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        java.util.concurrent.atomic.AtomicReference<MainWindow> built = new java.util.concurrent.atomic.AtomicReference<>();
        WindowPlacement.apply(stage, preferences, () -> {
            if (built.get() != null) {
                built.get().rememberLayout();
            }
        });
        if (!showFirst) {
            built.set(build(stage, scene, preferences, timing));
            stage.show();
            opened(built.get());
            return;
        }
        stage.show();
        // the command line's file is read meanwhile (not before: the first window would come later)
        startupOptions().fileToOpen().ifPresent(file -> readAhead = ReadAhead.start(file));
        // build once the "Loading…" pane is on its way to the screen: after the first layout pulse
        NextLayoutPulse.then(scene, () -> javafx.application.Platform.runLater(() -> {
            built.set(build(stage, scene, preferences, timing));
            opened(built.get());
        }));
    }

    /**
     * What the window shows while it is being built: the icon and "Loading…", light or dark. No control and
     * no stylesheet: the first control makes JavaFX read its whole default stylesheet, which takes a while.
     */
    private static javafx.scene.Parent placeholder(boolean dark) {
        javafx.scene.text.Text loading = new javafx.scene.text.Text("Loading IAM Modeller…");
        loading.setFont(javafx.scene.text.Font.font(15));
        loading.setFill(javafx.scene.paint.Color.web(dark ? "#d8dde6" : "#3a4250"));
        javafx.scene.layout.VBox column = new javafx.scene.layout.VBox(16);
        column.setAlignment(javafx.geometry.Pos.CENTER);
        var icon = IamModellerApp.class.getResourceAsStream("/app/icon-128.png");
        if (icon != null) {
            column.getChildren().add(new javafx.scene.image.ImageView(new Image(icon)));
        }
        column.getChildren().add(loading);
        column.setId("startup-placeholder");
        column.setBackground(javafx.scene.layout.Background.fill(javafx.scene.paint.Color.web(dark ? "#1f242d" : "#f4f6f9")));
        return column;
    }

    private MainWindow build(Stage stage, Scene scene, Preferences preferences, boolean timing) {
        MainWindow window = new MainWindow(stage, new FxBackgroundWork(), folder, preferences);
        if (timing) {
            window.whenCatalogLoaded(() -> reportStartup("catalogue loaded"));
        }
        scene.getStylesheets().add(IamModellerApp.class.getResource("/app/iam-modeller.css").toExternalForm());
        scene.getStylesheets().add(IamModellerApp.class.getResource(ReachStyling.STYLESHEET).toExternalForm());
        scene.setRoot(window.root());
        window.documents().install(scene);
        if (timing) {
            reportStartup("window built");
            NextLayoutPulse.then(scene, () -> reportStartup("main window laid out"));
            reportModelsDrawn(window, scene);
            var live = window.panels().live();
            boolean[] earlyShown = {false}; // once per model opened: every finding comes while the text still says so
            live.progressProperty().addListener((o, was, now) -> {
                if (now.isEmpty() && !was.isEmpty()) {
                    reportStartup("escalations and findings shown (clock " + System.currentTimeMillis() + ")");
                    earlyShown[0] = false;
                }
            });
            live.findings().addListener((javafx.collections.ListChangeListener<Object>) change -> {
                if (!earlyShown[0] && !live.findings().isEmpty() && live.progressProperty().get().startsWith("Working out")) {
                    earlyShown[0] = true;
                    reportStartup("findings but the escalations shown (clock " + System.currentTimeMillis() + ")");
                }
            });
            window.panels().live().escalatingSoFarProperty().addListener((o, was, now) -> {
                if (was.isEmpty() && !now.isEmpty()) {
                    reportStartup("first escalation badges shown (" + now.size() + "; clock " + System.currentTimeMillis() + ")");
                }
            });
        }
        return window;
    }

    /** The window is on the screen: its dividers, focus, and the file or example of the command line. */
    private void opened(MainWindow window) {
        // the window's start compiles with C1 alone (ShortRunCompilation): C2 is let in once the first model is drawn
        window.editor().openingsProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                window.editor().openingsProperty().removeListener(this);
                NextLayoutPulse.then(window.root().getScene(), dev.iammodeller.io.ShortRunCompilation::windowDrawn);
            }
        });
        window.restoreLayout();
        // the canvas enters the scene with the split pane's skin, made at the first layout; until then the scene would
        // give the keyboard to its first control (the palette's filter): give it to the canvas once laid out
        window.canvas().focus();
        NextLayoutPulse.then(window.root().getScene(), window.canvas()::focus);
        StartupOptions options = startupOptions();
        window.panels().liveCanvas().escalationOfSelectionProperty().set(options.escalation());
        if (options.selection().isPresent()) {
            // --select shows the selection's reach: the reach panel in front
            window.sidePanels().getTabs().stream().filter(tab -> "tab-reach".equals(tab.getId())).findFirst()
                    .ifPresent(tab -> window.sidePanels().getSelectionModel().select(tab));
        }
        if (options.selection().isPresent()) {
            centreOnceSelected(window);
        }
        ReadAhead ahead = readAhead;
        readAhead = null; // read for the first window only, and not kept once opened
        window.documents().start(options, ahead);
        dev.iammodeller.app.document.FinderOpenedFiles.listen(window.documents()::open);
    }

    /**
     * Startup timing: once each model opened (the command line's file first) is drawn, how much is drawn and when
     * (also in milliseconds since the epoch, to time a File › Open from outside).
     */
    private static void reportModelsDrawn(MainWindow window, Scene scene) {
        window.editor().openingsProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                long chosen = window.documents().takeLoadStarted();
                NextLayoutPulse.then(scene, () -> {
                    long now = System.currentTimeMillis();
                    reportStartup("model drawn (" + window.editor().model().entities().size() + " entities, "
                            + window.canvas().shownProperty().get().model().entities().size() + " drawn"
                            + (chosen > 0 ? ", " + (now - chosen) + " ms after its file was chosen" : "")
                            + "; clock " + now + ")");
                });
            }
        });
    }

    private static void reportStartup(String what) {
        var process = ProcessHandle.current().info();
        long started = process.startInstant().map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
        String cpu = process.totalCpuDuration().map(d -> ", " + d.toMillis() + " ms of CPU").orElse("");
        System.err.println("iam-modeller: " + what + " after " + (System.currentTimeMillis() - started) + " ms" + cpu);
    }

    /**
     * --select: once the opened model's node is selected (the file is read in the background), bring it into
     * view (the view moves only when it is not in view already, so an example opened whole stays whole).
     */
    private static void centreOnceSelected(MainWindow window) {
        var selection = window.editor().selection();
        javafx.collections.SetChangeListener<String> once = new javafx.collections.SetChangeListener<>() {
            @Override
            public void onChanged(Change<? extends String> change) {
                if (change.wasAdded()) {
                    selection.removeListener(this);
                    window.canvas().reveal(change.getElementAdded());
                }
            }
        };
        selection.addListener(once);
    }

    /**
     * What the command line asks of the window. The Launcher has refused bad arguments already; started
     * another way ({@code mvn javafx:run}, a test), a bad argument is ignored rather than ending the window.
     */
    StartupOptions startupOptions() {
        Parameters parameters = getParameters();
        List<String> raw = parameters == null ? List.of() : parameters.getRaw();
        try {
            return StartupOptions.parse(raw);
        } catch (IllegalArgumentException e) {
            System.err.println("iam-modeller: " + e.getMessage());
            return StartupOptions.NONE;
        }
    }
}
