package dev.iammodeller.diagram;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.AddEntity;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.CompoundCommand;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IdentityCenterGroup;
import dev.iammodeller.model.IdentityCenterUser;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.PermissionSet;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.List;
import java.util.Map;

/**
 * Makes the entity a palette item stands for, dropped at a point: a fresh unique name, the account of the
 * frame it is dropped into (or the model's first account), and the command that adds it there.
 */
public final class NewEntities {
    static final double ACCOUNT_WIDTH = 480;
    static final double ACCOUNT_HEIGHT = 220;
    private static final String HARMLESS = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
            + "      \"Effect\": \"Allow\",\n      \"Action\": \"sts:GetCallerIdentity\",\n      \"Resource\": \"*\"\n    }\n  ]\n}";
    private static final String FULL_ACCESS = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
            + "      \"Effect\": \"Allow\",\n      \"Action\": \"*\",\n      \"Resource\": \"*\"\n    }\n  ]\n}";

    private NewEntities() {
    }

    /** A new model: one account frame, ready for what is dropped in it. */
    public static IamModel blankModel() {
        Creation account = create(IamModel.EMPTY, Drawing.of(IamModel.EMPTY), PaletteItem.of(EntityKind.ACCOUNT),
                new Point(40 + ACCOUNT_WIDTH / 2, 40 + Drawing.NODE_HEIGHT / 2), null);
        return account.command().apply(IamModel.EMPTY);
    }

    public static Creation create(IamModel model, Drawing drawing, PaletteItem item, Point at, Grid grid) {
        Point corner = at.plus(-Drawing.NODE_WIDTH / 2, -Drawing.NODE_HEIGHT / 2);
        if (grid != null) {
            corner = grid.snap(corner);
        }
        String frame = drawing.frameAt(at);
        EntityKind kind = item.kind();
        switch (kind) {
            case ORGANIZATION_ROOT:
                if (!model.all(OrganizationRoot.class).isEmpty()) {
                    return Creation.refused("The model already has its organization root; an organization has one.");
                }
                return frame(new OrganizationRoot(Naming.fresh(model, kind, "r"), "Root"), corner, 720, 360);
            case ORGANIZATIONAL_UNIT: {
                String parent = organizationParent(model, frame);
                if (parent == null) {
                    return Creation.refused("An organizational unit lives in an organization: add an organization root first.");
                }
                String name = Naming.fresh(model, kind, "ou");
                return frame(new OrganizationalUnit(name, name, parent), corner, 560, 280);
            }
            case ACCOUNT: {
                String number = Naming.freshAccountId(model);
                String name = Naming.fresh(model, kind, "account");
                return frame(new Account("acct-" + number, number, name, organizationParent(model, frame), false),
                        corner, ACCOUNT_WIDTH, ACCOUNT_HEIGHT);
            }
            case SERVICE:
                if (model.entities().containsKey(item.variant())) {
                    return Creation.refused(item.title() + " is already on the canvas: one node stands for a service.");
                }
                return node(new AwsService(item.variant(), item.variant(), item.title(), item.variant() + ".amazonaws.com"),
                        corner);
            case ORGANIZATION_POLICY: {
                String name = Naming.fresh(model, kind, "scp");
                return node(new OrganizationPolicy(name, OrganizationPolicy.Type.SCP, name, new PolicyText(FULL_ACCESS)),
                        corner);
            }
            case INLINE_POLICY: {
                String owner = drawing.nodeAt(at);
                Entity target = owner == null ? null : model.entities().get(owner);
                if (target == null || !(target.kind().isIamPrincipal() || target.kind() == EntityKind.GROUP)) {
                    return Creation.refused("An inline policy belongs to one user, group or role: drop it onto one.");
                }
                String name = Naming.fresh(model, kind, target.name() + "-inline");
                Point below = new Point(drawing.shape(owner).x(), drawing.shape(owner).maxY() + 20);
                return node(new InlinePolicy(name, owner, name, new PolicyText(HARMLESS)), grid == null ? below : grid.snap(below));
            }
            case MANAGED_POLICY:
                if (item.document() != null) {
                    if (model.entities().containsKey(item.variant())) {
                        return Creation.refused(item.title() + " is already on the canvas: attach it again from there.");
                    }
                    return node(new ManagedPolicy(item.variant(), null, item.variant(), "/", "",
                            List.of(new ManagedPolicyVersion("v1", new PolicyText(item.document()))), "v1"), corner);
                }
                break;
            case PERMISSION_SET: {
                String name = Naming.fresh(model, kind, "permission-set");
                return node(new PermissionSet(name, name, null, "", "PT1H", List.of(), null, null), corner);
            }
            case IDENTITY_CENTER_USER: {
                String name = Naming.fresh(model, kind, "person");
                return node(new IdentityCenterUser(name, name, ""), corner);
            }
            case IDENTITY_CENTER_GROUP: {
                String name = Naming.fresh(model, kind, "people");
                return node(new IdentityCenterGroup(name, name), corner);
            }
            default:
                break;
        }
        String account = accountAt(model, drawing, frame);
        if (account == null) {
            return inNewAccount(model, item, corner, frame);
        }
        return node(inAccount(model, item, account), corner);
    }

    /**
     * What lives in an account, dropped on a model that has none: an account frame around it (in the
     * organization frame it was dropped in, if any), then the entity in that account, as one undo step.
     */
    private static Creation inNewAccount(IamModel model, PaletteItem item, Point corner, String frame) {
        String number = Naming.freshAccountId(model);
        String name = Naming.fresh(model, EntityKind.ACCOUNT, "account");
        Account account = new Account("acct-" + number, number, name, organizationParent(model, frame), false);
        AddEntity addAccount = new AddEntity(account, null);
        Layout.Bounds bounds = new Layout.Bounds(corner.x() - 40, corner.y() - 60, ACCOUNT_WIDTH, ACCOUNT_HEIGHT);
        Entity entity = inAccount(model.with(account), item, number);
        AddEntity addEntity = new AddEntity(entity, new Layout.Point(corner.x(), corner.y()));
        String label = addEntity.label() + " in a new account";
        return new Creation(new CompoundCommand(label, List.of(addAccount,
                new MoveShapes(Map.of(), Map.of(account.id(), bounds), label), addEntity)), entity.id(), null);
    }

    private static Entity inAccount(IamModel model, PaletteItem item, String account) {
        EntityKind kind = item.kind();
        switch (kind) {
            case USER: {
                String name = Naming.fresh(model, kind, "user");
                return new User(name, account, name, "/", false, false, Map.of());
            }
            case GROUP: {
                String name = Naming.fresh(model, kind, "group");
                return new Group(name, account, name, "/");
            }
            case ROLE: {
                String name = Naming.fresh(model, kind, "role");
                String trust = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
                        + "      \"Principal\": {\n        \"AWS\": \"arn:aws:iam::" + account + ":root\"\n      },\n"
                        + "      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}";
                return new Role(name, account, name, "/", new PolicyText(trust), 1, "", Map.of());
            }
            case MANAGED_POLICY: {
                String name = Naming.fresh(model, kind, "policy");
                return new ManagedPolicy(name, account, name, "/", "",
                        List.of(new ManagedPolicyVersion("v1", new PolicyText(HARMLESS))), "v1");
            }
            case IDENTITY_PROVIDER: {
                String name = Naming.fresh(model, kind, "saml-provider");
                return new IdentityProvider(name, account, IdentityProvider.Type.SAML, name);
            }
            case RESOURCE: {
                String type = item.variant() == null ? "s3:bucket" : item.variant();
                String name = Naming.fresh(model, kind, ResourceTypes.word(type));
                return new Resource(name, account, name, type, ResourceTypes.arn(type, account, name), null);
            }
            case COMPUTE: {
                Compute.Type type = item.variant() == null ? Compute.Type.LAMBDA_FUNCTION : Compute.Type.byJson(item.variant());
                String name = Naming.fresh(model, kind, type == Compute.Type.LAMBDA_FUNCTION ? "function" : "compute");
                return new Compute(name, account, type, name, ComputeArns.arn(type, account, name), null);
            }
            default:
                throw new IllegalArgumentException("the palette has no " + kind);
        }
    }

    /** The account of the innermost account frame at the point, else the model's first account, else null. */
    private static String accountAt(IamModel model, Drawing drawing, String frame) {
        for (String f = frame; f != null; f = drawing.containment().parentOf(f)) {
            if (model.entities().get(f) instanceof Account a) {
                return a.accountId();
            }
        }
        return model.all(Account.class).stream().map(Account::accountId).findFirst().orElse(null);
    }

    /** The unit or root a new account or unit dropped in this frame belongs to: the frame's own, or null. */
    private static String organizationParent(IamModel model, String frame) {
        Entity e = frame == null ? null : model.entities().get(frame);
        if (e instanceof Account a) {
            return a.parent();
        }
        if (e != null) {
            return e.id();
        }
        return model.all(OrganizationRoot.class).stream().map(Entity::id).findFirst().orElse(null);
    }

    private static Creation node(Entity entity, Point corner) {
        return new Creation(new AddEntity(entity, new Layout.Point(corner.x(), corner.y())), entity.id(), null);
    }

    private static Creation frame(Entity entity, Point corner, double width, double height) {
        AddEntity add = new AddEntity(entity, null);
        Layout.Bounds bounds = new Layout.Bounds(corner.x(), corner.y(), width, height);
        return new Creation(new CompoundCommand(add.label(), List.of(add,
                new MoveShapes(Map.of(), Map.of(entity.id(), bounds), add.label()))), entity.id(), null);
    }
}
