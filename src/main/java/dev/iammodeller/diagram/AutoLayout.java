package dev.iammodeller.diagram;

import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;

/**
 * Where things go when nobody has placed them: the organization root on top as a frame holding its
 * organizational units (nested by parent) and their accounts as frames; inside an account, bands that let
 * edges flow downwards (organization policies, groups, users near their groups, identity providers, roles
 * with the compute that runs as them and their inline policies beside them, the managed policies below
 * the principals they are attached to, resources at the bottom); AWS managed policies, services and
 * anything of no account in a shared area beside the frames.
 *
 * <p>Two entry points. {@link #rearrange} lays out everything from scratch, the same layout for the same
 * model (everything sorted by name, then id). {@link #arrange} keeps every position {@code previous}
 * already gives a node or frame that still exists, and places only what is new, in free space near what
 * it is related to, growing frames (and, when nothing is free below a frame, opening a strip of the
 * canvas) to fit. Frames contain their members, and neither nodes nor frames overlap, as long as
 * {@code previous} did not already have them overlap.
 *
 * <p>Positions are the top-left corners of nodes of {@link #NODE_WIDTH} by {@link #NODE_HEIGHT}; a
 * frame's members start {@link #FRAME_HEADER} below its top (room for its title) and
 * {@link #FRAME_PADDING} inside its other sides. Every coordinate is a whole number.
 */
public final class AutoLayout {
    /** The width every node is drawn with. */
    public static final double NODE_WIDTH = 180;
    /** The height every node is drawn with. */
    public static final double NODE_HEIGHT = 56;
    /** From a frame's left, right and bottom edge to its members. */
    public static final double FRAME_PADDING = 24;
    /** From a frame's top edge to its members: the title bar. */
    public static final double FRAME_HEADER = 40;
    /** Between two nodes side by side. */
    public static final double COLUMN_GAP = 40;
    /** Between two rows of nodes of one band. */
    public static final double ROW_GAP = 32;
    /** Between two bands (groups, users, roles, policies...). */
    public static final double BAND_GAP = 56;
    /** Between two frames side by side or one above the other. */
    public static final double FRAME_GAP = 40;

    /**
     * The shape (width by height) the layout fills: the canvas of a window of ordinary shape (16:10, 4:3)
     * with the palette and the side panels open is about as wide as it is tall (873 by 947 pixels in a
     * 1600 by 1000 window), and a little wider with the panels closed.
     */
    public static final double VIEW_ASPECT = 1.1;

    static final double CELL_WIDTH = NODE_WIDTH + COLUMN_GAP;
    static final double CELL_HEIGHT = NODE_HEIGHT + ROW_GAP;

    private AutoLayout() {
    }

    /** Everything laid out from scratch: the same model gives the same layout. */
    public static Layout rearrange(IamModel model) {
        return new LayoutFromScratch(new LayoutContainers(model)).layout();
    }

    /**
     * {@code previous}'s positions kept for whatever still exists, and what it does not place (new nodes,
     * new frames) placed near what it is related to. With {@link Layout#EMPTY} (or a layout that places
     * nothing of the model) this is {@link #rearrange}.
     */
    public static Layout arrange(IamModel model, Layout previous) {
        LayoutContainers containers = new LayoutContainers(model);
        if (previous == null || previous == Layout.EMPTY) {
            return new LayoutFromScratch(containers).layout();
        }
        return new IncrementalLayout(containers).arrange(previous);
    }

    /** Roots, organizational units and accounts are drawn as frames; everything else as a node. */
    public static boolean isFrame(EntityKind kind) {
        return kind == EntityKind.ORGANIZATION_ROOT || kind == EntityKind.ORGANIZATIONAL_UNIT
                || kind == EntityKind.ACCOUNT;
    }
}
