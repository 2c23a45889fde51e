package dev.iammodeller.cli;

import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.io.export.EmbeddedModel;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The model file a command works on (or a PNG or SVG exported with the model inside): read, or each of its
 * problems said with its line and column.
 */
final class ModelInput {
    private ModelInput() {
    }

    /** The model, or null once standard error says why it cannot be read (the command then exits 1). */
    static IamModel read(String command, String modelPath, PrintStream err) {
        try {
            return EmbeddedModel.open(Path.of(modelPath));
        } catch (ModelFileException e) {
            err.println(e.getMessage());
        } catch (NoSuchFileException e) {
            err.println(command + ": " + modelPath + ": no such file");
        } catch (IOException e) {
            err.println(command + ": cannot read " + modelPath + ": " + e.getMessage());
        }
        return null;
    }
}
