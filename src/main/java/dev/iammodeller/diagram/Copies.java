package dev.iammodeller.diagram;

import dev.iammodeller.model.AddEntity;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.CompoundCommand;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Connect;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ModelCommand;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copy, paste and duplicate: copies get fresh ids and names ({@code alice-copy}), keep the relations among
 * themselves, and land offset from the originals, all as one undo step. Frames (accounts, units) and the
 * things of which a model holds one (an AWS service, an AWS managed policy) are not copied.
 */
public final class Copies {
    public static final double OFFSET = 40;

    private Copies() {
    }

    public static Clip copy(IamModel model, Drawing drawing, Set<String> ids) {
        List<Entity> entities = new ArrayList<>();
        Map<String, Rect> shapes = new LinkedHashMap<>();
        for (String id : ids) {
            Entity e = model.entities().get(id);
            if (e != null && copyable(e)) {
                entities.add(e);
                shapes.put(id, drawing.shape(id));
            }
        }
        List<Relation> relations = model.relations().stream()
                .filter(r -> shapes.containsKey(r.from()) && shapes.containsKey(r.to())).toList();
        return new Clip(entities, relations, shapes);
    }

    /** The command that adds copies of the clip's entities {@code times} × {@link #OFFSET} away, or null for none. */
    public static ModelCommand paste(IamModel model, Clip clip, int times) {
        if (clip.isEmpty()) {
            return null;
        }
        List<ModelCommand> commands = new ArrayList<>();
        Map<String, String> newIds = new LinkedHashMap<>();
        IamModel growing = model;
        for (Entity e : clip.entities()) {
            String name = Naming.copyOf(growing, e.kind(), e.name());
            newIds.put(e.id(), name);
            Entity copy = renamed(e, name, name, newIds);
            Rect at = clip.shapes().get(e.id());
            AddEntity add = new AddEntity(copy, at == null ? null
                    : new Layout.Point(at.x() + OFFSET * times, at.y() + OFFSET * times));
            commands.add(add);
            growing = growing.with(copy);
        }
        for (Relation r : clip.relations()) {
            commands.add(new Connect(new Relation(r.kind(), newIds.get(r.from()), newIds.get(r.to()))));
        }
        String label = clip.entities().size() == 1 ? "Paste " + newIds.values().iterator().next()
                : "Paste " + clip.entities().size() + " nodes";
        return new CompoundCommand(label, commands);
    }

    static boolean copyable(Entity e) {
        return !KindLooks.isFrame(e.kind()) && !(e instanceof AwsService)
                && !(e instanceof ManagedPolicy p && p.awsManaged());
    }

    private static Entity renamed(Entity e, String id, String name, Map<String, String> newIds) {
        if (e instanceof User u) {
            return new User(id, u.account(), name, u.path(), u.accessKeys(), u.consolePassword(), u.tags());
        } else if (e instanceof Group g) {
            return new Group(id, g.account(), name, g.path());
        } else if (e instanceof Role r) {
            return new Role(id, r.account(), name, r.path(), r.trustPolicy(), r.maxSessionHours(), r.description(), r.tags());
        } else if (e instanceof ManagedPolicy p) {
            return new ManagedPolicy(id, p.account(), name, p.path(), p.description(), p.versions(), p.defaultVersion());
        } else if (e instanceof InlinePolicy p) {
            return new InlinePolicy(id, newIds.getOrDefault(p.owner(), p.owner()), name, p.document());
        } else if (e instanceof IdentityProvider p) {
            return new IdentityProvider(id, p.account(), p.type(), name);
        } else if (e instanceof Resource r) {
            return new Resource(id, r.account(), name, r.type(), r.arn().endsWith(r.name())
                    ? r.arn().substring(0, r.arn().length() - r.name().length()) + name : r.arn() + "-copy", r.policy());
        } else if (e instanceof Compute c) {
            return new Compute(id, c.account(), c.type(), name, c.arn().endsWith(c.name())
                    ? c.arn().substring(0, c.arn().length() - c.name().length()) + name : c.arn() + "-copy", c.instanceProfile());
        } else if (e instanceof OrganizationPolicy p) {
            return new OrganizationPolicy(id, p.type(), name, p.document());
        }
        throw new IllegalArgumentException("not copied: " + e.kind());
    }
}
