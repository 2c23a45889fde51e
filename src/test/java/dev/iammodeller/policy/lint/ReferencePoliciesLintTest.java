package dev.iammodeller.policy.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.AwsManagedPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** AWS's own policies lint clean of errors: every managed policy, every example SCP and RCP. */
class ReferencePoliciesLintTest {
    private static Catalog catalog;
    private static PolicyLint lint;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
        lint = new PolicyLint(catalog);
    }

    @Test
    void everyAwsManagedPolicyLintsWithNoError() {
        List<String> errors = new ArrayList<>();
        int unknownActionWarnings = 0;
        for (AwsManagedPolicy policy : catalog.managedPolicies().all()) {
            for (LintFinding finding : lint.check(policy.documentJson(), new LintOptions(PolicyType.IDENTITY, null, true))) {
                if (finding.severity() == LintSeverity.ERROR) {
                    errors.add(policy.name() + ": " + finding);
                }
                if (finding.code().equals("UNKNOWN_ACTION") || finding.code().equals("UNKNOWN_SERVICE")) {
                    unknownActionWarnings++;
                }
            }
        }
        assertEquals(1594, catalog.managedPolicies().size());
        assertEquals(List.of(), errors);
        assertTrue(unknownActionWarnings > 0, "some managed policies name actions the catalogue does not know (a warning)");
    }

    @Test
    void exampleScpsAndRcpsLintAsTheirTypeWithNoErrorButTheCommentedOne() throws Exception {
        Path root = Path.of(getClass().getResource("/org-policies").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> errors = new ArrayList<>();
        List<String> knownErrors = new ArrayList<>();
        int commentErrors = 0;
        for (Path file : files) {
            String path = root.relativize(file).toString();
            PolicyType type = path.contains("resource_control") || path.startsWith("resource-control")
                    ? PolicyType.RCP : PolicyType.SCP;
            if (path.contains("resource_control_policies/service_specific_controls/")) {
                // sns_topic_policy.json and api_gateway_policy.json: the data perimeter examples' resource-based
                // policies for services that RCPs do not cover (SNS, API Gateway), kept beside the RCPs
                type = PolicyType.RESOURCE;
            }
            for (LintFinding finding : lint.check(Files.readString(file, StandardCharsets.UTF_8), LintOptions.of(type))) {
                if (finding.severity() != LintSeverity.ERROR) {
                    continue;
                }
                if (file.getFileName().toString().equals("Shared-Issuers.json")) {
                    // Its last statement ("EnforceTrustedOIDCTenantGoogle") is an Allow without Resource. AWS's
                    // RCP syntax page: "The effect of Allow is only supported for the RCPFullAWSAccess policy",
                    // and Resource is one of the elements every RCP statement has. Lint is right to refuse it.
                    knownErrors.add(finding.code() + "@" + finding.path());
                } else if (file.getFileName().toString().equals("deny-service-specific-credential-by-type.json")) {
                    assertEquals("INVALID_JSON", finding.code());
                    assertEquals(15, finding.position().line());
                    commentErrors++;
                } else {
                    errors.add(path + " as " + type + ": " + finding);
                }
            }
        }
        assertEquals(1, commentErrors);
        assertEquals(List.of(), errors);
        assertEquals(List.of("MISSING_RESOURCE@$.Statement[19]", "RCP_ALLOW_NOT_SUPPORTED@$.Statement[19].Effect"),
                knownErrors);
    }
}
