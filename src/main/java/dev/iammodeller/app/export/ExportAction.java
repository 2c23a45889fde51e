package dev.iammodeller.app.export;

import dev.iammodeller.app.document.Preferences;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.io.export.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File › Export…: the dialog of formats and options, then the system's file chooser (starting in the folder
 * exported to last, else beside the model, with a name made from the model's), then the export in the background
 * ({@link ExportJob}).
 */
public final class ExportAction {
    private final Window owner;
    private final EditorState editor;
    private final ExportSettings settings;
    private final ExportJob job;
    private final Preferences preferences;

    public ExportAction(Window owner, EditorState editor, ExportJob job, Preferences preferences) {
        this.owner = owner;
        this.editor = editor;
        this.settings = new ExportSettings(editor.selection());
        this.job = job;
        this.preferences = preferences;
    }

    public ExportSettings settings() {
        return settings;
    }

    public void run() {
        if (!job.busyProperty().get() && new ExportDialog(owner, settings).ask()) {
            chosen().ifPresent(this::exportTo);
        }
    }

    /** Exports the model as the settings say to this file or folder (what the chooser returned). */
    public void exportTo(Path chosen) {
        Path out = ExportSettings.withExtension(chosen, settings.formatProperty().get());
        job.start(editor.model(), settings.formatProperty().get(), settings.options(out), out);
    }

    private Optional<Path> chosen() {
        ExportFormat format = settings.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + ExportSettings.label(format));
        chooser.setInitialFileName(settings.suggestedName(editor.model().title(), editor.fileProperty().get()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ExportSettings.label(format),
                "*" + ExportSettings.extension(format)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        ExportSettings.startFolder(preferences.lastExportFolder(), editor.fileProperty().get(),
                preferences.lastFolder()).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
