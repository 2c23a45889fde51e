package dev.iammodeller.app.policyeditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.policy.lint.LintOptions;
import dev.iammodeller.policy.lint.PolicyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one policy checker's decisions, without a window: the kind of policy decides the rules, newest text wins. */
class PolicyCheckTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    /** Holds work until released, to show that an old answer arriving late is dropped. */
    static final class HeldWork implements BackgroundWork {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            held.add(() -> onResult.accept(work.get()));
        }
    }

    private static final BackgroundWork NOW = new BackgroundWork() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            onResult.accept(work.get());
        }
    };

    private static List<String> codes(PolicyCheck check) {
        return check.diagnosisProperty().get().problems().stream().map(Problem::code).toList();
    }

    @Test
    void findingsFollowTheTextAndTheKindOfPolicy() {
        PolicyCheck check = new PolicyCheck(NOW, () -> catalog, LintOptions.of(PolicyType.IDENTITY));
        assertEquals("Paste or type a policy to check it.", check.summaryProperty().get());
        check.textProperty().set("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\","
                + " \"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}}");
        assertEquals("Checking…", check.summaryProperty().get());
        check.check();
        assertTrue(codes(check).contains("PRINCIPAL_NOT_ALLOWED"), codes(check).toString());
        check.optionsProperty().set(LintOptions.of(PolicyType.TRUST));
        check.check();
        assertEquals(List.of(), codes(check));
        assertEquals("No findings: the policy is well formed and raises no warning.", check.summaryProperty().get());
    }

    @Test
    void aTextThatDoesNotParseIsCountedAsAnError() {
        PolicyCheck check = new PolicyCheck(NOW, () -> catalog, LintOptions.of(PolicyType.IDENTITY));
        check.textProperty().set("{\"Version\": \"2012-10-17\", \"Statement\": [");
        check.check();
        assertTrue(!check.diagnosisProperty().get().parses());
        assertTrue(check.summaryProperty().get().startsWith("1 error, 0 security warnings"), check.summaryProperty().get());
    }

    @Test
    void anAnswerForAnOlderTextIsDropped() {
        HeldWork held = new HeldWork();
        PolicyCheck check = new PolicyCheck(held, () -> catalog, LintOptions.of(PolicyType.IDENTITY));
        check.textProperty().set("{\"Statement\": {\"Effect\": \"Allwo\", \"Action\": \"*\", \"Resource\": \"*\"}}");
        check.check();
        check.textProperty().set("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"arn:aws:s3:::b/*\"}}");
        check.check();
        assertEquals(2, held.held.size());
        held.held.get(1).run();
        held.held.get(0).run();
        assertEquals(List.of(), codes(check), "the newest text has no finding; the older answer was dropped");
    }

    @Test
    void withoutTheCatalogueOnlyTheParserSpeaks() {
        PolicyCheck check = new PolicyCheck(NOW, () -> null, LintOptions.of(PolicyType.IDENTITY));
        check.textProperty().set("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\","
                + " \"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}}");
        check.check();
        assertTrue(check.diagnosisProperty().get().parses());
        assertTrue(!check.diagnosisProperty().get().linted());
    }
}
