package dev.iammodeller.cli;

import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import java.util.List;

/**
 * {@code analyze --who-can TARGET [--action A]}: resolves the target (an entity's id, name or ARN, or an ARN the
 * model does not draw) and answers with {@link WhoCanAction}, {@link WhoCanAssume} (a role) or {@link WhoCanAct}.
 */
final class WhoCanReport {
    private WhoCanReport() {
    }

    /** The answer, written to {@code out} part by part; nothing is written when the target or action is not found. */
    static void write(ModelAnalysis analysis, String targetText, String action, boolean json, ReportText out)
            throws NotFound {
        Catalog catalog = analysis.catalog();
        IamModel model = analysis.model();
        Entity entity = null;
        String target;
        List<Entity> matches = ModelNames.lookup(model, targetText);
        if (matches.size() == 1 || (matches.size() > 1 && matches.stream().allMatch(e -> targetText.equals(e.arn())))) {
            entity = matches.get(0);
            target = entity.arn();
            if (target == null) {
                throw new NotFound(entity.id() + " is a " + entity.kind().json()
                        + ", which has no ARN; give a resource, role, user, compute or an ARN");
            }
        } else if (matches.size() > 1) {
            throw ModelNames.ambiguous(targetText, matches);
        } else if (targetText.startsWith("arn:") || targetText.equals("*")) {
            target = targetText;
        } else {
            throw new NotFound("no target \"" + targetText + "\" in the model (give an entity's id, name or ARN, or an"
                    + " ARN)" + ModelNames.suggestions(model, targetText, e -> e.arn() != null));
        }
        if (action != null) {
            Action known = catalog.action(action).orElseThrow(() -> new NotFound("the catalogue has no action \""
                    + action + "\"" + (catalog.closestActions(action, 3).isEmpty() ? ""
                    : "; did you mean " + String.join(", ", catalog.closestActions(action, 3)) + "?")));
            String resource = objectTarget(known, entity, target);
            WhoCanAction.write(analysis, known.fullName(), resource, json, out);
            return;
        }
        if (target.equals("*")) {
            throw new NotFound("--who-can \"*\" needs --action");
        }
        if (entity instanceof Role role) {
            WhoCanAssume.write(analysis, role, json, out);
            return;
        }
        WhoCanAct.write(analysis, entity, target, json, out);
    }

    /** For an object-level action on a bucket of the model, the bucket's objects ({@code arn/*}). */
    private static String objectTarget(Action action, Entity entity, String target) {
        if (entity instanceof Resource resource && resource.type().equals("s3:bucket")) {
            boolean bucket = action.resourceTypes().stream().anyMatch(t -> t.name().equals("bucket"));
            boolean object = action.resourceTypes().stream().anyMatch(t -> t.name().equals("object"));
            if (object && !bucket) {
                return target + "/*";
            }
        }
        return target;
    }
}
