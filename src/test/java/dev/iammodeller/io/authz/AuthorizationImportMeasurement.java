package dev.iammodeller.io.authz;

import dev.iammodeller.io.ModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the import of export files (a {@code main}, not a test; see docs/performance.md): the first import
 * in this JVM (what {@code iam-modeller import} pays), then warm imports, each split into reading the files
 * into a model and writing the model file.
 *
 * <pre>java -cp ... dev.iammodeller.io.authz.AuthorizationImportMeasurement [--runs N] FILE...</pre>
 */
public final class AuthorizationImportMeasurement {
    private AuthorizationImportMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        Path output = Files.createTempFile("import-measurement", ".iam.json");
        try {
            for (int run = 0; run <= runs; run++) {
                long start = System.nanoTime();
                ImportResult result = AuthorizationImport.importFiles(files, ImportProgress.NONE);
                long read = System.nanoTime();
                ModelFile.write(result.model(), output);
                long written = System.nanoTime();
                System.out.printf("%s %.1f MB: import %d ms, write %d ms, total %d ms (%s)%n",
                        run == 0 ? "first" : "warm ", bytes / 1e6, (read - start) / 1_000_000,
                        (written - read) / 1_000_000, (written - start) / 1_000_000, result.summary());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
