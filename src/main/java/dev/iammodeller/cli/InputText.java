package dev.iammodeller.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The text of a file a command reads, or one sentence saying why it cannot be read. */
final class InputText {
    private InputText() {
    }

    /** The file's UTF-8 text; an IOException whose message is the reason in a few words, without the name. */
    static String read(String file) throws IOException {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new IOException("it is a folder, not a file");
        }
        try (Reader text = new Utf8Reader(Files.newInputStream(path))) {
            StringBuilder out = new StringBuilder();
            char[] chunk = new char[1 << 16];
            for (int n = text.read(chunk); n >= 0; n = text.read(chunk)) {
                out.append(chunk, 0, n);
            }
            return out.toString();
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        }
    }
}
