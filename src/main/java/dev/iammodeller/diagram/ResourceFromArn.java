package dev.iammodeller.diagram;

import dev.iammodeller.model.AddEntity;
import dev.iammodeller.model.CompoundCommand;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ReplaceLayout;
import dev.iammodeller.model.Resource;
import java.util.List;

/**
 * A resource drawn from an ARN or ARN pattern a policy names (the Reach panel's "not drawn" rows): the bucket
 * {@code reports} from {@code arn:aws:s3:::reports/*}, the queue {@code jobs} from an SQS ARN; its type from
 * the palette's resource types when the ARN has one's shape, else the service and the ARN's resource word; in
 * the ARN's account when the model has it, else the principal's; placed in that account as the layout places
 * what is new; one undoable step. A wildcard ends the name: {@code table/orders*} draws the table {@code orders}.
 */
public final class ResourceFromArn {
    private ResourceFromArn() {
    }

    /**
     * Whether a resource can be drawn from this ARN: not one of IAM's or STS's, which name users, roles and
     * policies (drawn from the palette as what they are).
     */
    public static boolean drawable(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") && !parts[2].isEmpty() && !parts[2].equals("iam")
                && !parts[2].equals("sts");
    }

    /** The command that draws the resource, or why none can be drawn from this ARN. */
    public static Creation add(IamModel model, String arn, String principalAccount) {
        String[] parts = arn.split(":", 6);
        if (!drawable(arn)) {
            return Creation.refused(arn + " is not an ARN of one resource the palette draws"
                    + (parts.length > 2 && (parts[2].equals("iam") || parts[2].equals("sts"))
                    ? " (users, roles and policies are drawn from the palette)." : "."));
        }
        String service = parts[2];
        String account = !parts[4].isEmpty() && model.account(parts[4]).isPresent() ? parts[4] : principalAccount;
        String path = plain(parts[5]);
        String type = null;
        String name = null;
        for (String known : ResourceTypes.all()) {
            String[] template = ResourceTypes.arn(known, parts[4], "\u0000").split(":", 6);
            String prefix = template.length < 6 ? "\u0000" : template[5].substring(0, template[5].indexOf('\u0000'));
            if (known.startsWith(service + ":") && path.startsWith(prefix) && path.length() > prefix.length()) {
                type = known;
                name = path.substring(prefix.length());
                break;
            }
        }
        if (type == null) {
            int cut = Math.max(path.indexOf('/'), path.indexOf(':'));
            type = service + ":" + (cut > 0 ? path.substring(0, cut) : "resource");
            name = cut > 0 ? path.substring(cut + 1) : path;
        }
        if (service.equals("s3") && name.contains("/")) {
            name = name.substring(0, name.indexOf('/'));
        }
        if (name.isEmpty()) {
            return Creation.refused(arn + " names no one resource to draw.");
        }
        String id = Naming.freeOr(model, EntityKind.RESOURCE, name);
        String drawnArn = service.equals("s3") ? ResourceTypes.arn(type, account, name)
                : arn.substring(0, arn.length() - parts[5].length()) + path;
        Resource resource = new Resource(id, account, id, type, drawnArn, null);
        String label = "Add " + ResourceTypes.word(type) + " " + id;
        AddEntity add = new AddEntity(resource, null);
        IamModel added = add.apply(model);
        Layout placed = AutoLayout.arrange(added, added.layout());
        return new Creation(new CompoundCommand(label, List.of(add, new ReplaceLayout(placed, label))), id, null);
    }

    /** The ARN's resource part up to its first wildcard, without a trailing separator. */
    private static String plain(String path) {
        int wild = path.length();
        for (char c : new char[] {'*', '?'}) {
            int at = path.indexOf(c);
            if (at >= 0) {
                wild = Math.min(wild, at);
            }
        }
        String out = path.substring(0, wild);
        while (!out.isEmpty() && (out.endsWith("/") || out.endsWith(":"))) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
