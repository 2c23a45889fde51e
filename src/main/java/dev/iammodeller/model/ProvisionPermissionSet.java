package dev.iammodeller.model;

/**
 * Provisions a permission set in an account, as Identity Center does when the set is first assigned there:
 * the role {@code AWSReservedSSO_<set>_<suffix>} appears in the account with the set's policies. Drawn from a
 * permission set to an account; an Identity Center user or group is then assigned by connecting it to that role.
 */
public record ProvisionPermissionSet(String permissionSetId, String accountId) implements ModelCommand {
    @Override
    public String label() {
        return "Provision " + permissionSetId + " in account " + accountId;
    }

    @Override
    public IamModel apply(IamModel model) {
        if (!(model.entities().get(permissionSetId) instanceof PermissionSet)) {
            throw new EditRefused("\"" + permissionSetId + "\" is not a permission set of the model");
        }
        if (model.account(accountId).isEmpty()) {
            throw new EditRefused("account " + accountId + " is not in the model");
        }
        if (ProvisionedRoles.roleIn(model, permissionSetId, accountId) != null) {
            throw new EditRefused("the permission set is already provisioned in account " + accountId);
        }
        return ProvisionedRoles.provision(model, permissionSetId, accountId);
    }
}
