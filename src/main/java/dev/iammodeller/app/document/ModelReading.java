package dev.iammodeller.app.document;

import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.io.export.EmbeddedModel;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * What reading a model file gave: the model, or the problems that kept it from loading (each with its
 * line, column and JSON path), and whether the file is simply not there. A PNG or SVG exported with the model
 * inside opens that model; one without is refused, saying so. Made off the FX thread.
 */
record ModelReading(Path file, IamModel model, String summary, List<String> problems, boolean missing) {
    static ModelReading of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = WindowTitle.name(absolute, null);
        if (!Files.exists(absolute)) {
            return new ModelReading(absolute, null, name + " cannot be opened.",
                    List.of("There is no file " + absolute + "."), true);
        }
        try {
            return new ModelReading(absolute, EmbeddedModel.open(absolute), "", List.of(), false);
        } catch (ModelFileException refused) {
            return new ModelReading(absolute, null, ProblemText.summary(name, refused.problems().size()),
                    ProblemText.of(refused), false);
        } catch (CharacterCodingException e) {
            return new ModelReading(absolute, null, name + " cannot be opened.",
                    List.of("It is not UTF-8 text, so not a model file."), false);
        } catch (NoSuchFileException e) {
            return new ModelReading(absolute, null, name + " cannot be opened.",
                    List.of("There is no file " + absolute + "."), true);
        } catch (IOException | RuntimeException e) {
            return new ModelReading(absolute, null, name + " cannot be opened.",
                    List.of("It cannot be read: " + e.getMessage()), false);
        }
    }

    boolean loaded() {
        return model != null;
    }

    /**
     * True when the model came out of an exported picture: it opens untitled, so that saving asks where to keep
     * it as a model file rather than writing JSON over the picture.
     */
    boolean fromPicture() {
        try {
            return loaded() && EmbeddedModel.isPicture(file);
        } catch (IOException e) {
            return false;
        }
    }
}
