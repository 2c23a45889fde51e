package dev.iammodeller.eval;

import dev.iammodeller.policy.LowerCaseNames;
import dev.iammodeller.policy.VariableSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context keys of a request and their values. Key names compare case-insensitively; values keep
 * their case. A key with an empty list of values counts as absent.
 */
public final class RequestContext implements VariableSource {
    private final Map<String, String[]> values;
    private final Map<String, String> names;

    private RequestContext(Map<String, String[]> values, Map<String, String> names) {
        this.values = values;
        this.names = names;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The values of a key (lower-cased), or null when the request has none. */
    public String[] values(String lowerCaseKey) {
        String[] found = values.get(lowerCaseKey);
        return found == null || found.length == 0 ? null : found;
    }

    @Override
    public String variable(String lowerCaseKey) {
        String[] found = values(lowerCaseKey);
        return found != null && found.length == 1 ? found[0] : null;
    }

    /** The keys as first written, mapped to their values. */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((key, list) -> out.put(names.get(key), List.of(list)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Collects keys; a key given twice keeps its last value, and explicit values beat derived ones.
     * A builder builds one context.
     */
    public static final class Builder {
        private final Map<String, String[]> values = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();

        public Builder put(String key, String... keyValues) {
            String lower = LowerCaseNames.of(key);
            values.put(lower, keyValues.clone());
            names.put(lower, key);
            return this;
        }

        /** Adds a key that the caller did not set; {@code lowerCaseKey} is {@code key} lower-cased. */
        public Builder putIfAbsent(String key, String lowerCaseKey, String value) {
            if (value != null && !values.containsKey(lowerCaseKey)) {
                values.put(lowerCaseKey, new String[] {value});
                names.put(lowerCaseKey, key);
            }
            return this;
        }

        public RequestContext build() {
            return new RequestContext(values, names);
        }
    }
}
