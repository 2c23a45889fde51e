package dev.iammodeller.app.document;

import dev.iammodeller.io.ModelFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What files dropped on the window mean: a model file (or a PNG or SVG export, which carries its model) is
 * opened (the first one, if several), other
 * {@code .json} files are imported as authorization details; anything else is not taken.
 *
 * @param open    the model file to open, or null
 * @param exports the exports to import (empty when a model is opened)
 */
record DroppedFiles(Path open, List<Path> exports) {
    static Optional<DroppedFiles> of(List<Path> files) {
        for (Path file : files) {
            if (name(file).endsWith(ModelFile.EXTENSION) || name(file).endsWith(".png") || name(file).endsWith(".svg")) {
                return Optional.of(new DroppedFiles(file, List.of()));
            }
        }
        List<Path> exports = files.stream().filter(file -> name(file).endsWith(".json")).toList();
        return exports.isEmpty() ? Optional.empty() : Optional.of(new DroppedFiles(null, exports));
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
