package dev.iammodeller.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A resource type's ARN template compiled for matching ARNs. Template and ARN are cut at every {@code :};
 * the parts must agree in number and each template part is a {@link WildcardPattern} (case-sensitive) in
 * which a variable ({@code ${BucketName}}) matches a non-empty run of characters and a literal {@code *}
 * any run. Two rules keep a variable within the template's structure:
 * <ul>
 * <li>a resource that is a single variable ({@code arn:...:s3:::${BucketName}}, {@code ...:sqs:...:${QueueName}})
 * holds no {@code /}, so a bucket's template does not match an object's ARN;
 * <li>a variable that ends the template after a {@code /} ({@code ${BucketName}/${ObjectName}}) takes the rest
 * of the ARN, {@code :} included, as object keys and paths may hold one.
 * </ul>
 */
final class ArnTemplate {
    /** The parts {@code arn}, partition, service, region and account come before the resource. */
    private static final int HEADER_PARTS = 5;

    private final WildcardPattern[] parts;
    private final boolean resourceIsOneVariable;
    private final boolean lastTakesTheRest;
    private final String service;
    private final int literals;

    private ArnTemplate(WildcardPattern[] parts, boolean resourceIsOneVariable, boolean lastTakesTheRest,
            String service, int literals) {
        this.parts = parts;
        this.resourceIsOneVariable = resourceIsOneVariable;
        this.lastTakesTheRest = lastTakesTheRest;
        this.service = service;
        this.literals = literals;
    }

    static ArnTemplate of(String template) {
        List<String> texts = split(template);
        WildcardPattern[] patterns = new WildcardPattern[texts.size()];
        int literals = 0;
        for (int i = 0; i < patterns.length; i++) {
            String text = texts.get(i);
            StringBuilder chars = new StringBuilder(text.length());
            List<Boolean> wild = new ArrayList<>();
            for (int c = 0; c < text.length(); c++) {
                int end = text.startsWith("${", c) ? text.indexOf('}', c) : -1;
                if (end > 0) {
                    chars.append("?*");
                    wild.add(true);
                    wild.add(true);
                    c = end;
                } else {
                    chars.append(text.charAt(c));
                    wild.add(text.charAt(c) == '*');
                    literals += text.charAt(c) == '*' ? 0 : 1;
                }
            }
            boolean[] mask = new boolean[wild.size()];
            for (int w = 0; w < mask.length; w++) {
                mask[w] = wild.get(w);
            }
            patterns[i] = WildcardPattern.of(chars.toString(), mask, false);
        }
        String last = texts.get(texts.size() - 1);
        int variable = last.lastIndexOf("${");
        boolean endsWithVariable = variable >= 0 && last.indexOf('}', variable) == last.length() - 1;
        boolean oneVariable = texts.size() == HEADER_PARTS + 1 && endsWithVariable && variable == 0;
        boolean takesRest = texts.size() > HEADER_PARTS && endsWithVariable && variable > 0
                && last.charAt(variable - 1) == '/';
        String service = texts.size() > 2 && patterns[2].isLiteral() ? texts.get(2) : null;
        return new ArnTemplate(patterns, oneVariable, takesRest, service, literals);
    }

    /** The service part when the template names it literally ({@code s3}); null when it is a variable. */
    String service() {
        return service;
    }

    /** How many literal characters the template has: more means a more specific template. */
    int literals() {
        return literals;
    }

    boolean matches(List<String> arnParts, String arn) {
        int n = parts.length;
        int count = arnParts.size();
        if (count < n || (count > n && !lastTakesTheRest)) {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!parts[i].matches(arnParts.get(i))) {
                return false;
            }
        }
        String last = arnParts.get(n - 1);
        if (count > n) {
            int start = 0;
            for (int i = 0; i < n - 1; i++) {
                start += arnParts.get(i).length() + 1;
            }
            last = arn.substring(start);
        }
        return (!resourceIsOneVariable || last.indexOf('/') < 0) && parts[n - 1].matches(last);
    }

    /** The text cut at every {@code :}. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>(8);
        int start = 0;
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', start)) {
            parts.add(text.substring(start, colon));
            start = colon + 1;
        }
        parts.add(text.substring(start));
        return parts;
    }
}
