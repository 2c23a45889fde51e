package dev.iammodeller.io.export;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an export made, before anything is written: one file, or a folder of files by their relative path
 * (with {@code /} between names, each name made safe by {@link SafeFileNames}); and notes for the user.
 */
public sealed interface Exported {
    List<String> notes();

    /** One file's bytes. */
    record Single(byte[] bytes, List<String> notes) implements Exported {
        public Single {
            notes = List.copyOf(notes);
        }

        public static Single text(String text) {
            return new Single(text.getBytes(StandardCharsets.UTF_8), List.of());
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Files by relative path, in the order they were made. */
    record Folder(Map<String, byte[]> files, List<String> notes) implements Exported {
        public Folder {
            files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
            notes = List.copyOf(notes);
        }

        public String text(String path) {
            byte[] bytes = files.get(path);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
