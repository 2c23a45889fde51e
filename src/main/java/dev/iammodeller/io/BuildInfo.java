package dev.iammodeller.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What the build knows about itself: the version (from {@code version.properties}, which Maven writes, so it is
 * known from the jar and from the classes alike) and the notices of the bundled third-party software
 * ({@code THIRD-PARTY.md}, shipped as a resource).
 */
public final class BuildInfo {
    static final String UNKNOWN = "development build";

    private BuildInfo() {
    }

    /** The project version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/dev/iammodeller/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.startsWith("${")) {
            version = BuildInfo.class.getPackage().getImplementationVersion();
        }
        return version == null || version.isBlank() ? UNKNOWN : version;
    }

    /** The text of THIRD-PARTY.md: the bundled libraries and data, with their licences. */
    public static String thirdPartyNotices() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/about/THIRD-PARTY.md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
