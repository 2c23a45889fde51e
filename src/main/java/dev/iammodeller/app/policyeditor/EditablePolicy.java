package dev.iammodeller.app.policyeditor;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.PermissionSet;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.UpdateEntity;
import dev.iammodeller.model.Words;
import dev.iammodeller.policy.lint.LintOptions;
import dev.iammodeller.policy.lint.PolicyType;
import java.util.Optional;

/**
 * The policy document an entity holds, as the editor sees it: its text, what kind of policy it is (for
 * lint), whether it may be changed, and the command that puts a new text in the model. A managed
 * policy's edit becomes a new default version, as IAM does; a resource without a policy starts from a
 * template.
 */
public record EditablePolicy(Entity entity, String what, String text, PolicyType type, String readOnlyReason) {
    static final String RESOURCE_POLICY_TEMPLATE = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
            + "      \"Effect\": \"Allow\",\n      \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:root\" },\n"
            + "      \"Action\": \"\",\n      \"Resource\": \"\"\n    }\n  ]\n}\n";

    /** Where a permission set without an inline policy starts: a statement to fill in. */
    static final String IDENTITY_POLICY_TEMPLATE = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
            + "      \"Effect\": \"Allow\",\n      \"Action\": \"\",\n      \"Resource\": \"\"\n    }\n  ]\n}\n";

    /** The policy the entity holds, or empty for entities that hold none (users, groups, accounts...). */
    public static Optional<EditablePolicy> of(Entity entity) {
        if (entity instanceof Role role) {
            return Optional.of(new EditablePolicy(entity, "trust policy", role.trustPolicy().json(), PolicyType.TRUST,
                    role.serviceLinked() ? "AWS manages the trust policy of a service-linked role" : null));
        } else if (entity instanceof ManagedPolicy policy) {
            return Optional.of(new EditablePolicy(entity, "policy " + policy.defaultVersion(), policy.document().json(),
                    PolicyType.IDENTITY, policy.awsManaged()
                            ? "AWS managed policies cannot be changed: make a customer managed copy to edit" : null));
        } else if (entity instanceof InlinePolicy policy) {
            return Optional.of(new EditablePolicy(entity, "inline policy", policy.document().json(), PolicyType.IDENTITY,
                    null));
        } else if (entity instanceof Resource resource) {
            String text = resource.policy() == null ? RESOURCE_POLICY_TEMPLATE : resource.policy().json();
            return Optional.of(new EditablePolicy(entity, "resource policy", text, PolicyType.RESOURCE, null));
        } else if (entity instanceof PermissionSet set) {
            String text = set.inlinePolicy() == null ? IDENTITY_POLICY_TEMPLATE : set.inlinePolicy().json();
            return Optional.of(new EditablePolicy(entity, "inline policy", text, PolicyType.IDENTITY, null));
        } else if (entity instanceof OrganizationPolicy policy) {
            return Optional.of(new EditablePolicy(entity, policy.type().name(), policy.document().json(),
                    policy.type() == OrganizationPolicy.Type.SCP ? PolicyType.SCP : PolicyType.RCP, null));
        }
        return Optional.empty();
    }

    public boolean readOnly() {
        return readOnlyReason != null;
    }

    /**
     * "trust policy of role deployer", for titles and the Undo menu; a policy that is the entity itself is named
     * as such ("inline policy onboard-customers", not "inline policy of inline policy onboard-customers").
     */
    public String title() {
        return isItself() ? what + " " + entity.name() : what + " of " + Words.of(entity.kind()) + " " + entity.name();
    }

    /** True when the entity is the policy (an inline policy, an SCP or RCP), not what holds it. */
    private boolean isItself() {
        return entity instanceof InlinePolicy || entity instanceof OrganizationPolicy;
    }

    LintOptions lintOptions() {
        return new LintOptions(type, entity.account(),
                entity instanceof ManagedPolicy policy && policy.awsManaged());
    }

    /** The command that puts {@code newText} in the model as this entity's document. */
    UpdateEntity commandFor(String newText) {
        PolicyText document = new PolicyText(newText);
        Entity updated;
        if (entity instanceof Role r) {
            updated = new Role(r.id(), r.account(), r.name(), r.path(), document, r.maxSessionHours(), r.description(),
                    r.tags());
        } else if (entity instanceof ManagedPolicy p) {
            updated = p.withNewDefaultVersion(document);
        } else if (entity instanceof InlinePolicy p) {
            updated = new InlinePolicy(p.id(), p.owner(), p.name(), document);
        } else if (entity instanceof Resource r) {
            updated = new Resource(r.id(), r.account(), r.name(), r.type(), r.arn(), document);
        } else if (entity instanceof PermissionSet set) {
            // its provisioned roles take the new policy too (UpdateEntity provisions a changed set again)
            updated = new PermissionSet(set.id(), set.name(), set.arn(), set.description(), set.sessionDuration(),
                    set.customerManagedPolicies(), document, set.customerManagedBoundary());
        } else {
            OrganizationPolicy p = (OrganizationPolicy) entity;
            updated = new OrganizationPolicy(p.id(), p.type(), p.name(), document);
        }
        String label = "Edit " + (entity instanceof ManagedPolicy ? "policy" : what) + (isItself() ? " " : " of ")
                + entity.name();
        return new UpdateEntity(updated, label);
    }
}
