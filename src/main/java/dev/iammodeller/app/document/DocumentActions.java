package dev.iammodeller.app.document;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The File menu's actions on the editor's model: New, Open, Open Recent, Open Example, Import, Save,
 * Save As, Quit; the unsaved-changes question before anything replaces the model; the autosave and the
 * offer of a crash's unsaved model at start-up. Build the menu with {@link #fileMenu()}, call
 * {@link #install(Scene)} once the window has its scene, and {@link #start(StartupOptions)} once it shows.
 */
public final class DocumentActions {
    private final Stage stage;
    private final EditorState state;
    private final BackgroundWork work;
    private final DocumentSetup setup;
    private final RecentFiles recent;
    private final Recovery recovery;
    private final Autosave autosave;
    private final Activity activity = new Activity();
    private final ExportImport importer;

    /** With the system's dialogs and choosers, {@code ~/.iam-modeller} and an autosave every minute. */
    private java.util.function.BooleanSupplier beforeDiscard = () -> true;
    /** When the last model file chosen in the window (not the command line's) began to be read, ms since the epoch; 0 before any. */
    private volatile long loadStarted;

    public DocumentActions(Stage stage, EditorState state, BackgroundWork work) {
        this(stage, state, work, DocumentSetup.standard(stage));
    }

    public DocumentActions(Stage stage, EditorState state, BackgroundWork work, DocumentSetup setup) {
        this.stage = stage;
        this.state = state;
        this.work = work;
        this.setup = setup;
        this.recent = new RecentFiles(setup.folder().recentFiles());
        this.recovery = new Recovery(setup.folder().recovery(), setup.processId());
        this.autosave = new Autosave(state, work, recovery, setup.autosaveEvery());
        this.importer = new ExportImport(state, work, activity, setup.dialogs(), this::confirmDiscard);
    }

    /** The File menu, its items disabled while a file is being read. */
    public Menu fileMenu() {
        return new FileMenu(this, recent, activity).menu();
    }

    /**
     * Binds the window's title to the model's name and unsaved mark, asks before the window closes on
     * unsaved changes, opens or imports files dropped on the window, and shows a busy cursor while a file
     * is being read.
     */
    public void install(Scene scene) {
        stage.titleProperty().bind(WindowTitle.of(state));
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (confirmDiscard()) {
                autosave.stop();
            } else {
                event.consume();
            }
        });
        new FileDrop(this, activity).install(scene);
        activity.busyProperty().addListener((property, was, busy) -> scene.setCursor(busy ? Cursor.WAIT : null));
    }

    /**
     * Opens what the command line asks (a file, else the first example), offers back what a crash left
     * unsaved, selects {@code --select}'s node, and starts the autosave.
     */
    public void start(StartupOptions options) {
        start(options, null);
    }

    /**
     * As {@link #start(StartupOptions)}, taking the command line's file from {@code ahead} when it was read
     * ahead, from the start of the application (null: read it now).
     */
    public void start(StartupOptions options, ReadAhead ahead) {
        Runnable then = () -> new RecoveryOffer(state, work, recovery, setup.dialogs(), activity).run(() -> {
            options.selection().ifPresent(this::select);
            autosave.start();
        }, autosave::runNow);
        if (options.fileToOpen().isPresent()) {
            Path file = options.fileToOpen().get();
            long openings = state.openingsProperty().get();
            load(file, ahead != null && ahead.reads(file) ? ahead::reading : () -> ModelReading.of(file), () -> {
                if (state.openingsProperty().get() == openings) {
                    // the command line's file did not open: the window starts as File › New does, with an account to draw in
                    state.open(dev.iammodeller.diagram.NewEntities.blankModel(), null);
                }
                then.run();
            });
        } else {
            openExampleNow(ExampleModels.first());
            then.run();
        }
    }

    /**
     * Selects the nodes of that ARN or name (exactly, else ignoring case); when there is none, says so with the closest
     * names, as the command line does ({@link dev.iammodeller.model.EntityNames#suggestions}).
     */
    public void select(String nameOrArn) {
        List<String> ids = Selecting.matches(state.model(), nameOrArn);
        if (ids.isEmpty()) {
            activity.say("No node is named " + nameOrArn + dev.iammodeller.model.EntityNames.suggestions(state.model(),
                    nameOrArn, entity -> true, entity -> entity.name() + " ("
                            + dev.iammodeller.diagram.KindLooks.of(entity.kind()).word() + ")"));
        } else {
            state.select(ids);
        }
    }

    public void newModel() {
        if (confirmDiscard()) {
            state.open(dev.iammodeller.diagram.NewEntities.blankModel(), null);
            activity.say("New model: drop users, groups, roles and policies into its account");
        }
    }

    /**
     * When the model file chosen in the window (Open, Open Recent, a drop) that opened last began to be read, in ms
     * since the epoch, or 0 (no file chosen since the last call, or it did not open): for timing an open.
     */
    public long takeLoadStarted() {
        long started = loadStarted;
        loadStarted = 0;
        return started;
    }

    /** Asks for a model file and opens it. */
    public void open() {
        if (confirmDiscard()) {
            setup.files().modelToOpen().ifPresent(file -> load(file, () -> { }));
        }
    }

    /** Opens this model file (Open Recent, a dropped file). */
    public void open(Path file) {
        if (confirmDiscard()) {
            load(file, () -> { });
        }
    }

    public void openExample(ExampleModels.Example example) {
        if (confirmDiscard()) {
            openExampleNow(example);
        }
    }

    /** Asks for exports of {@code aws iam get-account-authorization-details} and imports them. */
    public void importExports() {
        if (confirmDiscard()) {
            List<Path> files = setup.files().exportsToImport();
            if (!files.isEmpty()) {
                importer.run(files);
            }
        }
    }

    /** File › Import Organization Folder…: an organization folder, with its accounts' exports inside it. */
    public void importOrganization() {
        if (confirmDiscard()) {
            setup.files().organizationToImport().ifPresent(folder -> importer.run(List.of(folder)));
        }
    }

    /** Imports these exports (a dropped file). */
    public void importExports(List<Path> files) {
        if (confirmDiscard()) {
            importer.run(files);
        }
    }

    /** Saves to the model's file, or asks where when it has none. False when nothing was saved. */
    public boolean save() {
        Path file = state.fileProperty().get();
        return file == null ? saveAs() : write(file);
    }

    public boolean saveAs() {
        return setup.files().modelToSave(suggestedName()).map(this::write).orElse(false);
    }

    /** Ends the application, asking first about unsaved changes. */
    public void quit() {
        if (confirmDiscard()) {
            autosave.stop();
            setup.exit().run();
        }
    }

    /**
     * What must agree before the model is replaced or the window closes, asked before the unsaved-changes
     * question (the policy editors, about text not yet applied). Returns false to cancel.
     */
    public void setBeforeDiscard(java.util.function.BooleanSupplier check) {
        this.beforeDiscard = check;
    }

    /** True when nothing unsaved would be lost: there is none, or the user saved it or chose not to. */
    public boolean confirmDiscard() {
        if (!beforeDiscard.getAsBoolean()) {
            return false;
        }
        if (!state.unsavedProperty().get()) {
            return true;
        }
        switch (setup.dialogs().askToSave(WindowTitle.name(state.fileProperty().get(), state.model()))) {
            case SAVE:
                return save();
            case DONT_SAVE:
                return true;
            default:
                return false;
        }
    }

    private void load(Path file, Runnable then) {
        loadStarted = System.currentTimeMillis();
        load(file, () -> ModelReading.of(file), then);
    }

    private void load(Path file, java.util.function.Supplier<ModelReading> read, Runnable then) {
        activity.begin("Opening " + WindowTitle.name(file, null) + "…");
        work.run(read, reading -> {
            if (reading.loaded() && reading.fromPicture()) {
                state.open(reading.model(), null);
                recent.add(reading.file());
                activity.end("Opened the model inside " + reading.file() + "; Save asks where to keep it as a model file");
            } else if (reading.loaded()) {
                state.open(reading.model(), reading.file());
                recent.add(reading.file());
                activity.end("Opened " + reading.file());
            } else {
                loadStarted = 0;
                if (reading.missing()) {
                    recent.remove(reading.file());
                }
                activity.end(reading.summary());
                setup.dialogs().showProblems("Open Model", reading.summary(), reading.problems());
            }
            then.run();
        }, failure -> {
            loadStarted = 0;
            activity.end("Not opened: " + failure.getMessage());
            then.run();
        });
    }

    private void openExampleNow(ExampleModels.Example example) {
        state.open(ExampleModels.load(example), null);
        activity.say("Example " + example.number() + ": " + example.title());
    }

    private boolean write(Path file) {
        Path target = file.toAbsolutePath().normalize();
        try {
            ModelFile.write(state.model(), target);
        } catch (IOException | RuntimeException e) {
            String summary = target.getFileName() + " cannot be saved.";
            activity.say(summary);
            setup.dialogs().showProblems("Save Model", summary, List.of(String.valueOf(e.getMessage())));
            return false;
        }
        state.saved(target);
        recent.add(target);
        activity.say("Saved " + target);
        return true;
    }

    /** {@code group-permissions-versus-a-service-role.iam.json} for a model with no file yet. */
    String suggestedName() {
        Path file = state.fileProperty().get();
        if (file != null) {
            return file.getFileName().toString();
        }
        return WindowTitle.fileBase(null, state.model().title()) + ModelFile.EXTENSION;
    }

    /** What the File menu is doing: for the status bar (message, busy, progress). */
    public Activity activity() {
        return activity;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    public Autosave autosave() {
        return autosave;
    }
}
