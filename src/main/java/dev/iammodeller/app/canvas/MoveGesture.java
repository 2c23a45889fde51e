package dev.iammodeller.app.canvas;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Grid;
import dev.iammodeller.diagram.MovePlan;
import dev.iammodeller.diagram.MoveShapes;
import dev.iammodeller.diagram.Point;
import java.util.function.Consumer;

/** Dragging the selection: the views follow the pointer live; release submits one move, Escape puts them back. */
final class MoveGesture implements Gesture {
    private final DiagramViews views;
    private final EditorState editor;
    private final MovePlan plan;
    private final Point start;
    private final Grid grid;
    private final Consumer<String> refused;
    private Point offset = new Point(0, 0);
    private Point pressedAt;
    private boolean moved;

    /** How far (screen pixels) the pointer may wander before a click becomes a drag. */
    static final double CLICK_SLOP = 3;

    MoveGesture(DiagramViews views, EditorState editor, MovePlan plan, Point start, Grid grid, Consumer<String> refused) {
        this.views = views;
        this.editor = editor;
        this.plan = plan;
        this.start = start;
        this.grid = grid;
        this.refused = refused;
    }

    /** Where the button went down, on the screen: a release near it is a click, not a move. */
    MoveGesture pressedAt(Point screen) {
        this.pressedAt = screen;
        return this;
    }

    @Override
    public void drag(Point world, Point screen) {
        if (pressedAt == null) {
            pressedAt = screen;
        }
        moved |= screen.distance(pressedAt) > CLICK_SLOP;
        if (!moved) {
            return;
        }
        offset = plan.offset(world.x() - start.x(), world.y() - start.y(), grid);
        views.preview(plan, offset);
    }

    @Override
    public void release(Point world, Point screen) {
        drag(world, screen);
        MoveShapes command = plan.command(offset, editor.model());
        if (command == null) {
            views.endPreview(plan);
            return;
        }
        editor.submit(command).ifPresent(why -> {
            views.endPreview(plan);
            refused.accept(why);
        });
    }

    @Override
    public void cancel() {
        views.endPreview(plan);
    }
}
