package dev.iammodeller.diagram;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Words;
import java.util.Locale;

/**
 * How a model opens on the canvas: a large model (at least {@link #LARGE_MODEL} users, groups and roles) opens
 * as an overview, its policies collapsed into their holders (each says how many it holds) and only the selection's
 * connections drawn (not a mesh of thousands of memberships and attachments), so that the frames with their counts
 * and the principals with their escalation badges read at once. A smaller model whose policies hang from their holders
 * by at least {@link #DENSE_MODEL} connections (attachments, boundaries, inline policies: a few hundred principals
 * sharing managed policies draw a mesh over the whole account) opens with its policies collapsed and every other
 * connection drawn; any other opens whole.
 */
public final class OpeningView {
    /** From this many users, groups and roles on, a model opens with its policies collapsed. */
    public static final int LARGE_MODEL = 500;
    /** From this many connections between policies and their holders on, a model opens with its policies collapsed. */
    public static final int DENSE_MODEL = 200;

    private OpeningView() {
    }

    public static boolean isLarge(IamModel model) {
        return identities(model) >= LARGE_MODEL;
    }

    /** Whether a model that is not large has so many policy connections that it opens with its policies collapsed. */
    public static boolean isDense(IamModel model) {
        return !isLarge(model) && CollapsedPolicies.connections(model) >= DENSE_MODEL;
    }

    /** The policies collapsed at open: every holder's for a large or dense model, none otherwise. */
    public static CollapsedPolicies collapsed(IamModel model) {
        return isLarge(model) || isDense(model) ? CollapsedPolicies.all(model) : CollapsedPolicies.NONE;
    }

    /** Whether every connection is drawn at open: a large model draws only the selection's. */
    public static boolean everyConnection(IamModel model) {
        return !isLarge(model);
    }

    /** What the focus bar says about it: why the policies are collapsed, or "" for a model that opens whole. */
    public static String note(IamModel model) {
        if (isLarge(model)) {
            return String.format(Locale.ROOT, "A large model (%s) opens with its policies collapsed and only "
                    + "the selection's connections drawn; Ctrl+Alt+E shows only the escalation paths", identitiesSaid(model));
        }
        return isDense(model) ? "A model whose policies hang from their holders by " + Words.number(CollapsedPolicies.connections(model))
                + " connections opens with its policies collapsed, so that the rest reads; Ctrl+Alt+X expands them" : "";
    }

    /**
     * The users, groups and roles of a model (IAM's identities: a group holds policies but is no principal), what the
     * overview counts to tell a large model.
     */
    public static long identities(IamModel model) {
        return IDENTITIES.of(model); // asked several times as a model opens
    }

    private static final LastModel<Long> IDENTITIES = new LastModel<>(OpeningView::count);

    private static long count(IamModel model) {
        long n = 0;
        for (Entity entity : model.entities().values()) {
            switch (entity.kind()) {
                case USER, GROUP, ROLE -> n++;
                default -> { }
            }
        }
        return n;
    }

    /** {@link #identities} in words: "3,100 users, groups and roles", "1 user, group or role". */
    public static String identitiesSaid(IamModel model) {
        long n = identities(model);
        return n == 1 ? "1 user, group or role" : Words.number(n) + " users, groups and roles";
    }
}
