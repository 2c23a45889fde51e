package dev.iammodeller.io.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File and folder names made from names in the model (account names are free text), so that none leads
 * outside the export: a name is one path segment, never {@code ..}, {@code .} or empty, without a character
 * Windows, macOS or Linux refuses ({@code < > : " / \ | ? *}, control characters), without a trailing dot or
 * space, never a name Windows reserves ({@code CON}, {@code NUL}, {@code COM1}...), at most 120 bytes; letters
 * of any language are kept. Two names that would be the same file (on a file system that ignores case, too)
 * in one folder get distinct names: the second gets {@code -2} before its extension, and so on. One instance
 * per export: it remembers the names it gave in each folder.
 */
public final class SafeFileNames {
    private static final Pattern REFUSED = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}\\x{7f}]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");
    private static final int MAX_BYTES = 120;

    private final Map<String, Set<String>> given = new HashMap<>();

    /** A name alone, made safe but not yet made distinct: one path segment. */
    public static String clean(String wanted) {
        String name = Normalizer.normalize(wanted == null ? "" : wanted, Normalizer.Form.NFC);
        name = REFUSED.matcher(name).replaceAll("_").strip();
        while (name.endsWith(".") || name.endsWith(" ")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        if (name.isEmpty()) {
            name = "_";
        }
        if (RESERVED.matcher(name).matches()) {
            name = "_" + name;
        }
        return cut(name, MAX_BYTES);
    }

    /**
     * A name for {@code wanted} followed by {@code extension} (such as {@code .json}, or empty for a folder)
     * in {@code folder} (a relative path of names this class gave, empty for the top), distinct from every
     * name given before in that folder.
     */
    public String name(String folder, String wanted, String extension) {
        String base = clean(wanted);
        Set<String> taken = given.computeIfAbsent(folder, f -> new HashSet<>());
        String candidate = base + extension;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "-" + n;
            candidate = cut(base, MAX_BYTES - suffix.length()) + suffix + extension;
        }
        return candidate;
    }

    /** {@code folder/name}, or the name alone at the top. */
    public String path(String folder, String wanted, String extension) {
        String name = name(folder, wanted, extension);
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    private static String cut(String name, int maxBytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        String cutName = out.toString();
        while (cutName.endsWith(".") || cutName.endsWith(" ")) {
            cutName = cutName.substring(0, cutName.length() - 1);
        }
        return cutName.isEmpty() ? "_" : cutName;
    }
}
