package dev.iammodeller.diagram.picture;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.FrameSummary;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The picture of a model as the canvas draws it: frames (outer ones first), the edges (by {@link EdgeTier}: faded
 * and attachments under, a selection's own on top), the node boxes, a
 * selection's highlights (emphasis, dimming, the arrows of its paths, an escalation path step by step, their
 * labels over every arrow and off nodes, badges, frame titles and each other), and the
 * comments' numbered markers, and the legend to the right of it all, in one theme's colours; drawn at a scale below
 * {@link NodeFace#DETAIL_SCALE} (too small to read its details) without icons and subtitles, edges plain, and each box
 * its name by itself and each frame its name and counts drawn larger down to {@link NodeFace#NAMED_SCALE}, below that
 * the boxes plain and each frame's name and counts on a plate in its corner ({@link CornerTitles}), the selection's and
 * the highlighted nodes' names on plates over them ({@link ZoomedOutNames}), as the canvas zoomed out; below 1 what stands
 * over the diagram grows as on the canvas ({@link ReadableText#overlayScale}).
 */
public final class DiagramPicture {
    /** Room around everything drawn, and between the diagram and the legend. */
    public static final double MARGIN = 24;
    /** Room around an escalation path's stops in a picture framed on it: its neighbours' names in view. */
    public static final double PATH_ROOM = 120;

    private DiagramPicture() {
    }

    /** The picture in full detail, whatever scale it is drawn at (SVG, PDF: vectors). */
    public static Picture of(IamModel model, Drawing drawing, Collection<ModelEdge> edges, Highlighting highlighting,
                             Palette palette, TextWidth widths) {
        return of(model, drawing, edges, highlighting, palette, widths, 1);
    }

    /** The picture as drawn at {@code scale} (a PNG's pixels per unit): its details as the canvas shows them at that zoom. */
    public static Picture of(IamModel model, Drawing drawing, Collection<ModelEdge> edges, Highlighting highlighting,
                             Palette palette, TextWidth widths, double scale) {
        return of(model, drawing, edges, highlighting, palette, widths, scale, false);
    }

    /**
     * The picture in full detail framed on its escalation path, as the canvas frames a path when the whole model cannot
     * be shown with its names: what meets the path's stops, what it creates and gains and the selection, with
     * {@link #PATH_ROOM} around them, and the legend beside; null when no escalation path is drawn.
     */
    public static Picture aroundEscalation(IamModel model, Drawing drawing, Collection<ModelEdge> edges,
                                           Highlighting highlighting, Palette palette, TextWidth widths) {
        return highlighting.escalation() == null ? null
                : of(model, drawing, edges, highlighting, palette, widths, 1, true);
    }

    private static Picture of(IamModel model, Drawing drawing, Collection<ModelEdge> edges, Highlighting highlighting,
                              Palette palette, TextWidth widths, double scale, boolean aroundPath) {
        boolean detailed = scale >= NodeFace.DETAIL_SCALE;
        boolean named = !detailed && scale >= NodeFace.NAMED_SCALE;
        EntityMarks entities = new EntityMarks(palette, widths);
        List<PictureGroup> groups = new ArrayList<>();
        List<Entity> frames = new ArrayList<>();
        List<Entity> nodes = new ArrayList<>();
        for (Entity entity : model.entities().values()) {
            if (drawing.shape(entity.id()) != null) {
                (KindLooks.isFrame(entity.kind()) ? frames : nodes).add(entity);
            }
        }
        frames.sort(Comparator.comparingInt((Entity e) -> drawing.containment().depthOf(e.id())).thenComparing(Entity::id));
        for (Entity frame : frames) {
            Rect box = drawing.shape(frame.id());
            boolean dim = highlighting.dimmed().contains(frame.id());
            groups.add(named ? entities.frame(frame, box, dim, FrameSummary.of(model, drawing.containment(), frame.id()),
                    ReadableText.titleScale(scale)) : detailed ? entities.frame(frame, box, dim)
                    : entities.untitledFrame(frame, box, dim)); // past the names its title stands in its corner
        }
        EdgeMarks edgeMarks = new EdgeMarks(palette);
        Predicate<String> dimmed = highlighting.dimmed()::contains;
        Predicate<String> lit = id -> id.equals(highlighting.selectedId()) || highlighting.emphasis().containsKey(id);
        List<ModelEdge> ordered = EdgeTier.bottomUp(edges, dimmed, lit);
        List<List<Point>> courses = drawing.courses(ordered);
        for (int at = 0; at < ordered.size(); at++) {
            if (courses.get(at) != null) {
                groups.add(edgeMarks.edge(ordered.get(at), courses.get(at), EdgeTier.of(ordered.get(at), dimmed, lit), detailed));
            }
        }
        // what the canvas draws over the diagram grows zoomed out so it stays readable: the badges, the markers and the
        // labels of paths up to 1.8 times, the steps of an escalation path and the legend keeping their size on screen
        double grown = ReadableText.overlayScale(scale);
        double steps = ReadableText.keptOnScreen(scale);
        Set<Emphasis> used = EnumSet.noneOf(Emphasis.class);
        for (Entity node : nodes) {
            Emphasis emphasis = node.id().equals(highlighting.selectedId()) ? Emphasis.SELECTED
                    : highlighting.emphasis().getOrDefault(node.id(), Emphasis.NONE);
            boolean escalating = highlighting.escalating().contains(node.id());
            used.add(emphasis);
            if (escalating) {
                used.add(Emphasis.ESCALATION);
            }
            groups.add(entities.node(node, drawing.shape(node.id()), emphasis, escalating,
                    highlighting.dimmed().contains(node.id()), detailed, named ? ReadableText.nameScale(scale) : 0, grown));
        }
        List<Rect> titleAreas = List.of();
        if (!detailed && !named) {
            List<CornerTitles.Placed> titles = cornerTitles(model, drawing, frames, scale, widths);
            titles.forEach(title -> groups.add(cornerTitle(title, scale, palette)));
            titleAreas = CornerTitles.areas(titles, scale);
        }
        if (!detailed) {
            groups.addAll(zoomedOutNames(model, drawing, highlighting, palette, widths, scale, named, grown, titleAreas));
        }
        ArrowMarks arrows = new ArrowMarks(palette, widths);
        if (highlighting.escalation() != null) {
            List<Rect> taken = new ArrayList<>(LabelPlaces.taken(drawing, highlighting.escalating(), steps));
            taken.addAll(titleAreas);
            groups.addAll(arrows.escalation(highlighting.escalation(), drawing::shape, taken, steps));
        } else {
            Map<String, Highlighting.Arrow> once = new LinkedHashMap<>();
            for (Highlighting.Arrow arrow : highlighting.arrows()) {
                once.putIfAbsent(arrow.fromId() + "\n" + arrow.toId(), arrow);
            }
            List<Rect> taken = LabelPlaces.taken(drawing, highlighting.escalating(), grown);
            List<Rect> labels = new ArrayList<>();
            List<PictureGroup> drawn = new ArrayList<>();
            for (Highlighting.Arrow arrow : once.values()) {
                Rect from = drawing.shape(arrow.fromId());
                Rect to = drawing.shape(arrow.toId());
                if (from != null && to != null) {
                    drawn.addAll(arrows.path(arrow, from, to, labels, taken, grown));
                }
            }
            if (!ReadableText.pathLabelsReadable(scale)) {
                drawn.removeIf(g -> g.role().endsWith(ArrowMarks.LABEL)); // specks at this scale, as on the canvas
            }
            drawn.sort(Comparator.comparing(g -> g.role().endsWith(ArrowMarks.LABEL)));
            groups.addAll(drawn);
        }
        groups.addAll(new CommentMarks(palette, widths).markers(model.comments(), drawing, grown));
        Rect content = drawing.extent();
        for (PictureGroup group : groups) {
            content = content.union(group.box());
        }
        Rect path = aroundPath ? path(groups, highlighting.selectedId()) : null;
        if (path != null) {
            Rect region = path.grow(PATH_ROOM);
            groups.removeIf(group -> !group.box().intersects(region));
            content = region;
            for (PictureGroup group : groups) {
                if ("node".equals(group.role())) {
                    content = content.union(group.box()); // a box at the edge drawn whole, the legend beside it
                }
            }
        }
        used.remove(Emphasis.NONE);
        // the canvas's legend stands over the view at its own size on screen: drawn below 1, the picture's grows alike
        double legendX = content.maxX() + MARGIN * steps;
        PictureGroup legend = new LegendMarks(palette, widths).legend(legendX, content.y(), used)
                .grown(steps, legendX, content.y());
        groups.add(legend);
        return new Picture(content.union(legend.box()).grow(MARGIN), palette.background(), groups);
    }

    /**
     * Drawn past the details, the names the canvas keeps readable over their nodes at that zoom ({@link ZoomedOutNames}):
     * the selection's, the escalation path's stops', then those of what the selection reaches (in id order), each a
     * group {@code zoomed-out-name} of a plate and its name, kept off the frames' titles and the escalation badges.
     */
    private static List<PictureGroup> zoomedOutNames(IamModel model, Drawing drawing, Highlighting highlighting,
                                                     Palette palette, TextWidth widths, double scale, boolean named,
                                                     double badges, List<Rect> titleAreas) {
        List<Rect> keptOff = new ArrayList<>(LabelPlaces.badges(drawing, highlighting.escalating(), badges));
        keptOff.addAll(titleAreas);
        if (named) {
            double titles = ReadableText.titleScale(scale);
            drawing.frames().values().forEach(frame -> keptOff.add(FrameFace.titleBand(frame, titles)));
        }
        List<String> stepped = highlighting.escalation() == null ? List.of() : highlighting.escalation().stops();
        double nameScale = ReadableText.nameScale(scale);
        java.util.function.Predicate<String> namedWhole = id -> named && model.entity(id).map(entity -> NodeFace.nameAlone(
                entity.name(), nameScale, highlighting.escalating().contains(id), widths).equals(entity.name())).orElse(false);
        double line = ZoomedOutNames.FONT * TextWidth.LINE;
        List<PictureGroup> out = new ArrayList<>();
        for (ZoomedOutNames.Name name : ZoomedOutNames.of(model, drawing,
                highlighting.selectedId() == null ? List.of() : List.of(highlighting.selectedId()), stepped,
                new java.util.TreeSet<>(highlighting.emphasis().keySet()), scale, keptOff, namedWhole, widths, line)) {
            Rect at = name.at().unscaled(scale);
            List<Mark> marks = List.of(new Mark.Shape(Outline.roundRect(at, 3 / scale), palette.colour("-iam-overlay-fill"),
                            palette.colour(name.selected() ? "-iam-selection" : "-iam-muted-text"),
                            (name.selected() ? 2 : 0.8) / scale, List.of(), false),
                    new Mark.Text(name.text(), at.x() + ZoomedOutNames.PADDING / scale,
                            at.y() + (ZoomedOutNames.PADDING + ZoomedOutNames.FONT * TextWidth.BASELINE) / scale,
                            ZoomedOutNames.FONT / scale, true, palette.text()));
            out.add(new PictureGroup("zoomed-out-name", null, name.text(), at, marks));
        }
        return out;
    }

    /** Drawn past the names, each frame's name and counts in its corner, readable ({@link CornerTitles}). */
    private static List<CornerTitles.Placed> cornerTitles(IamModel model, Drawing drawing, List<Entity> frames,
                                                          double scale, TextWidth widths) {
        Map<String, CornerTitles.Title> titles = new LinkedHashMap<>();
        for (Entity frame : frames) {
            titles.put(frame.id(), new CornerTitles.Title(frame.name(),
                    FrameSummary.of(model, drawing.containment(), frame.id())));
        }
        return CornerTitles.of(titles, drawing.frames(), drawing.containment(), scale, widths,
                CornerTitles.NAME_FONT * TextWidth.LINE, CornerTitles.COUNTS_FONT * TextWidth.LINE);
    }

    /** A frame's title placed in its corner: a group {@code frame-title} of its plate, name and counts. */
    private static PictureGroup cornerTitle(CornerTitles.Placed title, double scale, Palette palette) {
        Rect at = title.at().unscaled(scale);
        double left = at.x() + CornerTitles.PADDING / scale;
        List<Mark> marks = new ArrayList<>(List.of(new Mark.Shape(Outline.roundRect(at, 3 / scale),
                        palette.colour("-iam-overlay-fill"), palette.mutedText(), 0.6 / scale, List.of(), false),
                new Mark.Text(title.name(), left, at.y() + (CornerTitles.PADDING + CornerTitles.NAME_FONT * TextWidth.BASELINE)
                        / scale, CornerTitles.NAME_FONT / scale, true, palette.text())));
        if (!title.counts().isEmpty()) {
            marks.add(new Mark.Text(title.counts(), left, at.y() + (title.countsY()
                    + CornerTitles.COUNTS_FONT * TextWidth.BASELINE) / scale, CornerTitles.COUNTS_FONT / scale, false,
                    palette.mutedText()));
        }
        return new PictureGroup("frame-title", null, title.name(), at, marks);
    }

    /** Where an escalation path is drawn: its hops, labels, created boxes and gain, and the selection's box; or null. */
    private static Rect path(List<PictureGroup> groups, String selectedId) {
        Rect path = null;
        for (PictureGroup group : groups) {
            if (group.role().startsWith("escalation") || "node".equals(group.role()) && selectedId != null
                    && selectedId.equals(group.entityId())) {
                path = path == null ? group.box() : path.union(group.box());
            }
        }
        return path;
    }
}
