package dev.iammodeller.analysis.findings;

import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.ActionResourceType;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.eval.PolicySet;
import dev.iammodeller.policy.ActionPattern;
import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.PolicyDocument;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one policy set can tell apart about the catalogue's actions on one resource: one question, one answer,
 * as the escalation analysis's resource likeness does for resources. The evaluator reads a request's action only
 * through the Action and NotAction of each statement, what {@link PolicyEvaluator#traitsOfAction} names (no
 * permission needed, RCPs, a trust or key policy that must allow) and, on a resource AWS may refuse by name,
 * the action's whole name. Conditions read the request's context, which the analysis makes from the caller and
 * the resource's account, the same for every action; should a request ever carry the keys of its action, a key
 * the catalogue lists for one action and not for another ({@code s3:prefix}, {@code aws:RequestTag/${TagKey}})
 * keeps the two apart already: actions are also told apart by which of the keys the statements read they take.
 * Actions alike in all of these get one decision from the evaluator for the same caller.
 */
final class ActionLikeness {
    private final Catalog catalog;
    /** The catalogue's actions by their traits: never alike across two of these. */
    private final List<BitSet> byTraits;
    private final Map<String, BitSet> byPattern = new ConcurrentHashMap<>();
    private final Map<String, BitSet> byKey = new ConcurrentHashMap<>();
    private final Map<Statement, BitSet> byStatement = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile Map<String, BitSet> listedKeys;

    ActionLikeness(Catalog catalog) {
        this.catalog = catalog;
        Map<PolicyEvaluator.ActionTraits, BitSet> traits = new HashMap<>();
        for (Action action : catalog.actions()) {
            traits.computeIfAbsent(PolicyEvaluator.traitsOfAction(action.fullName()), t -> new BitSet()).set(action.id());
        }
        this.byTraits = List.copyOf(traits.values());
    }

    /**
     * The catalogue's actions (by id) in likenesses for requests under {@code set} on {@code resource}: every
     * action in exactly one, and the evaluator gives the actions of one the same decision.
     */
    List<BitSet> of(PolicySet set, String resource) {
        List<BitSet> likenesses = new ArrayList<>();
        if (PolicyEvaluator.traits(resource).refusedByName()) {
            for (Action action : catalog.actions()) {
                BitSet one = new BitSet();
                one.set(action.id());
                likenesses.add(one);
            }
            return likenesses;
        }
        likenesses.addAll(byTraits);
        for (PolicyDocument document : set.documents()) {
            for (Statement statement : document.statements()) {
                split(likenesses, covered(statement));
                for (Condition condition : statement.conditions()) {
                    split(likenesses, taking(condition.key()));
                }
            }
        }
        return likenesses;
    }

    /** One action of each likeness, by name (as {@code s3:GetObject}). */
    List<String> representatives(PolicySet set, String resource) {
        List<String> out = new ArrayList<>();
        for (BitSet likeness : of(set, resource)) {
            out.add(catalog.action(likeness.nextSetBit(0)).fullName());
        }
        return out;
    }

    /** Splits each likeness that {@code by} cuts into its part in {@code by} and its part outside. Never changes a set it holds. */
    private static void split(List<BitSet> likenesses, BitSet by) {
        if (by.isEmpty()) {
            return;
        }
        for (int i = likenesses.size() - 1; i >= 0; i--) {
            BitSet whole = likenesses.get(i);
            if (!whole.intersects(by)) {
                continue;
            }
            BitSet outside = (BitSet) whole.clone();
            outside.andNot(by);
            if (outside.isEmpty()) {
                continue;
            }
            BitSet inside = (BitSet) whole.clone();
            inside.and(by);
            likenesses.set(i, inside);
            likenesses.add(outside);
        }
    }

    /** The actions the statement's Action or NotAction covers, as {@link Statement#coversAction} decides. */
    private BitSet covered(Statement statement) {
        BitSet known = byStatement.get(statement);
        if (known == null) {
            known = new BitSet(catalog.actionCount());
            if (statement.actions() != null) {
                for (ActionPattern pattern : statement.actions()) {
                    known.or(matching(pattern));
                }
                if (statement.notAction()) {
                    known.flip(0, catalog.actionCount());
                }
            }
            byStatement.put(statement, known);
        }
        return known;
    }

    /**
     * The actions one Action entry matches: the catalogue's expansion, which matches ASCII text as the entry
     * does; an entry with other characters (whose case folding may differ) is matched by itself, action by action.
     */
    private BitSet matching(ActionPattern pattern) {
        return byPattern.computeIfAbsent(pattern.text(), text -> {
            BitSet bits = new BitSet(catalog.actionCount());
            if (text.chars().allMatch(c -> c < 0x80)) {
                catalog.expand(text).ids().forEach(bits::set);
            } else {
                for (Action action : catalog.actions()) {
                    if (pattern.matches(action.fullName())) {
                        bits.set(action.id());
                    }
                }
            }
            return bits;
        });
    }

    /** The actions for which the catalogue lists this condition key (or the template it fills in), on them or their resources. */
    private BitSet taking(String key) {
        return byKey.computeIfAbsent(key.toLowerCase(Locale.ROOT), lower -> {
            Map<String, BitSet> listed = listedKeys();
            BitSet bits = (BitSet) listed.getOrDefault(lower, new BitSet()).clone();
            catalog.conditionKey(lower).ifPresent(template ->
                    bits.or(listed.getOrDefault(template.name().toLowerCase(Locale.ROOT), new BitSet())));
            return bits;
        });
    }

    /** Each condition key the catalogue lists for some action (lower case), with those actions: read once, when a condition asks. */
    private Map<String, BitSet> listedKeys() {
        Map<String, BitSet> known = listedKeys;
        if (known == null) {
            known = new HashMap<>();
            for (Action action : catalog.actions()) {
                list(known, action.conditionKeys(), action.id());
                for (ActionResourceType type : action.resourceTypes()) {
                    list(known, type.conditionKeys(), action.id());
                }
            }
            listedKeys = known;
        }
        return known;
    }

    private static void list(Map<String, BitSet> keys, List<String> names, int action) {
        for (String name : names) {
            keys.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new BitSet()).set(action);
        }
    }
}
