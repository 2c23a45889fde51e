package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Drawing Identity Center by hand: provision a set in an account, assign a person, change the set. */
class IdentityCenterEditsTest {
    private static final String ACCOUNT = "222222222222";
    private static final String ALLOW_ALL = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
            + "      \"Effect\": \"Allow\",\n      \"Action\": \"*\",\n      \"Resource\": \"*\"\n    }\n  ]\n}";

    private static IamModel model() {
        return IamModel.EMPTY
                .with(new Account("acct-" + ACCOUNT, ACCOUNT, "production", null, false))
                .with(new ManagedPolicy("AdministratorAccess", null, "AdministratorAccess", "/", "",
                        List.of(new ManagedPolicyVersion("v1", new PolicyText(ALLOW_ALL))), "v1"))
                .with(new PermissionSet("admin", "Admin", null, "", "PT2H30M", List.of(), null, null))
                .with(new IdentityCenterUser("maria", "maria", "Maria Garcia"))
                .withRelation(new Relation(RelationKind.ATTACHED_TO, "AdministratorAccess", "admin"));
    }

    private static ModelCommand choice(IamModel model, String from, String to, String labelStart) {
        return Connections.between(model, from, to).choices().stream().filter(c -> c.label().startsWith(labelStart))
                .findFirst().orElseThrow(() -> new AssertionError(Connections.between(model, from, to).refusal()))
                .command();
    }

    @Test
    void drawingASetToAnAccountProvisionsItsRoleThereAndAPersonIsAssignedToIt() {
        IamModel model = choice(model(), "admin", "acct-" + ACCOUNT, "Provision").apply(model());
        Role role = ProvisionedRoles.roleIn(model, "admin", ACCOUNT);
        assertTrue(role.name().matches("AWSReservedSSO_Admin_[0-9a-f]{16}"), role.name());
        assertEquals("/aws-reserved/sso.amazonaws.com/", role.path());
        assertEquals(3, role.maxSessionHours(), "PT2H30M rounds up to 3 hours");
        assertEquals(Set.of("AdministratorAccess"), model.to(role.id(), RelationKind.ATTACHED_TO).stream()
                .map(Relation::from).collect(Collectors.toSet()));
        assertEquals(List.of(), ModelRules.check(model));
        IamModel assigned = choice(model, "maria", role.id(), "Assign").apply(model);
        assertEquals(List.of(role.id()), ProvisionedRoles.assignedRoles(assigned, "maria"));
    }

    @Test
    void changingTheSetChangesItsRolesAndTheirPoliciesCannotBeChangedDirectly() {
        IamModel model = new ProvisionPermissionSet("admin", ACCOUNT).apply(model());
        String role = ProvisionedRoles.roleIn(model, "admin", ACCOUNT).id();
        IamModel changed = new UpdateEntity(new PermissionSet("admin", "Admin", null, "", "PT1H", List.of(),
                new PolicyText(ALLOW_ALL), null)).apply(model);
        assertEquals(List.of(ProvisionedRoles.INLINE_POLICY_NAME),
                changed.inlinePolicies(role).stream().map(Entity::name).toList());
        assertEquals(1, ((Role) changed.entity(role).orElseThrow()).maxSessionHours());
        IamModel detached = new Disconnect(new Relation(RelationKind.ATTACHED_TO, "AdministratorAccess", "admin"))
                .apply(changed);
        assertEquals(List.of(), detached.to(role, RelationKind.ATTACHED_TO));
        assertThrows(EditRefused.class, () -> new Disconnect(
                new Relation(RelationKind.ATTACHED_TO, "AdministratorAccess", role)).apply(model));
        assertThrows(EditRefused.class, () -> new Disconnect(
                new Relation(RelationKind.PROVISIONS, "admin", role)).apply(model));
    }

    @Test
    void aSetsRulesAreIdentityCentersOwn() {
        IamModel model = model().with(new PermissionSet("long", "x".repeat(33), null, "", "PT13H", List.of("nopath"),
                null, null));
        List<String> problems = ModelRules.check(model).stream().map(RuleViolation::message).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("at most 32")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("1 to 12 hours")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("by path and name")), problems.toString());
        assertTrue(Connections.between(model(), "maria", "admin").choices().isEmpty());
    }
}
