package dev.iammodeller.app;

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

    /** Opens the window; returns when it closes. */
    public static void launchWindow(String[] args) {
        Application.launch(IamModellerApp.class, args);
    }

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
        Preferences preferences = Preferences.of(folder);
        MainWindow window = new MainWindow(stage, new FxBackgroundWork(), folder, preferences);
        double[] sceneSize = WindowPlacement.sceneSize(preferences);
        Scene scene = new Scene(window.root(), sceneSize[0], sceneSize[1]);
        scene.getStylesheets().add(IamModellerApp.class.getResource("/app/iam-modeller.css").toExternalForm());
        scene.getStylesheets().add(IamModellerApp.class.getResource(ReachStyling.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = IamModellerApp.class.getResourceAsStream("/app/icon-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        window.documents().install(scene);
        WindowPlacement.apply(stage, preferences, window::rememberLayout);
        stage.show();
        window.restoreLayout();
        window.canvas().focus();
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
        window.documents().start(options);
    }

    /** --select: once the opened model's node is selected (the file is read in the background), centre on it. */
    private static void centreOnceSelected(MainWindow window) {
        var selection = window.editor().selection();
        javafx.collections.SetChangeListener<String> once = new javafx.collections.SetChangeListener<>() {
            @Override
            public void onChanged(Change<? extends String> change) {
                if (change.wasAdded()) {
                    selection.removeListener(this);
                    window.canvas().goTo(change.getElementAdded());
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
