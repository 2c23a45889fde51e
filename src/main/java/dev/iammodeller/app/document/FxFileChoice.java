package dev.iammodeller.app.document;

import dev.iammodeller.io.ModelFile;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file choosers, starting in the folder used last. */
public final class FxFileChoice implements FileChoice {
    private static final FileChooser.ExtensionFilter MODELS =
            new FileChooser.ExtensionFilter("IAM models (*" + ModelFile.EXTENSION + ")", "*" + ModelFile.EXTENSION);
    /** What File › Open accepts: model files, and PNG and SVG exports that carry their model. */
    private static final FileChooser.ExtensionFilter OPENABLE = new FileChooser.ExtensionFilter(
            "IAM models and exported pictures (*" + ModelFile.EXTENSION + ", *.png, *.svg)", "*" + ModelFile.EXTENSION,
            "*.png", "*.svg");
    private static final FileChooser.ExtensionFilter EXPORTS =
            new FileChooser.ExtensionFilter("Authorization details (*.json)", "*.json");

    private final Window owner;
    private final Preferences preferences;
    private File folder;

    public FxFileChoice(Window owner) {
        this(owner, Preferences.notKept());
    }

    /** Starts in the preferences' last folder, and keeps there the folder of each file chosen. */
    public FxFileChoice(Window owner, Preferences preferences) {
        this.owner = owner;
        this.preferences = preferences;
        this.folder = preferences.lastFolder().map(Path::toFile).orElse(null);
    }

    @Override
    public Optional<Path> modelToOpen() {
        FileChooser chooser = chooser("Open Model", OPENABLE);
        chooser.getExtensionFilters().add(MODELS);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> modelToSave(String suggested) {
        FileChooser chooser = chooser("Save Model", MODELS);
        chooser.setInitialFileName(suggested);
        return remember(chooser.showSaveDialog(owner)).map(FxFileChoice::withExtension);
    }

    @Override
    public List<Path> exportsToImport() {
        List<File> chosen = chooser("Import Authorization Details", EXPORTS).showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        remember(chosen.get(0));
        return chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> organizationToImport() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Import Organization Folder");
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        remember(new File(chosen, "describe-organization.json"));
        return Optional.of(chosen.toPath());
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen != null && chosen.getParentFile() != null) {
            folder = chosen.getParentFile();
            preferences.setLastFolder(folder.toPath());
            preferences.save();
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** {@code name.iam.json}, whatever the user typed. */
    static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        if (name.endsWith(ModelFile.EXTENSION)) {
            return chosen;
        }
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return chosen.resolveSibling(base + ModelFile.EXTENSION);
    }
}
