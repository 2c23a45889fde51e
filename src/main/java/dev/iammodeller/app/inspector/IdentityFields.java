package dev.iammodeller.app.inspector;

import static dev.iammodeller.app.inspector.EntityFields.GENERAL;

import dev.iammodeller.app.inspector.FieldSpec.Kind;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.List;

/** The inspector's fields of identities and of the organization: users, groups, roles, providers, accounts. */
final class IdentityFields {
    private static final String SIGN_IN = "Sign-in";
    private static final String SESSION = "Session";
    private static final String TAGS = "Tags";

    private IdentityFields() {
    }

    static List<FieldSpec> of(Entity entity) {
        if (entity instanceof User) {
            return List.of(
                    EntityFields.name(User.class, "The user's name: letters, digits and + = , . @ _ - (at most 64)",
                            (u, v) -> new User(u.id(), u.account(), v, u.path(), u.accessKeys(), u.consolePassword(), u.tags())),
                    EntityFields.path(User.class, User::path,
                            (u, v) -> new User(u.id(), u.account(), u.name(), v, u.accessKeys(), u.consolePassword(), u.tags())),
                    EntityFields.account(User.class,
                            (u, v) -> new User(u.id(), v, u.name(), u.path(), u.accessKeys(), u.consolePassword(), u.tags())),
                    FieldSpec.of(User.class, "access-keys", "Access keys", SIGN_IN, "Whether the user has access keys "
                            + "(programmatic access): long-lived secrets that can leak", Kind.FLAG,
                            u -> String.valueOf(u.accessKeys()), (u, v) -> new User(u.id(), u.account(), u.name(),
                                    u.path(), EntityFields.flag(v), u.consolePassword(), u.tags())),
                    FieldSpec.of(User.class, "console-password", "Console password", SIGN_IN, "Whether the user can "
                            + "sign in to the AWS console with a password", Kind.FLAG,
                            u -> String.valueOf(u.consolePassword()), (u, v) -> new User(u.id(), u.account(), u.name(),
                                    u.path(), u.accessKeys(), EntityFields.flag(v), u.tags())),
                    FieldSpec.of(User.class, "tags", "Tags", TAGS, "key=value pairs separated by commas, such as "
                            + "team=blue, cost-centre=42", Kind.TEXT, u -> TagsText.format(u.tags()),
                            (u, v) -> new User(u.id(), u.account(), u.name(), u.path(), u.accessKeys(),
                                    u.consolePassword(), TagsText.parse(v))));
        } else if (entity instanceof Group) {
            return List.of(
                    EntityFields.name(Group.class, "The group's name: letters, digits and + = , . @ _ - (at most 128)",
                            (g, v) -> new Group(g.id(), g.account(), v, g.path())),
                    EntityFields.path(Group.class, Group::path, (g, v) -> new Group(g.id(), g.account(), g.name(), v)),
                    EntityFields.account(Group.class, (g, v) -> new Group(g.id(), v, g.name(), g.path())));
        } else if (entity instanceof Role) {
            return role();
        } else if (entity instanceof IdentityProvider) {
            return List.of(
                    EntityFields.name(IdentityProvider.class, "The SAML provider's name, or the OIDC provider's host and path",
                            (p, v) -> new IdentityProvider(p.id(), p.account(), p.type(), v)),
                    EntityFields.account(IdentityProvider.class, (p, v) -> new IdentityProvider(p.id(), v, p.type(), p.name())),
                    EntityFields.choice(IdentityProvider.class, "provider-type", "Protocol", "SAML 2.0 or OpenID Connect",
                            p -> p.type().name(), (p, v) -> new IdentityProvider(p.id(), p.account(),
                                    IdentityProvider.Type.valueOf(v), p.name()), any -> EntityFields.choicesOf(IdentityProvider.Type.values())));
        } else if (entity instanceof Account) {
            return List.of(
                    EntityFields.name(Account.class, "The account's name (its alias)",
                            (a, v) -> new Account(a.id(), a.accountId(), v, a.parent(), a.management())),
                    FieldSpec.readOnly(Account.class, "account-id", "Account id", GENERAL, "The 12-digit account id",
                            Account::accountId),
                    FieldSpec.of(Account.class, "management", "Management account", GENERAL, "The organization's "
                            + "management account: SCPs and RCPs never restrict it", Kind.FLAG,
                            a -> String.valueOf(a.management()), (a, v) -> new Account(a.id(), a.accountId(), a.name(),
                                    a.parent(), EntityFields.flag(v))));
        } else if (entity instanceof OrganizationRoot) {
            return List.of(EntityFields.name(OrganizationRoot.class, "The organization root's name",
                    (r, v) -> new OrganizationRoot(r.id(), v, r.organizationId())),
                    FieldSpec.of(OrganizationRoot.class, "organization-id", "Organization id", GENERAL, "The"
                            + " organization's id (o-...): aws:PrincipalOrgID of its accounts' principals; empty when"
                            + " not known", Kind.TEXT, r -> r.organizationId() == null ? "" : r.organizationId(),
                            (r, v) -> {
                                String id = v.isBlank() ? null : v.strip();
                                if (id != null && !OrganizationRoot.ORGANIZATION_ID.matcher(id).matches()) {
                                    throw new IllegalArgumentException("an organization id is o- and 10 to 32 lower-case"
                                            + " letters or digits, as o-a1b2c3d4e5");
                                }
                                return new OrganizationRoot(r.id(), r.name(), id);
                            }));
        } else if (entity instanceof OrganizationalUnit) {
            return List.of(EntityFields.name(OrganizationalUnit.class, "The organizational unit's name",
                    (o, v) -> new OrganizationalUnit(o.id(), v, o.parent())));
        }
        return List.of();
    }

    private static List<FieldSpec> role() {
        return List.of(
                EntityFields.name(Role.class, "The role's name: letters, digits and + = , . @ _ - (at most 64)",
                        (r, v) -> new Role(r.id(), r.account(), v, r.path(), r.trustPolicy(), r.maxSessionHours(),
                                r.description(), r.tags())),
                EntityFields.path(Role.class, Role::path, (r, v) -> new Role(r.id(), r.account(), r.name(), v,
                        r.trustPolicy(), r.maxSessionHours(), r.description(), r.tags())),
                EntityFields.account(Role.class, (r, v) -> new Role(r.id(), v, r.name(), r.path(), r.trustPolicy(),
                        r.maxSessionHours(), r.description(), r.tags())),
                FieldSpec.of(Role.class, "description", "Description", GENERAL, "What the role is for", Kind.TEXT,
                        Role::description, (r, v) -> new Role(r.id(), r.account(), r.name(), r.path(), r.trustPolicy(),
                                r.maxSessionHours(), v, r.tags())),
                FieldSpec.of(Role.class, "session-hours", "Session hours", SESSION, "How long a session "
                        + "of this role lasts at most: 1 to 12 hours", Kind.NUMBER, r -> String.valueOf(r.maxSessionHours()),
                        (r, v) -> new Role(r.id(), r.account(), r.name(), r.path(), r.trustPolicy(), hours(v),
                                r.description(), r.tags())),
                FieldSpec.readOnly(Role.class, "service-linked", "Service-linked", SESSION, "A role under "
                        + "/aws-service-role/ belongs to an AWS service, which alone may change it",
                        r -> r.serviceLinked() ? "yes" : "no"),
                FieldSpec.of(Role.class, "tags", "Tags", TAGS, "key=value pairs separated by commas, such as team=blue",
                        Kind.TEXT, r -> TagsText.format(r.tags()), (r, v) -> new Role(r.id(), r.account(), r.name(),
                                r.path(), r.trustPolicy(), r.maxSessionHours(), r.description(), TagsText.parse(v))));
    }

    private static int hours(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a role's maximum session duration is a whole number of hours, "
                    + "1 to 12, not \"" + text.strip() + "\"");
        }
    }
}
