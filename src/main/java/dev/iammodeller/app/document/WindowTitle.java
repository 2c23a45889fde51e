package dev.iammodeller.app.document;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.IamModel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * The window's title: {@code • alice.iam.json — IAM Modeller} while there are unsaved changes,
 * {@code alice.iam.json — IAM Modeller} when there are none. A model with no file goes by its own
 * title (an example, an import), or "Untitled".
 */
public final class WindowTitle {
    public static final String APPLICATION = "IAM Modeller";
    static final String UNSAVED_MARK = "• ";

    private WindowTitle() {
    }

    /** The name of the model the user knows: its file name, else its title, else "Untitled". */
    public static String name(Path file, IamModel model) {
        if (file != null && file.getFileName() != null) {
            return file.getFileName().toString();
        }
        String title = model == null ? "" : model.title();
        return title == null || title.isBlank() ? "Untitled" : title.strip();
    }

    /**
     * The start of a file name made for the model (Save As, Export): its file's name without
     * {@code .iam.json}, else its title in lower case with dashes ({@code group-versus-role}), else "untitled".
     */
    public static String fileBase(Path file, String title) {
        if (file != null && file.getFileName() != null) {
            return file.getFileName().toString().replace(dev.iammodeller.io.ModelFile.EXTENSION, "");
        }
        String slug = (title == null ? "" : title).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "untitled" : slug;
    }

    public static String text(Path file, IamModel model, boolean unsaved) {
        return (unsaved ? UNSAVED_MARK : "") + name(file, model) + " — " + APPLICATION;
    }

    /** The title, following the editor's file, model and unsaved mark. */
    public static StringBinding of(EditorState state) {
        return Bindings.createStringBinding(
                () -> text(state.fileProperty().get(), state.model(), state.unsavedProperty().get()),
                state.fileProperty(), state.modelProperty(), state.unsavedProperty());
    }
}
