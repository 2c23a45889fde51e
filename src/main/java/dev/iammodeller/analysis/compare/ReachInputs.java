package dev.iammodeller.analysis.compare;

import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.analysis.PrincipalPolicies;
import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a user's or role's own reach ({@link dev.iammodeller.analysis.ForwardReach}) must be the same in both
 * models, without computing it: everything it is decided from is the same. That is the principal itself (name,
 * path, tags...), the policies that apply to it in order (its own and its groups', compared as JSON) and its
 * boundary, and, for every principal alike, the resources (with their policies) and compute it is tried against
 * and the organization (accounts, units, SCPs and RCPs and where they apply). When it says "the same", the reach
 * is not computed twice for nothing; when unsure, it says "not the same" and the reach is compared.
 */
final class ReachInputs {
    private final IamModel base;
    private final IamModel next;
    private final EntityPairing pairing;
    private final boolean sameWorld;
    private final boolean sameTrust;

    ReachInputs(Catalog catalog, IamModel base, IamModel next, EntityPairing pairing) {
        this.base = base;
        this.next = next;
        this.pairing = pairing;
        this.sameWorld = world(base).equals(world(next));
        this.sameTrust = sameWorld && sameTrust(catalog);
    }

    /**
     * True only when the roles a principal can assume cannot differ between the two models: its own inputs are the
     * same, and so is every role's trust policy, and every role whose policies changed has, in either model, no
     * statement (Allow or Deny) that covers {@code sts:AssumeRole} and the same boundary, so it chains to the same
     * roles as before.
     */
    boolean sameRoles(Entity before, Entity after) {
        if (!sameTrust || before == null || after == null) {
            return false;
        }
        return before.kind().isIamPrincipal() ? sameOwnReach(before, after)
                : EntityAspects.between(before, after, pairing).isEmpty();
    }

    private boolean sameTrust(Catalog catalog) {
        List<Role> was = base.all(Role.class);
        if (was.size() != next.all(Role.class).size()) {
            return false;
        }
        Action assume = catalog.action("sts:AssumeRole").orElse(null);
        for (Role role : was) {
            String newId = pairing.newId(role.id());
            if (newId == null || !(next.entities().get(newId) instanceof Role now)
                    || !EntityAspects.samePolicy(role.trustPolicy(), now.trustPolicy())) {
                return false;
            }
            if (!sameOwnReach(role, now) && (assume == null || mayChain(catalog, assume, base, role) || mayChain(catalog, assume, next, now)
                    || !sameBoundary(role, now))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a statement of the role's policies covers sts:AssumeRole: its changes could change its chains. */
    private static boolean mayChain(Catalog catalog, Action assume, IamModel model, Role role) {
        for (PolicySource source : PrincipalPolicies.of(model, role.id()).identity()) {
            for (Statement statement : source.document().statements()) {
                if (ForwardReach.covered(catalog, statement).contains(assume)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean sameBoundary(Role before, Role after) {
        PolicySource was = PrincipalPolicies.of(base, before.id()).boundary();
        PolicySource now = PrincipalPolicies.of(next, after.id()).boundary();
        return was == null ? now == null : now != null && EntityAspects.samePolicy(text(base, was), text(next, now));
    }

    /** True only when the principal's own reach cannot differ between the two models. */
    boolean sameOwnReach(Entity before, Entity after) {
        if (!sameWorld || before == null || after == null || !EntityAspects.between(before, after, pairing).isEmpty()) {
            return false;
        }
        PrincipalPolicies was = PrincipalPolicies.of(base, before.id());
        PrincipalPolicies now = PrincipalPolicies.of(next, after.id());
        if (was.identity().size() != now.identity().size() || (was.boundary() == null) != (now.boundary() == null)) {
            return false;
        }
        for (int i = 0; i < was.identity().size(); i++) {
            if (!EntityAspects.samePolicy(text(base, was.identity().get(i)), text(next, now.identity().get(i)))) {
                return false;
            }
        }
        return was.boundary() == null || EntityAspects.samePolicy(text(base, was.boundary()), text(next, now.boundary()));
    }

    private static PolicyText text(IamModel model, PolicySource source) {
        Entity policy = model.entities().get(source.policyId());
        return policy instanceof ManagedPolicy managed ? managed.document()
                : policy instanceof InlinePolicy inline ? inline.document() : null;
    }

    /**
     * What every principal's reach is decided against, by ARNs and names (never ids, which two imports need not
     * share): the resources and their policies, the compute, the organization and its policies.
     */
    private static List<String> world(IamModel model) {
        List<String> out = new ArrayList<>();
        for (Entity entity : model.entities().values()) {
            if (entity instanceof Resource r) {
                out.add("resource " + r.arn() + " " + r.type() + " " + r.account() + " " + (r.policy() == null ? "" : r.policy().json()));
            } else if (entity instanceof Compute c) {
                out.add("compute " + c.arn() + " " + c.type() + " " + c.account() + " " + c.name());
            } else if (entity instanceof OrganizationPolicy p) {
                out.add("organizationPolicy " + p.type() + " " + p.name() + " " + p.document().json());
            } else if (entity instanceof Account a) {
                out.add("account " + a.accountId() + " " + a.management() + " " + name(model, a.parent()));
            } else if (entity instanceof OrganizationalUnit u) {
                out.add("unit " + u.name() + " " + name(model, u.parent()));
            } else if (entity instanceof OrganizationRoot root) {
                out.add("root " + root.name());
            }
        }
        for (Relation relation : model.relations()) {
            if (relation.kind() == RelationKind.APPLIES_TO) {
                out.add("appliesTo " + name(model, relation.from()) + " " + name(model, relation.to()));
            }
        }
        out.sort(null);
        return out;
    }

    private static String name(IamModel model, String id) {
        Entity entity = id == null ? null : model.entities().get(id);
        return entity == null ? String.valueOf(id) : entity.kind() + ":" + (entity.arn() != null ? entity.arn() : entity.name());
    }
}
