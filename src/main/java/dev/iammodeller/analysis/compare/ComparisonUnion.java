package dev.iammodeller.analysis.compare;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a comparison draws: the new model with what the base held and the new one removed put back (at its place
 * in the base's layout), each entity marked added, removed or changed, and each relation added or removed (by the
 * ids of the union). An entity removed under an id the new model gives something else is left out.
 */
public record ComparisonUnion(IamModel model, Map<String, Change> entities, List<Edge> relations) {
    /** A relation added or removed, between two entities of the union. */
    public record Edge(Change change, Relation relation) {
    }

    public ComparisonUnion {
        entities = Map.copyOf(entities);
        relations = List.copyOf(relations);
    }

    public static ComparisonUnion of(ModelComparison comparison) {
        IamModel base = comparison.base();
        IamModel next = comparison.next();
        EntityPairing pairing = comparison.pairing();
        Map<String, Entity> all = new TreeMap<>(next.entities());
        Map<String, Change> marks = new HashMap<>();
        Layout layout = next.layout();
        for (EntityChange change : comparison.changes().entities()) {
            if (change.change() != Change.REMOVED) {
                marks.put(change.next().id(), change.change());
            } else if (!all.containsKey(change.base().id())) {
                Entity removed = reattached(change.base(), pairing);
                all.put(removed.id(), removed);
                marks.put(removed.id(), Change.REMOVED);
                Layout.Point at = base.layout().nodes().get(removed.id());
                Layout.Bounds frame = base.layout().frames().get(removed.id());
                layout = at != null ? layout.withNode(removed.id(), at) : frame != null ? layout.withFrame(removed.id(), frame) : layout;
            }
        }
        List<Relation> relations = new ArrayList<>(next.relations());
        List<Edge> edges = new ArrayList<>();
        for (RelationChange change : comparison.changes().relations()) {
            Relation relation = change.relation();
            if (change.change() == Change.REMOVED) {
                relation = new Relation(relation.kind(), unionId(relation.from(), pairing, marks),
                        unionId(relation.to(), pairing, marks));
                if (!all.containsKey(relation.from()) || !all.containsKey(relation.to())) {
                    continue;
                }
                relations.add(relation);
            }
            edges.add(new Edge(change.change(), relation));
        }
        IamModel union = new IamModel(next.title(), next.description(), all, relations, layout, next.acceptedFindings());
        return new ComparisonUnion(union, marks, edges);
    }

    /** The union's id of a base entity: its new id when paired, else its own (when it was put back). */
    private static String unionId(String baseId, EntityPairing pairing, Map<String, Change> marks) {
        return pairing.newId(baseId) != null || marks.get(baseId) == Change.REMOVED ? pairing.unionId(baseId) : "\u0000gone";
    }

    /** A removed entity, naming its holder or parent by the union's id of it. */
    private static Entity reattached(Entity entity, EntityPairing pairing) {
        if (entity instanceof InlinePolicy policy && pairing.newId(policy.owner()) != null) {
            return new InlinePolicy(policy.id(), pairing.newId(policy.owner()), policy.name(), policy.document());
        }
        if (entity instanceof Account account && account.parent() != null && pairing.newId(account.parent()) != null) {
            return new Account(account.id(), account.accountId(), account.name(), pairing.newId(account.parent()),
                    account.management());
        }
        if (entity instanceof OrganizationalUnit unit && pairing.newId(unit.parent()) != null) {
            return new OrganizationalUnit(unit.id(), unit.name(), pairing.newId(unit.parent()));
        }
        return entity;
    }
}
