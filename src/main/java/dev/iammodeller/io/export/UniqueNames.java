package dev.iammodeller.io.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers for code made from names: CloudFormation logical ids (letters and digits, at most 255) and
 * Terraform resource names (a letter, then letters, digits, underscores). Accents
 * are dropped ({@code Zoë} → {@code Zoe}); a name with nothing left becomes the prefix and a number; the
 * second identifier with the same text (ignoring case) gets {@code 2}, and so on.
 */
final class UniqueNames {
    private final Set<String> taken = new HashSet<>();
    private final boolean camel;
    private final int max;

    private UniqueNames(boolean camel, int max) {
        this.camel = camel;
        this.max = max;
    }

    /** CloudFormation: {@code UserAlice}. */
    static UniqueNames logicalIds() {
        return new UniqueNames(true, 255);
    }

    /** Terraform: {@code alice}, {@code deploy_role}. */
    static UniqueNames hclIdentifiers() {
        return new UniqueNames(false, 200);
    }

    String next(String prefix, String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] words = ascii.split("[^A-Za-z0-9]+");
        StringBuilder out = new StringBuilder(prefix);
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (camel) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            } else {
                if (out.length() > 0) {
                    out.append('_');
                }
                out.append(word);
            }
        }
        String base = out.toString();
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = (camel ? "R" : "r_") + base;
        }
        if (base.length() > max - 8) {
            base = base.substring(0, max - 8);
        }
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + (camel ? "" : "_") + n;
        }
        return candidate;
    }
}
