package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Anchors;
import dev.iammodeller.diagram.ArrowHead;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The arrows drawn over the canvas: a path of the highlights (a curve bent to one side, a filled head, the
 * action in a box at the middle), and an escalation path hop by hop, with a dashed box for what it creates
 * and what it gains under its last stop.
 */
final class ArrowMarks {
    /** What the role of an arrow's label ends with: {@code path-label}, {@code escalation-hop-label}. */
    static final String LABEL = "-label";
    private final Palette palette;
    private final TextWidth widths;

    ArrowMarks(Palette palette, TextWidth widths) {
        this.palette = palette;
        this.widths = widths;
    }

    /**
     * One arrow of a path in its style's colour (dashed for indirect and conditional routes), then its label
     * (a group of its own, {@code path-label}) drawn {@code labelScale} times larger (as the canvas grows it zoomed
     * out: {@link ReadableText#overlayScale}) and moved off the {@code taken} boxes and the labels {@code placed}
     * before it (which it joins).
     */
    List<PictureGroup> path(Highlighting.Arrow arrow, Rect from, Rect to, List<Rect> placed, Collection<Rect> taken,
                            double labelScale) {
        Colour colour = palette.colour(reachColour(arrow.style()));
        List<Double> dashes = arrow.style() == Emphasis.INDIRECT || arrow.style() == Emphasis.CONDITIONAL
                ? List.of(9.0, 5.0) : List.of();
        return arrow("path", from, to, arrow.label(), colour, EdgeLook.ARROW_WIDTH, dashes, false, placed, taken,
                labelScale, 1);
    }

    /**
     * The hops, created boxes and gain of an escalation path, placed as the canvas places them: what the path
     * creates beside where it is reached from, the gain under the last stop, then the arrows with their labels
     * off what is drawn; {@code boxes} finds an entity's box. The labels, the gain, the lines and their heads are drawn
     * {@code scale} times larger, as the canvas draws the steps zoomed out (their size on screen kept at any zoom).
     */
    List<PictureGroup> escalation(Highlighting.Escalation escalation, Function<String, Rect> boxes, List<Rect> taken,
                                  double scale) {
        Colour colour = palette.colour("-reach-escalation");
        List<PictureGroup> out = new ArrayList<>();
        Map<String, Rect> created = new HashMap<>();
        List<Rect> occupied = new ArrayList<>(taken);
        List<Rect[]> ends = new ArrayList<>();
        Rect last = null;
        for (Highlighting.Hop hop : escalation.hops()) {
            Rect from = at(hop.from(), boxes, created);
            Rect to = at(hop.to(), boxes, created);
            if (to == null && hop.to().created() && from != null) {
                to = FreeSpace.beside(from, occupied);
                occupied.add(to);
                created.put(hop.to().createdArn(), to);
                out.add(createdBox(hop.to().createdArn(), to, escalation.possible(), colour));
            }
            ends.add(new Rect[] {from, to});
            last = to != null ? to : last;
        }
        List<Rect> labels = new ArrayList<>();
        if (last != null) {
            List<String> lines = List.of(("⇒ " + escalation.gain()).split("\n"));
            double[] size = labelSize(lines, true, EdgeLook.STEP_PADDING_X, EdgeLook.STEP_PADDING_Y);
            Rect place = clear(new Rect(last.x(), last.maxY() + 8, size[0] * scale, size[1] * scale), true, labels,
                    occupied);
            out.add(label("escalation-gain", lines, place.x(), place.y(), colour, null,
                    palette.colour("-reach-badge-text"), true, EdgeLook.STEP_PADDING_X, EdgeLook.STEP_PADDING_Y, scale));
        }
        List<PictureGroup> steps = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            Rect from = ends.get(i)[0];
            Rect to = ends.get(i)[1];
            if (from != null && to != null) {
                steps.addAll(arrow("escalation-hop", from, to, escalation.hops().get(i).text(), colour,
                        escalation.possible() ? EdgeLook.POSSIBLE_WIDTH : EdgeLook.ESCALATION_WIDTH,
                        escalation.possible() ? List.of(2.0, 7.0) : List.of(12.0, 5.0), true, labels, occupied,
                        scale, scale));
            }
        }
        steps.sort(java.util.Comparator.comparing(g -> g.role().endsWith(LABEL)));
        out.addAll(steps);
        return out;
    }

    private static Rect at(Highlighting.Stop stop, Function<String, Rect> boxes, Map<String, Rect> created) {
        return stop.created() ? created.get(stop.createdArn()) : boxes.apply(stop.entityId());
    }

    private PictureGroup createdBox(String arn, Rect box, boolean possible, Colour colour) {
        int slash = arn.lastIndexOf(':');
        String name = slash < 0 ? arn : arn.substring(slash + 1);
        Rect sized = new Rect(box.x(), box.y(), Drawing.NODE_WIDTH, Drawing.NODE_HEIGHT);
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Shape(Outline.roundRect(sized, 6), palette.colour("-reach-label-fill"), colour, 2,
                possible ? List.of(2.0, 5.0) : List.of(8.0, 4.0), false));
        Colour text = palette.colour("-reach-label-text");
        marks.add(new Mark.Text(name, sized.x() + 10, sized.y() + 24, 13, !possible, text));
        marks.add(new Mark.Text(possible ? "must exist" : "created on the way", sized.x() + 10, sized.y() + 42, 13,
                !possible, text));
        return new PictureGroup("escalation-created", null, arn, sized, marks);
    }

    /**
     * The arrow's group ({@code role}), then its label's ({@code role-label}) when it has one: the label drawn
     * {@code labelScale} times larger about where it would stand, the line as much wider as {@code lineScale} says (its
     * dashes as much longer, its head as much larger).
     */
    private List<PictureGroup> arrow(String role, Rect from, Rect to, String text, Colour colour, double width,
                                     List<Double> dashes, boolean bold, List<Rect> placed, Collection<Rect> taken,
                                     double labelScale, double lineScale) {
        List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n"));
        double padX = bold ? EdgeLook.STEP_PADDING_X : EdgeLook.LABEL_PADDING_X;
        double padY = bold ? EdgeLook.STEP_PADDING_Y : EdgeLook.LABEL_PADDING_Y;
        Colour fill = palette.colour("-reach-label-fill");
        Colour ink = palette.colour("-reach-label-text");
        if (from.equals(to)) {
            double[] size = grown(labelSize(lines, bold, padX, padY), labelScale);
            Rect box = clear(new Rect(from.centre().x() - size[0] / 2, from.y() - 8 - size[1], size[0], size[1]), true,
                    placed, taken);
            return List.of(label(role + LABEL, lines, box.x(), box.y(), fill, colour, ink, bold, padX, padY, labelScale));
        }
        Point[] ends = Anchors.between(from, to);
        Point a = ends[0];
        Point b = ends[1];
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.max(1, Math.hypot(dx, dy));
        Point control = new Point((a.x() + b.x()) / 2 - dy / length * EdgeLook.ARROW_BEND,
                (a.y() + b.y()) / 2 + dx / length * EdgeLook.ARROW_BEND);
        List<Mark> marks = new ArrayList<>();
        List<Double> drawnDashes = lineScale == 1 ? dashes : dashes.stream().map(dash -> dash * lineScale).toList();
        marks.add(new Mark.Shape(Outline.quadratic(a.x(), a.y(), control.x(), control.y(), b.x(), b.y()), null, colour,
                width * lineScale, drawnDashes, true));
        double head = EdgeLook.ARROW_HEAD * lineScale;
        marks.add(new Mark.Shape(Outline.polygon(Anchors.head(ArrowHead.FILLED, control, b, head)), colour, colour, 1,
                List.of(), true));
        Rect box = Rect.spanning(a, b).union(Rect.spanning(control, control)).grow(EdgeLook.ARROW_HEAD * lineScale);
        if (!lines.isEmpty()) {
            Point middle = new Point((a.x() + 2 * control.x() + b.x()) / 4, (a.y() + 2 * control.y() + b.y()) / 4);
            double[] size = grown(labelSize(lines, bold, padX, padY), labelScale);
            Rect place = clear(new Rect(middle.x() - size[0] / 2, middle.y() - size[1] / 2, size[0], size[1]),
                    Math.abs(dx) >= Math.abs(dy), placed, taken);
            return List.of(new PictureGroup(role, null, text, box, marks),
                    label(role + LABEL, lines, place.x(), place.y(), fill, colour, ink, bold, padX, padY, labelScale));
        }
        return List.of(new PictureGroup(role, null, text, box, marks));
    }

    /** The label's place off what is taken, added to the labels placed. */
    private static Rect clear(Rect box, boolean level, List<Rect> placed, Collection<Rect> taken) {
        Rect free = LabelPlaces.clear(box, level, placed, taken);
        placed.add(free);
        return free;
    }

    /** Lines in a box with a round corner, at a top-left corner, drawn {@code scale} times larger from there. */
    private PictureGroup label(String role, List<String> lines, double x, double y, Colour fill, Colour border,
                               Colour ink, boolean bold, double padX, double padY, double scale) {
        double[] size = labelSize(lines, bold, padX, padY);
        Rect box = new Rect(x, y, size[0], size[1]);
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Shape(Outline.roundRect(box, 8), fill, border, border == null ? 0 : 1.5, List.of(), false));
        double line = lineHeight(bold);
        for (int i = 0; i < lines.size(); i++) {
            marks.add(new Mark.Text(lines.get(i), x + padX, y + padY + i * line + EdgeLook.LABEL_FONT * TextWidth.BASELINE,
                    EdgeLook.LABEL_FONT, bold, ink));
        }
        return new PictureGroup(role, null, String.join("\n", lines), box, marks).grown(scale, x, y);
    }

    /** A label's width and height drawn {@code scale} times larger. */
    private static double[] grown(double[] size, double scale) {
        return new double[] {size[0] * scale, size[1] * scale};
    }

    private double[] labelSize(List<String> lines, boolean bold, double padX, double padY) {
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, widths.of(line, EdgeLook.LABEL_FONT, bold));
        }
        return new double[] {width + 2 * padX, lines.size() * lineHeight(bold) + 2 * padY};
    }

    private static double lineHeight(boolean steps) {
        return EdgeLook.LABEL_FONT * TextWidth.LINE + (steps ? 2 : 0);
    }

    /** The looked-up colour of a path in an emphasis: {@code -reach-direct}. */
    static String reachColour(Emphasis style) {
        return style == Emphasis.ESCALATION ? "-reach-escalation"
                : style.pseudoClass() == null || style == Emphasis.SELECTED ? "-reach-source" : "-" + style.pseudoClass();
    }
}
