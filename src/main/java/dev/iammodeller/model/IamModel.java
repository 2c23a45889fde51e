package dev.iammodeller.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One model of an AWS estate, as an immutable value: entities by id, the relations between them, and
 * the layout. Every change makes a new model ({@link #with}, {@link #without}, {@link #withRelation});
 * the rules IAM enforces are checked by {@link ModelRules} when a command applies a change.
 */
public final class IamModel {
    public static final IamModel EMPTY = new IamModel("Untitled", "", Map.of(), List.of(), Layout.EMPTY);

    private final String title;
    private final String description;
    private final EntitiesById entities;
    private final List<Relation> relations;
    private final Layout layout;
    private final List<AcceptedFinding> acceptedFindings;
    private final List<Comment> comments;
    /** Accounts by their 12-digit id, built on first use (the model never changes). */
    private volatile Map<String, Account> accounts;
    /** Relations by kind and end, and inline policies by owner, built on first use (the model never changes). */
    private volatile Index index;
    /** How many users, groups, roles and managed policies share each name as IAM compares names, built on first use. */
    private volatile Map<String, Integer> namesakes;
    /** The hash code, computed on first use; 0 until then. */
    private int hash;

    private record Index(Map<RelationKind, Map<String, List<Relation>>> from,
                         Map<RelationKind, Map<String, List<Relation>>> to, Map<String, List<InlinePolicy>> inline) {
    }

    public IamModel(String title, String description, Map<String, Entity> entities, List<Relation> relations,
                    Layout layout) {
        this(title, description, entities, relations, layout, List.of());
    }

    /**
     * A model with findings its reviewers accepted, kept by code and subject (a later acceptance of the same
     * finding replaces an earlier one).
     */
    public IamModel(String title, String description, Map<String, Entity> entities, List<Relation> relations,
                    Layout layout, List<AcceptedFinding> acceptedFindings) {
        this(title, description, entities, relations, layout, acceptedFindings, List.of());
    }

    /**
     * A model with its reviewers' comments, kept by number (a later comment of the same number replaces an
     * earlier one).
     */
    public IamModel(String title, String description, Map<String, Entity> entities, List<Relation> relations,
                    Layout layout, List<AcceptedFinding> acceptedFindings, List<Comment> comments) {
        this(title, description, EntitiesById.of(entities), inOrder(relations), layout,
                accepted(acceptedFindings), byNumber(comments));
    }

    /** A model of parts in their order already: what the changes below make, with the parts they keep. */
    private IamModel(String title, String description, EntitiesById entities, List<Relation> relations, Layout layout,
                     List<AcceptedFinding> acceptedFindings, List<Comment> comments) {
        this.title = title;
        this.description = description;
        this.entities = entities;
        this.relations = relations;
        this.layout = layout;
        this.acceptedFindings = acceptedFindings;
        this.comments = comments;
    }

    /** The relations in their order, each once. */
    private static List<Relation> inOrder(List<Relation> relations) {
        return List.copyOf(new TreeSet<>(relations));
    }

    private static List<AcceptedFinding> accepted(List<AcceptedFinding> acceptedFindings) {
        TreeMap<AcceptedFinding, AcceptedFinding> accepted = new TreeMap<>(AcceptedFinding.ORDER);
        acceptedFindings.forEach(a -> accepted.put(a, a));
        return List.copyOf(accepted.values());
    }

    private static List<Comment> byNumber(List<Comment> comments) {
        TreeMap<Integer, Comment> byNumber = new TreeMap<>();
        comments.forEach(c -> byNumber.put(c.number(), c));
        return List.copyOf(byNumber.values());
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Every entity, by id, in id order. */
    public Map<String, Entity> entities() {
        return entities;
    }

    /** Every stored relation, sorted, without duplicates. */
    public List<Relation> relations() {
        return relations;
    }

    public Layout layout() {
        return layout;
    }

    /** The findings reviewers accepted, by code and subject. */
    public List<AcceptedFinding> acceptedFindings() {
        return acceptedFindings;
    }

    /** This model with the finding accepted (replacing an earlier acceptance of it). */
    public IamModel withAccepted(AcceptedFinding accepted) {
        List<AcceptedFinding> copy = new ArrayList<>(acceptedFindings);
        copy.add(accepted);
        return new IamModel(title, description, entities, relations, layout, accepted(copy), comments);
    }

    /** This model without the acceptance of the finding with this code and subject. */
    public IamModel withoutAccepted(String code, String subject) {
        List<AcceptedFinding> copy = new ArrayList<>(acceptedFindings);
        copy.removeIf(a -> a.code().equals(code) && a.subject().equals(subject));
        return new IamModel(title, description, entities, relations, layout, accepted(copy), comments);
    }

    /** The reviewers' comments, by number. */
    public List<Comment> comments() {
        return comments;
    }

    /** The comment with this number. */
    public Optional<Comment> comment(int number) {
        return comments.stream().filter(c -> c.number() == number).findFirst();
    }

    /** The number a new comment takes: one more than the highest. */
    public int nextCommentNumber() {
        return comments.isEmpty() ? 1 : comments.get(comments.size() - 1).number() + 1;
    }

    /** This model with the comment added, or replacing the one of its number. */
    public IamModel withComment(Comment comment) {
        List<Comment> copy = new ArrayList<>(comments);
        copy.add(comment);
        return new IamModel(title, description, entities, relations, layout, acceptedFindings, byNumber(copy));
    }

    public IamModel withoutComment(int number) {
        List<Comment> copy = new ArrayList<>(comments);
        copy.removeIf(c -> c.number() == number);
        return new IamModel(title, description, entities, relations, layout, acceptedFindings, byNumber(copy));
    }

    /**
     * The comments once entity {@code id} is gone: one pinned to it or to an edge of it stays where the entity was
     * drawn, pinned to that spot, so that deleting a node never deletes what reviewers said about it.
     */
    private List<Comment> commentsWithout(String id) {
        List<Comment> out = new ArrayList<>(comments.size());
        for (Comment comment : comments) {
            if (comment.pin().names(id)) {
                Layout.Point at = layout.nodes().get(id);
                Layout.Bounds frame = layout.frames().get(id);
                double x = at != null ? at.x() : frame != null ? frame.x() : 0;
                double y = at != null ? at.y() : frame != null ? frame.y() : 0;
                out.add(comment.withPin(CommentPin.spot(x, y)));
            } else {
                out.add(comment);
            }
        }
        return out;
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** The entities of one kind, as that kind's record type, in id order. */
    public <T extends Entity> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Entity entity : entities.values()) {
            if (type.isInstance(entity)) {
                out.add(type.cast(entity));
            }
        }
        return out;
    }

    /** The account entity with this 12-digit id. */
    public Optional<Account> account(String accountId) {
        Map<String, Account> byId = accounts;
        if (byId == null) {
            byId = new java.util.HashMap<>();
            for (Account account : all(Account.class)) {
                byId.putIfAbsent(account.accountId(), account);
            }
            accounts = byId;
        }
        return Optional.ofNullable(byId.get(accountId));
    }

    /**
     * How many entities of the model carry this entity's name as IAM compares names: case-insensitively,
     * among the users, groups, roles or managed policies of one account (AWS managed policies are their own
     * account). 1 for a name IAM would accept; 0 for other kinds of entity.
     */
    public int namesakes(Entity entity) {
        String key = IamNames.uniquenessKey(entity);
        if (key == null) {
            return 0;
        }
        Map<String, Integer> counts = namesakes;
        if (counts == null) {
            counts = new java.util.HashMap<>();
            for (Entity each : entities.values()) {
                String k = IamNames.uniquenessKey(each);
                if (k != null) {
                    counts.merge(k, 1, Integer::sum);
                }
            }
            namesakes = counts;
        }
        return counts.getOrDefault(key, 0);
    }

    /** The relations of a kind that leave {@code from}. */
    public List<Relation> from(String from, RelationKind kind) {
        return index().from().getOrDefault(kind, Map.of()).getOrDefault(from, List.of());
    }

    /** The relations of a kind that arrive at {@code to}. */
    public List<Relation> to(String to, RelationKind kind) {
        return index().to().getOrDefault(kind, Map.of()).getOrDefault(to, List.of());
    }

    /** The inline policies an entity owns. */
    public List<InlinePolicy> inlinePolicies(String owner) {
        return index().inline().getOrDefault(owner, List.of());
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            Map<RelationKind, Map<String, List<Relation>>> byFrom = new java.util.EnumMap<>(RelationKind.class);
            Map<RelationKind, Map<String, List<Relation>>> byTo = new java.util.EnumMap<>(RelationKind.class);
            for (Relation relation : relations) {
                byFrom.computeIfAbsent(relation.kind(), k -> new java.util.HashMap<>())
                        .computeIfAbsent(relation.from(), k -> new ArrayList<>()).add(relation);
                byTo.computeIfAbsent(relation.kind(), k -> new java.util.HashMap<>())
                        .computeIfAbsent(relation.to(), k -> new ArrayList<>()).add(relation);
            }
            Map<String, List<InlinePolicy>> inline = new java.util.HashMap<>();
            for (Entity entity : entities.values()) {
                if (entity instanceof InlinePolicy policy) {
                    inline.computeIfAbsent(policy.owner(), k -> new ArrayList<>()).add(policy);
                }
            }
            inline.replaceAll((owner, list) -> Collections.unmodifiableList(list));
            built = new Index(freeze(byFrom), freeze(byTo), Collections.unmodifiableMap(inline));
            index = built;
        }
        return built;
    }

    private static Map<RelationKind, Map<String, List<Relation>>> freeze(Map<RelationKind, Map<String, List<Relation>>> map) {
        map.values().forEach(byEnd -> byEnd.replaceAll((end, list) -> Collections.unmodifiableList(list)));
        return map;
    }

    /** This model with the entity added, or replacing the one with its id. */
    public IamModel with(Entity entity) {
        TreeMap<String, Entity> copy = entities.copy();
        copy.put(entity.id(), entity);
        return new IamModel(title, description, EntitiesById.taking(copy), relations, layout, acceptedFindings, comments);
    }

    /** This model without the entity, its relations, its inline policies and its place in the layout. */
    public IamModel without(String id) {
        TreeMap<String, Entity> copy = entities.copy();
        copy.remove(id);
        copy.values().removeIf(e -> e instanceof InlinePolicy p && p.owner().equals(id));
        List<Relation> kept = relations.stream().filter(r -> !r.from().equals(id) && !r.to().equals(id)).toList();
        return new IamModel(title, description, EntitiesById.taking(copy), kept, layout.without(id), acceptedFindings,
                byNumber(commentsWithout(id)));
    }

    public IamModel withRelation(Relation relation) {
        List<Relation> copy = new ArrayList<>(relations);
        copy.add(relation);
        return new IamModel(title, description, entities, inOrder(copy), layout, acceptedFindings, comments);
    }

    public IamModel withoutRelation(Relation relation) {
        List<Relation> copy = new ArrayList<>(relations);
        copy.remove(relation);
        return new IamModel(title, description, entities, inOrder(copy), layout, acceptedFindings, comments);
    }

    /**
     * True when {@code other} holds the same entities and relations as this model: it differs at most in what no
     * analysis reads (the layout, the title and description, the comments, the accepted findings), so that every
     * answer about one is an answer about the other. Quick when one was made from the other by such an edit (its
     * entities are the same values).
     */
    public boolean sameEntitiesAndRelations(IamModel other) {
        if (other == this || other != null && other.entities == entities && other.relations == relations) {
            return true; // one made from the other by an edit of neither: they share both
        }
        if (other == null || entities.size() != other.entities.size() || !relations.equals(other.relations)) {
            return false;
        }
        Iterator<Map.Entry<String, Entity>> theirs = other.entities.entrySet().iterator();
        for (Map.Entry<String, Entity> mine : entities.entrySet()) {
            Map.Entry<String, Entity> that = theirs.next();
            if (!mine.getKey().equals(that.getKey())
                    || mine.getValue() != that.getValue() && !mine.getValue().equals(that.getValue())) {
                return false;
            }
        }
        return true;
    }

    public IamModel withLayout(Layout newLayout) {
        return new IamModel(title, description, entities, relations, newLayout, acceptedFindings, comments);
    }

    public IamModel withTitle(String newTitle, String newDescription) {
        return new IamModel(newTitle, newDescription, entities, relations, layout, acceptedFindings, comments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IamModel m && title.equals(m.title) && description.equals(m.description)
                && entities.equals(m.entities) && relations.equals(m.relations) && layout.equals(m.layout)
                && acceptedFindings.equals(m.acceptedFindings) && comments.equals(m.comments);
    }

    /**
     * Computed once (the model never changes): caches keyed by a model value ask for it on every look-up, and
     * hashing every entity of a large model each time cost seconds.
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = entities.hashCode() * 31 + relations.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "IamModel[" + title + ", " + entities.size() + " entities, " + relations.size() + " relations]";
    }
}
