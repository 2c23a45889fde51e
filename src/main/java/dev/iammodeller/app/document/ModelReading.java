package dev.iammodeller.app.document;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * What reading a model file gave: the model, or the problems that kept it from loading (each with its
 * line, column and JSON path), and whether the file is simply not there. Made off the FX thread.
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
            return new ModelReading(absolute, ModelFile.read(absolute), "", List.of(), false);
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
}
