package dev.iammodeller.analysis.findings;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a reviewer of a model should look at, each finding with the IAM rule behind it, one finding per
 * rule and subject: principals that are administrators by their own policies ({@link AdminEquivalentFinding}),
 * principals with escalation paths ({@link EscalationFinding}), roles trusted from outside the organization
 * ({@link ExternalTrustFinding}), IAM users with long-lived access keys ({@link LongLivedAccessKeysFinding}),
 * resources open to everyone ({@link ResourceOpenToEveryoneFinding}), and roles nothing can assume
 * ({@link UnusedTrustFinding}). Findings come most serious first, then by subject name, then by rule.
 */
public final class Findings {
    public static final String ADMIN_EQUIVALENT = "ADMIN_EQUIVALENT";
    public static final String ESCALATION = "ESCALATION";
    public static final String EXTERNAL_TRUST = "EXTERNAL_TRUST";
    public static final String LONG_LIVED_ACCESS_KEYS = "LONG_LIVED_ACCESS_KEYS";
    public static final String RESOURCE_OPEN_TO_EVERYONE = "RESOURCE_OPEN_TO_EVERYONE";
    public static final String UNUSED_TRUST = "UNUSED_TRUST";

    /** Every rule's code, in the order the documentation lists them. */
    public static final List<String> CODES = List.of(ADMIN_EQUIVALENT, ESCALATION, EXTERNAL_TRUST, LONG_LIVED_ACCESS_KEYS,
            RESOURCE_OPEN_TO_EVERYONE, UNUSED_TRUST);

    /** Most serious first, then by subject name (ignoring case, then exactly), rule, ARN and message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::subjectName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Finding::subjectName)
            .thenComparing(Finding::code)
            .thenComparing(Finding::subjectArn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::message);

    private Findings() {
    }

    /**
     * Every finding of the model the check was made for, in {@link #ORDER}; worked out once per check and
     * catalogue and kept with the check (the window's Findings tab and its PDF export ask the same question), the
     * findings {@link #withoutEscalations} gives taken as they were kept.
     */
    public static List<Finding> of(Catalog catalog, AccessCheck check) {
        return kept(catalog, check).all();
    }

    /**
     * Every finding but the escalation ones, in {@link #ORDER}: what can be worked out without the escalation
     * analysis, whose cost grows with what principals can gain of each other. Kept with the check, as {@link #of}.
     */
    public static List<Finding> withoutEscalations(Catalog catalog, AccessCheck check) {
        return kept(catalog, check).without();
    }

    private static Kept kept(Catalog catalog, AccessCheck check) {
        return check.derived(KeptByCatalog.class, c -> new KeptByCatalog()).of(catalog, check);
    }

    /** The findings of one check, by the catalogue they are worked out with (a check is used with one, in practice). */
    private static final class KeptByCatalog {
        private final java.util.Map<Catalog, Kept> byCatalog = new java.util.IdentityHashMap<>();

        synchronized Kept of(Catalog catalog, AccessCheck check) {
            return byCatalog.computeIfAbsent(catalog, c -> new Kept(c, check));
        }
    }

    /** The findings of one check and catalogue: those without the escalation ones first, then all, each once. */
    private static final class Kept {
        private final Catalog catalog;
        private final AccessCheck check;
        private List<Finding> without;
        private List<Finding> all;

        Kept(Catalog catalog, AccessCheck check) {
            this.catalog = catalog;
            this.check = check;
        }

        synchronized List<Finding> without() {
            if (without == null) {
                // the two rules that ask the evaluator, on two cores: a large model's early findings come sooner
                java.util.concurrent.CompletableFuture<List<Finding>> unused =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> unusedTrust(check.model()));
                List<Finding> out = new ArrayList<>(adminEquivalent(catalog, check));
                out.addAll(externalTrust(check.model()));
                out.addAll(longLivedAccessKeys(check.model()));
                out.addAll(resourcesOpenToEveryone(check.model()));
                out.addAll(unused.join());
                out.sort(ORDER);
                without = List.copyOf(out);
            }
            return without;
        }

        List<Finding> all() {
            synchronized (this) {
                if (all != null) {
                    return all;
                }
            }
            // the escalations are worked out outside the lock (the analysis keeps them): without() is not held up.
            // No two findings of different rules compare equal (the rule is in ORDER), and sorting is stable.
            List<Finding> out = new ArrayList<>(without());
            out.addAll(escalations(check));
            out.sort(ORDER);
            synchronized (this) {
                if (all == null) {
                    all = List.copyOf(out);
                }
                return all;
            }
        }
    }

    public static List<Finding> adminEquivalent(Catalog catalog, AccessCheck check) {
        return AdminEquivalentFinding.find(catalog, check);
    }

    public static List<Finding> escalations(AccessCheck check) {
        return EscalationFinding.find(check);
    }

    public static List<Finding> externalTrust(IamModel model) {
        return ExternalTrustFinding.find(model);
    }

    public static List<Finding> longLivedAccessKeys(IamModel model) {
        return LongLivedAccessKeysFinding.find(model);
    }

    public static List<Finding> resourcesOpenToEveryone(IamModel model) {
        return ResourceOpenToEveryoneFinding.find(model);
    }

    public static List<Finding> unusedTrust(IamModel model) {
        return UnusedTrustFinding.find(model);
    }
}
