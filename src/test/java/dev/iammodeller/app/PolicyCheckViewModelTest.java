package dev.iammodeller.app;

import dev.iammodeller.app.work.BackgroundWork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.lint.PolicyType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checker's decisions, without a window: lint on every change, newest text wins. */
class PolicyCheckViewModelTest {
    private static CompletableFuture<Catalog> catalog;

    @BeforeAll
    static void load() {
        catalog = CompletableFuture.completedFuture(Catalog.load());
    }

    /** Holds work until released, to show that an old answer arriving late is dropped. */
    static final class HeldWork implements BackgroundWork {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            held.add(() -> onResult.accept(work.get()));
        }
    }

    @Test
    void findingsFollowTheTextAndTheType() {
        BackgroundWork now = new BackgroundWork() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
                onResult.accept(work.get());
            }
        };
        PolicyCheckViewModel model = new PolicyCheckViewModel(catalog, now);
        model.textProperty().set("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\","
                + " \"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}}");
        assertTrue(model.findings().stream().anyMatch(f -> f.code().equals("PRINCIPAL_NOT_ALLOWED")));
        model.typeProperty().set(PolicyType.TRUST);
        assertEquals(List.of(), model.findings());
        assertEquals("No findings: the policy is well formed and raises no warning.", model.summaryProperty().get());
    }

    @Test
    void anAnswerForAnOlderTextIsDropped() {
        HeldWork held = new HeldWork();
        PolicyCheckViewModel model = new PolicyCheckViewModel(catalog, held);
        model.textProperty().set("{\"Statement\": {\"Effect\": \"Allwo\", \"Action\": \"*\", \"Resource\": \"*\"}}");
        model.textProperty().set("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"arn:aws:s3:::b/*\"}}");
        assertEquals(2, held.held.size());
        held.held.get(1).run();
        held.held.get(0).run();
        assertEquals(List.of(), model.findings(), "the newest text has no finding; the older answer was dropped");
    }
}
