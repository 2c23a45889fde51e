package dev.iammodeller.app.compare;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.GitRevision;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.io.export.EmbeddedModel;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File › Compare With…: the open model (as it is now, unsaved edits included) against another model file, or,
 * when the open file is in a git repository, against a revision of it ({@code git show REVISION:PATH}). The base is
 * read and both models analysed in the background; the comparison is then handed to the window to show.
 */
public final class CompareWith {
    private final Window owner;
    private final EditorState editor;
    private final CompletableFuture<Catalog> catalog;
    private final BackgroundWork background;
    private final Consumer<ComparisonViewModel> show;
    private final Consumer<String> messages;

    public CompareWith(Window owner, EditorState editor, CompletableFuture<Catalog> catalog, BackgroundWork background,
                       Consumer<ComparisonViewModel> show, Consumer<String> messages) {
        this.owner = owner;
        this.editor = editor;
        this.catalog = catalog;
        this.background = background;
        this.show = show;
        this.messages = messages;
    }

    /** The menu item: asks what to compare with (a file, or a git revision when the open file is in a repository). */
    public void run() {
        Path file = editor.fileProperty().get();
        if (file != null && GitRevision.repositoryOf(file).isPresent()) {
            ButtonType other = new ButtonType("Another Model File…");
            ButtonType revision = new ButtonType("A Git Revision…");
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Compare the open model with another model file, or with"
                    + " a revision of " + file.getFileName() + " in its git repository?", other, revision,
                    new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE));
            ask.initOwner(owner);
        dev.iammodeller.app.theme.OwnersTheme.on(ask);
            dev.iammodeller.app.theme.OwnersTheme.on(ask);
            ask.setTitle("Compare With");
            ask.setHeaderText("Compare with what?");
            Optional<ButtonType> chosen = ask.showAndWait();
            if (chosen.isEmpty() || chosen.get() != other && chosen.get() != revision) {
                return;
            }
            if (chosen.get() == revision) {
                askRevision(file);
                return;
            }
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Compare the Open Model With");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("IAM models", "*.iam.json", "*.json", "*.png", "*.svg"));
        if (file != null && file.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(file.toAbsolutePath().getParent().toFile());
        }
        java.io.File other = chooser.showOpenDialog(owner);
        if (other != null) {
            compareWithFile(other.toPath());
        }
    }

    private void askRevision(Path file) {
        TextInputDialog ask = new TextInputDialog("HEAD");
        ask.initOwner(owner);
        dev.iammodeller.app.theme.OwnersTheme.on(ask);
        ask.setTitle("Compare With a Git Revision");
        ask.setHeaderText("The revision of " + file.getFileName() + " to compare the open model with");
        ask.setContentText("Revision (HEAD, HEAD~1, a branch, a tag, a commit):");
        ask.showAndWait().map(String::strip).filter(r -> !r.isEmpty()).ifPresent(r -> compareWithRevision(file, r));
    }

    /** The open model against another model file (or a PNG or SVG export holding one). */
    public void compareWithFile(Path other) {
        compare(() -> {
            try {
                return EmbeddedModel.open(other);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ModelFileException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, other.getFileName().toString());
    }

    /** The open model against a revision of its file in its git repository. */
    public void compareWithRevision(Path file, String revision) {
        compare(() -> {
            try {
                return ModelFile.read(GitRevision.show(file, revision), file.getFileName() + " at " + revision);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ModelFileException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, file.getFileName() + " at " + revision);
    }

    private void compare(java.util.function.Supplier<IamModel> base, String baseName) {
        IamModel next = editor.model();
        Path file = editor.fileProperty().get();
        String title = "Base: " + baseName + "   →   New: the open model" + (file == null ? "" : " (" + file.getFileName() + ")");
        messages.accept("Comparing the open model with " + baseName + "…");
        background.run(() -> ComparisonViewModel.of(catalog.join(), base.get(), next, title), comparison -> {
            messages.accept("Compared with " + baseName + ": " + comparison.summary());
            show.accept(comparison);
        }, failure -> {
            String why = why(failure);
            messages.accept("Cannot compare with " + baseName + ": " + why);
            Alert alert = new Alert(Alert.AlertType.ERROR, why, ButtonType.OK);
            alert.initOwner(owner);
            dev.iammodeller.app.theme.OwnersTheme.on(alert);
            alert.setTitle("Compare With");
            alert.setHeaderText("Cannot compare with " + baseName);
            alert.getDialogPane().setId("compare-problem");
            alert.show();
        });
    }

    /** The message of what went wrong, under the wrappers the background work adds. */
    private static String why(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof UncheckedIOException || cause instanceof java.util.concurrent.CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
