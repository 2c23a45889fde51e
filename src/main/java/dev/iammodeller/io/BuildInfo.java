package dev.iammodeller.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

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

    /**
     * A digest of the code and data this program runs (every entry of its jar, by name, CRC and size; or every file
     * of its classes folder, by name and content): another build, however small the change, has another. Null when
     * the program comes from neither. Worked out once, on first use (tens of milliseconds).
     */
    public static String codeDigest() {
        return CodeDigest.VALUE;
    }

    private static final class CodeDigest {
        static final String VALUE = ofThisProgram();

        private static String ofThisProgram() {
            try {
                CodeSource source = BuildInfo.class.getProtectionDomain().getCodeSource();
                return source == null ? null : digestOf(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * The digest of a jar (its entries' names, CRCs and sizes) or of a classes folder (its files' names and contents);
     * null for anything else.
     */
    static String digestOf(Path code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(code)) {
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    jar.stream().map(entry -> entry.getName() + "\t" + entry.getCrc() + "\t" + entry.getSize() + "\n")
                            .sorted().forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
                }
            } else if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = code.relativize(file).toString().replace('\\', '/') + "\n";
                        digest.update(name.getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            } else {
                return null;
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
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
