package dev.iammodeller.analysis;

import dev.iammodeller.eval.OrganizationLevel;
import dev.iammodeller.eval.RequestContext;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The SCP or RCP levels that govern an account: one level per step from the organization root down to
 * the account, each holding the policies attached there. None for an account outside an organization
 * or for the management account, which SCPs and RCPs never restrict.
 */
public final class OrganizationPath {
    private OrganizationPath() {
    }

    public static List<OrganizationLevel> levels(IamModel model, String accountId, OrganizationPolicy.Type type) {
        Optional<Account> account = model.account(accountId);
        if (account.isEmpty() || account.get().parent() == null || account.get().management()) {
            return List.of();
        }
        List<String> path = new ArrayList<>();
        path.add(account.get().id());
        String parent = account.get().parent();
        while (parent != null && !path.contains(parent)) {
            path.add(parent);
            Entity next = model.entities().get(parent);
            parent = next instanceof OrganizationalUnit unit ? unit.parent() : null;
        }
        Collections.reverse(path);
        List<OrganizationLevel> levels = new ArrayList<>();
        for (String target : path) {
            List<dev.iammodeller.policy.PolicyDocument> policies = new ArrayList<>();
            for (Relation relation : model.to(target, RelationKind.APPLIES_TO)) {
                if (model.entities().get(relation.from()) instanceof OrganizationPolicy policy && policy.type() == type) {
                    policies.add(policy.document().document());
                }
            }
            levels.add(new OrganizationLevel(target, policies));
        }
        return levels;
    }

    /**
     * The id of the organization ({@code o-...}) an account of the model belongs to: its root's, found up the
     * chain of units; null outside an organization, or when the model does not know the id.
     */
    public static String organizationId(IamModel model, String accountId) {
        if (accountId == null) {
            return null;
        }
        Optional<Account> account = model.account(accountId);
        String parent = account.map(Account::parent).orElse(null);
        for (int step = 0; parent != null && step <= 6; step++) { // AWS nests units five deep at most
            Entity next = model.entities().get(parent);
            if (next instanceof dev.iammodeller.model.OrganizationRoot root) {
                return root.organizationId();
            }
            parent = next instanceof OrganizationalUnit unit ? unit.parent() : null;
        }
        return null;
    }

    /**
     * Adds the keys AWS sets for a request inside an organization, unless given: {@code aws:PrincipalOrgID}, the
     * organization of the caller's account, and {@code aws:ResourceOrgID}, that of the resource's account.
     */
    public static RequestContext.Builder withOrganizationKeys(IamModel model, RequestContext.Builder keys,
                                                              String principalAccount, String resourceAccount) {
        String principalOrganization = organizationId(model, principalAccount);
        if (principalOrganization != null) {
            keys.putIfAbsent("aws:PrincipalOrgID", "aws:principalorgid", principalOrganization);
        }
        String resourceOrganization = organizationId(model, resourceAccount);
        if (resourceOrganization != null) {
            keys.putIfAbsent("aws:ResourceOrgID", "aws:resourceorgid", resourceOrganization);
        }
        return keys;
    }
}
