package dev.iammodeller.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The services whose resources resource control policies govern: an RCP does not restrict an action
 * of any other service. Read from {@code catalog/rcp-supported-services.txt}, which the catalogue
 * script rebuilds with the rest of the catalogue.
 */
public final class ResourceControlPolicyServices {
    private static final Set<String> PREFIXES = read();

    private ResourceControlPolicyServices() {
    }

    /** True when RCPs apply to actions of the service with this (lower-case) prefix. */
    public static boolean covers(String servicePrefix) {
        return PREFIXES.contains(servicePrefix);
    }

    private static Set<String> read() {
        Set<String> prefixes = new HashSet<>();
        try (InputStream in = ResourceControlPolicyServices.class.getResourceAsStream("/catalog/rcp-supported-services.txt")) {
            if (in == null) {
                throw new IllegalStateException("catalog/rcp-supported-services.txt is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String prefix = line.trim();
                if (!prefix.isEmpty() && !prefix.startsWith("#")) {
                    prefixes.add(prefix);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(prefixes);
    }
}
