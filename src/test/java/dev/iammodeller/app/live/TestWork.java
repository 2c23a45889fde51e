package dev.iammodeller.app.live;

import dev.iammodeller.app.work.CurrentThreadWork;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Background work for tests: at once on the calling thread, or held until released. */
public final class TestWork {
    private TestWork() {
    }

    public static final BackgroundWork NOW = new dev.iammodeller.app.work.CurrentThreadWork();

    /** Holds each job until the test runs it; a job that throws is handed to its failure, and kept in {@link #failures}. */
    public static final class Held implements BackgroundWork {
        public final List<Runnable> jobs = new ArrayList<>();
        public final List<Throwable> failures = new ArrayList<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            jobs.add(() -> {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException failure) {
                    failures.add(failure);
                    onFailure.accept(failure);
                    return;
                }
                onResult.accept(result);
            });
        }
    }

    public static IamModel example(String file) throws Exception {
        try (InputStream in = TestWork.class.getResourceAsStream("/examples/" + file)) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        }
    }
}
