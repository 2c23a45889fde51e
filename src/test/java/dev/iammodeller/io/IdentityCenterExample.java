package dev.iammodeller.io;

import dev.iammodeller.catalog.AwsManagedPolicy;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityCenterUser;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PermissionSet;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.ProvisionedRoles;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds example 11, the management-account scenario with IAM Identity Center: maria is assigned
 * AdministratorAccess in production and staging and ReadOnlyAccess in the sandbox, under an SCP that denies
 * leaving the organization. Built through the model's own provisioning (so the roles are exactly what the
 * application makes) and laid out automatically. {@code IdentityCenterExampleTest} checks the shipped file is
 * what this builds; {@code main} writes it: run with the test classpath and the examples folder as argument.
 */
public final class IdentityCenterExample {
    public static final String FILE = "11-identity-center-assignments.iam.json";
    static final String TITLE = "A person signing in through IAM Identity Center";
    static final String DESCRIPTION = "maria is an Identity Center user, not an IAM user: she is assigned permission"
            + " set AdministratorAccess in production and staging and ReadOnlyAccess in the sandbox. Each assignment"
            + " is a role AWSReservedSSO_<set>_<suffix> that Identity Center keeps in the account (nobody can change"
            + " it), and she reaches what those roles reach, capped by the SCPs: DenyLeaveOrganization stops even"
            + " her administrator roles from taking an account out of the organization. She reaches nothing in the"
            + " management account.";

    private IdentityCenterExample() {
    }

    public static IamModel build() {
        Map<String, Entity> entities = new TreeMap<>();
        List<Relation> relations = new ArrayList<>();
        entities.put("r-ab12", new OrganizationRoot("r-ab12", "Root"));
        entities.put("ou-workloads", new OrganizationalUnit("ou-workloads", "Workloads", "r-ab12"));
        entities.put("ou-sandbox", new OrganizationalUnit("ou-sandbox", "Sandbox", "r-ab12"));
        account(entities, "100000000000", "management", "r-ab12", true);
        account(entities, "222222222222", "production", "ou-workloads", false);
        account(entities, "333333333333", "staging", "ou-workloads", false);
        account(entities, "444444444444", "sandbox", "ou-sandbox", false);
        entities.put("p-FullAWSAccess", new OrganizationPolicy("p-FullAWSAccess", OrganizationPolicy.Type.SCP,
                "FullAWSAccess", new PolicyText(policy("\"Effect\": \"Allow\",\n      \"Action\": \"*\",\n"
                + "      \"Resource\": \"*\""))));
        for (String target : List.of("r-ab12", "ou-workloads", "ou-sandbox", "acct-100000000000", "acct-222222222222",
                "acct-333333333333", "acct-444444444444")) {
            relations.add(new Relation(RelationKind.APPLIES_TO, "p-FullAWSAccess", target));
        }
        entities.put("deny-leave-organization", new OrganizationPolicy("deny-leave-organization",
                OrganizationPolicy.Type.SCP, "DenyLeaveOrganization", new PolicyText(policy("\"Sid\": \"DenyLeave\",\n"
                + "      \"Effect\": \"Deny\",\n      \"Action\": \"organizations:LeaveOrganization\",\n"
                + "      \"Resource\": \"*\""))));
        relations.add(new Relation(RelationKind.APPLIES_TO, "deny-leave-organization", "r-ab12"));
        Catalog catalog = Catalog.load();
        for (String name : List.of("AdministratorAccess", "ReadOnlyAccess")) {
            AwsManagedPolicy known = catalog.managedPolicies().byArn("arn:aws:iam::aws:policy/" + name).orElseThrow();
            entities.put(name, new ManagedPolicy(name, null, name, "/", "", List.of(new ManagedPolicyVersion(
                    known.versionId(), new PolicyText(known.documentJson()))), known.versionId()));
        }
        entities.put("admin", new PermissionSet("admin", "AdministratorAccess",
                "arn:aws:sso:::permissionSet/ssoins-72230000aaaabbbb/ps-72230000aaaa0001", "Full access", "PT8H",
                List.of(), null, null));
        entities.put("read-only", new PermissionSet("read-only", "ReadOnlyAccess",
                "arn:aws:sso:::permissionSet/ssoins-72230000aaaabbbb/ps-72230000aaaa0002", "Read everything", "PT4H",
                List.of(), null, null));
        relations.add(new Relation(RelationKind.ATTACHED_TO, "AdministratorAccess", "admin"));
        relations.add(new Relation(RelationKind.ATTACHED_TO, "ReadOnlyAccess", "read-only"));
        entities.put("maria", new IdentityCenterUser("maria", "maria", "Maria Garcia"));
        IamModel model = new IamModel(TITLE, DESCRIPTION, entities, relations, Layout.EMPTY);
        for (String[] assignment : new String[][] {{"admin", "222222222222"}, {"admin", "333333333333"},
                {"read-only", "444444444444"}}) {
            model = ProvisionedRoles.provision(model, assignment[0], assignment[1]);
            Role role = ProvisionedRoles.roleIn(model, assignment[0], assignment[1]);
            model = model.withRelation(new Relation(RelationKind.ASSIGNED_TO, "maria", role.id()));
        }
        model = model.withLayout(layout(model));
        try {
            return ModelFile.read(ModelFile.toJson(model), FILE); // policy texts as a saved file holds them
        } catch (ModelFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * By hand, to fill a window: the root holds the SCPs, then Workloads (production and staging), then the
     * management account and Sandbox; maria on its left; each permission set and its AWS managed policy below.
     */
    private static Layout layout(IamModel model) {
        Map<String, Layout.Point> nodes = new TreeMap<>();
        Map<String, Layout.Bounds> frames = new TreeMap<>();
        frames.put("r-ab12", new Layout.Bounds(240, 0, 592, 568));
        nodes.put("deny-leave-organization", new Layout.Point(264, 40));
        nodes.put("p-FullAWSAccess", new Layout.Point(484, 40));
        frames.put("ou-workloads", new Layout.Bounds(264, 136, 544, 184));
        frames.put("acct-222222222222", new Layout.Bounds(288, 176, 228, 120));
        frames.put("acct-333333333333", new Layout.Bounds(556, 176, 228, 120));
        frames.put("acct-100000000000", new Layout.Bounds(264, 360, 228, 120));
        frames.put("ou-sandbox", new Layout.Bounds(532, 360, 276, 184));
        frames.put("acct-444444444444", new Layout.Bounds(556, 400, 228, 120));
        for (String[] at : new String[][] {{"admin", "222222222222", "312", "216"}, {"admin", "333333333333", "580", "216"},
                {"read-only", "444444444444", "580", "440"}}) {
            nodes.put(ProvisionedRoles.roleIn(model, at[0], at[1]).id(),
                    new Layout.Point(Double.parseDouble(at[2]), Double.parseDouble(at[3])));
        }
        nodes.put("maria", new Layout.Point(0, 300));
        nodes.put("admin", new Layout.Point(446, 620));
        nodes.put("read-only", new Layout.Point(666, 620));
        nodes.put("AdministratorAccess", new Layout.Point(446, 730));
        nodes.put("ReadOnlyAccess", new Layout.Point(666, 730));
        return new Layout(nodes, frames);
    }

    private static void account(Map<String, Entity> entities, String id, String name, String parent, boolean management) {
        entities.put("acct-" + id, new Account("acct-" + id, id, name, parent, management));
    }

    private static String policy(String statement) {
        return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      " + statement + "\n    }\n  ]\n}";
    }

    public static void main(String[] args) throws Exception {
        ModelFile.write(build(), Path.of(args[0]).resolve(FILE));
    }
}
