package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.KindLook;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.Subtitles;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The marks of a node box and of a frame, placed as the canvas's node and frame views place them. */
final class EntityMarks {
    private static final Map<EntityKind, Outline> ICONS = new EnumMap<>(EntityKind.class);

    static {
        for (EntityKind kind : EntityKind.values()) {
            ICONS.put(kind, Outline.ofSvg(KindLooks.of(kind).icon()));
        }
    }

    private final Palette palette;
    private final TextWidth widths;

    EntityMarks(Palette palette, TextWidth widths) {
        this.palette = palette;
        this.widths = widths;
    }

    /**
     * A node: body (in its emphasis), the family's stripe, and when detailed the icon, the name and the subtitle; else,
     * when {@code aloneScale} is not 0, its name by itself drawn that much larger ({@link NodeFace#nameAlone}); its
     * escalation badge drawn {@code badgeScale} times larger, as the canvas grows it zoomed out
     * ({@link ReadableText#overlayScale}).
     */
    PictureGroup node(Entity entity, Rect box, Emphasis emphasis, boolean escalating, boolean dimmed, boolean detailed,
                      double aloneScale, double badgeScale) {
        KindLook look = KindLooks.of(entity.kind());
        Colour family = palette.family(look.family());
        Emphasis border = escalating ? Emphasis.ESCALATION : emphasis;
        Colour fill = palette.colour(emphasis.fill() != null ? emphasis.fill() : "-iam-node-fill");
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Shape(Outline.roundRect(box, NodeFace.CORNER), fill, palette.colour(border.stroke()),
                border.width(), border.dashes(), false));
        marks.add(Mark.Shape.filled(Outline.roundRect(new Rect(box.x(), box.y(), NodeFace.STRIPE_WIDTH, box.height()),
                NodeFace.STRIPE_CORNER), family));
        if (!detailed) {
            if (aloneScale > 0) {
                double size = NodeFace.NAME_FONT * aloneScale;
                // the canvas centres it in the box: its baseline so far below the middle that its capitals stand centred
                marks.add(new Mark.Text(NodeFace.nameAlone(entity.name(), aloneScale, escalating, widths),
                        box.x() + NodeFace.ALONE_X, box.y() + Drawing.NODE_HEIGHT / 2 + CAPITALS_HALF * size, size, true,
                        palette.text()));
                if (escalating) {
                    marks.addAll(badge(box, badgeScale));
                }
            }
            return new PictureGroup("node", entity.id(), title(entity), box, dimmed ? faded(marks) : marks);
        }
        marks.add(icon(entity.kind(), box.x() + NodeFace.ICON_X, box.y() + (Drawing.NODE_HEIGHT - NodeFace.ICON_SIZE) / 2,
                NodeFace.ICON_SIZE, family));
        List<String> name = NodeFace.nameLines(entity.name(), 1, entity.kind().isIamPrincipal(), widths);
        for (int line = 0; line < name.size(); line++) {
            marks.add(new Mark.Text(name.get(line), box.x() + NodeFace.TEXT_X, box.y() + NodeFace.nameY(line, name.size()),
                    NodeFace.NAME_FONT, true, palette.text()));
        }
        marks.add(new Mark.Text(NodeFace.subtitle(Subtitles.of(entity), widths),
                box.x() + NodeFace.TEXT_X, box.y() + NodeFace.subtitleY(name.size()), NodeFace.SUBTITLE_FONT, false,
                palette.mutedText()));
        if (escalating) {
            marks.addAll(badge(box, badgeScale));
        }
        return new PictureGroup("node", entity.id(), title(entity), box, dimmed ? faded(marks) : marks);
    }

    /** Half the height of a bold name's capitals, as a share of its size: what centres them on a line. */
    private static final double CAPITALS_HALF = 0.36;

    /** The red "!" over the box's top-right corner, grown {@code scale} times about its centre. */
    private List<Mark> badge(Rect box, double scale) {
        Rect badge = NodeFace.badge(box, scale);
        double bang = 12 * scale;
        return List.of(new Mark.Shape(Outline.roundRect(badge, badge.width()), palette.colour("-reach-escalation"),
                        palette.colour("-reach-label-fill"), 1.5 * scale, List.of(), false),
                new Mark.Text("!", badge.centre().x() - widths.of("!", bang, true) / 2, badge.centre().y() + 4.5 * scale,
                        bang, true, palette.colour("-reach-badge-text")));
    }

    /** A frame: its body (the root's unfilled and dotted, a unit's dashed), icon, title and subtitle. */
    PictureGroup frame(Entity entity, Rect box, boolean dimmed) {
        return frame(entity, box, dimmed, Subtitles.of(entity), 1);
    }

    /**
     * A frame whose title is drawn {@code titleScale} times larger (zoomed out), its subtitle then saying what it holds
     * ({@code counts}), as the canvas's frame view does.
     */
    PictureGroup frame(Entity entity, Rect box, boolean dimmed, String counts, double titleScale) {
        List<Mark> marks = body(entity, box);
        boolean scaled = titleScale != 1;
        FrameFace.Header header = FrameFace.header(entity.name(), scaled ? counts : Subtitles.of(entity), scaled, box.width(),
                titleScale, widths);
        marks.add(new Mark.Text(header.title(), box.x() + FrameFace.TITLE_X, box.y() + FrameFace.TITLE_Y,
                FrameFace.TITLE_FONT * titleScale, true, palette.text()));
        if (!header.subtitle().isEmpty()) {
            marks.add(new Mark.Text(header.subtitle(), box.x() + FrameFace.TITLE_X + (header.subtitleX() - FrameFace.TITLE_X)
                    * titleScale, box.y() + FrameFace.TITLE_Y, (scaled ? FrameFace.COUNTS_FONT : FrameFace.SUBTITLE_FONT)
                    * titleScale, false, palette.mutedText()));
        }
        return new PictureGroup("frame", entity.id(), title(entity), box, dimmed ? faded(marks) : marks);
    }

    /**
     * A frame without its title and subtitle, as the canvas draws it zoomed out past the names, where its title stands
     * in its corner at a readable size instead ({@link CornerTitles}).
     */
    PictureGroup untitledFrame(Entity entity, Rect box, boolean dimmed) {
        List<Mark> marks = body(entity, box);
        return new PictureGroup("frame", entity.id(), title(entity), box, dimmed ? faded(marks) : marks);
    }

    /** A frame's body (the root's unfilled and dotted, a unit's dashed) and icon. */
    private List<Mark> body(Entity entity, Rect box) {
        Colour organization = palette.family(KindLooks.of(entity.kind()).family());
        boolean root = entity.kind() == EntityKind.ORGANIZATION_ROOT;
        List<Double> dashes = root ? FrameFace.ROOT_DASHES
                : entity.kind() == EntityKind.ORGANIZATIONAL_UNIT ? FrameFace.UNIT_DASHES : List.of();
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Shape(Outline.roundRect(box, FrameFace.CORNER), root ? null : palette.colour("-iam-frame-fill"),
                organization, FrameFace.STROKE_WIDTH, dashes, false));
        marks.add(icon(entity.kind(), box.x() + FrameFace.ICON_X, box.y() + FrameFace.ICON_Y, FrameFace.ICON_SIZE,
                organization));
        return marks;
    }

    /** A kind's icon: its path data scaled from the 24-unit box to {@code size}, stroked in the family's colour. */
    static Mark icon(EntityKind kind, double x, double y, double size, Colour colour) {
        double scale = size / NodeFace.ICON_BOX;
        return new Mark.Shape(ICONS.get(kind).placed(x, y, scale), null, colour,
                NodeFace.ICON_STROKE * scale, List.of(), true);
    }

    /** What names a thing in a picture: its ARN, else its name. */
    static String title(Entity entity) {
        return entity.arn() != null && !entity.arn().isEmpty() ? entity.arn() : entity.name();
    }

    static List<Mark> faded(List<Mark> marks) {
        return marks.stream().map(m -> m.faded(EdgeLook.DIMMED)).toList();
    }
}
