package dev.iammodeller.analysis;

import dev.iammodeller.eval.OrganizationLevel;
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
}
