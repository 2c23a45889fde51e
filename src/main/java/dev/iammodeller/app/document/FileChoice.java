package dev.iammodeller.app.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Which file the user picks. {@link FxFileChoice} asks through the system's file choosers. */
public interface FileChoice {
    /** A model file to open. */
    Optional<Path> modelToOpen();

    /** Where to save a model; {@code suggested} is the name to start from. */
    Optional<Path> modelToSave(String suggested);

    /** The export files of {@code aws iam get-account-authorization-details} to import; empty when cancelled. */
    List<Path> exportsToImport();

    /** A folder written by {@code scripts/export-organization.sh} to import; empty when cancelled. */
    Optional<Path> organizationToImport();
}
