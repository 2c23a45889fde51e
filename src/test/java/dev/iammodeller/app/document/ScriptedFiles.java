package dev.iammodeller.app.document;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The files a test "picks" in the file choosers, in order; none left means the user cancelled. */
final class ScriptedFiles implements FileChoice {
    final Deque<Path> toOpen = new ArrayDeque<>();
    final Deque<Path> toSave = new ArrayDeque<>();
    final Deque<List<Path>> toImport = new ArrayDeque<>();
    final Deque<Path> organizations = new ArrayDeque<>();
    String suggested;

    @Override
    public Optional<Path> modelToOpen() {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> modelToSave(String suggestedName) {
        suggested = suggestedName;
        return Optional.ofNullable(toSave.poll());
    }

    @Override
    public List<Path> exportsToImport() {
        List<Path> next = toImport.poll();
        return next == null ? List.of() : next;
    }

    @Override
    public java.util.Optional<Path> organizationToImport() {
        return java.util.Optional.ofNullable(organizations.poll());
    }
}
