package dev.iammodeller.io.authz;

/** Told how far the reading of a large file has come. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (file, percent) -> {
    };

    /** {@code percent} of {@code file} (as it was named to the import) is read: 10, 20, ... 100. */
    void reading(String file, int percent);
}
