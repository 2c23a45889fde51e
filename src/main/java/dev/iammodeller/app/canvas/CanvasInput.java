package dev.iammodeller.app.canvas;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Grid;
import dev.iammodeller.diagram.MovePlan;
import dev.iammodeller.diagram.MoveShapes;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Turns mouse and keys on the canvas into gestures: press on a node's handle connects, on a shape selects
 * and moves, on empty canvas draws a rubber band; space-drag and middle-drag pan; Ctrl+wheel and pinch zoom
 * around the pointer, plain scrolling pans; Escape cancels the gesture or clears the selection.
 */
final class CanvasInput {
    private final DiagramCanvas canvas;
    private final DiagramViews views;
    private final EditorState editor;
    private final GestureRunner runner = new GestureRunner();
    private final Supplier<Grid> grid;
    private final ConnectionPrompt prompt;
    private final Supplier<ConnectionOffers> offers;
    private final Consumer<String> refused;
    private boolean space;
    /** How far (screen pixels) an arrow key pans the view when nothing is selected; five times that with Shift. */
    static final double PAN_STEP = 40;

    CanvasInput(DiagramCanvas canvas, DiagramViews views, EditorState editor, Supplier<Grid> grid,
                ConnectionPrompt prompt, Supplier<ConnectionOffers> offers, Consumer<String> refused) {
        this.canvas = canvas;
        this.views = views;
        this.editor = editor;
        this.grid = grid;
        this.prompt = prompt;
        this.offers = offers;
        this.refused = refused;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> runner.drag(world(e), screen(e)));
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> runner.release(world(e), screen(e)));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            canvas.zoomAround(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                space = false;
                canvas.setCursor(Cursor.DEFAULT);
            }
        });
    }

    GestureRunner runner() {
        return runner;
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        Point world = world(e);
        Point screen = screen(e);
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && space)) {
            runner.start(new PanGesture(canvas, screen));
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Drawing drawing = views.drawing();
        if (editor.reviewModeProperty().get()) {
            pressedInReview(drawing, world, screen);
            return;
        }
        String handle = handleAt(drawing, world);
        if (handle != null) {
            runner.start(new ConnectGesture(views, editor::model, handle, offers.get(), prompt));
            return;
        }
        String shape = grabbed(drawing, world);
        boolean toggle = e.isShiftDown() || e.isShortcutDown() || e.isControlDown();
        if (shape == null) {
            runner.start(new BandGesture(views, editor, world, toggle));
            return;
        }
        if (toggle) {
            if (!editor.selection().remove(shape)) {
                editor.selection().add(shape);
            }
            return;
        }
        if (!editor.selection().contains(shape)) {
            editor.select(java.util.List.of(shape));
        }
        Grid snap = grid.get();
        runner.start(new MoveGesture(views, editor, MovePlan.of(views.wholeDrawing(), editor.selection(), shape), world, snap, refused)
                .pressedAt(screen));
    }

    /**
     * Review mode: a press on a node or frame selects it and a drag pans the view, so nothing moves or connects by
     * accident; a press on empty canvas still draws a selection band.
     */
    private void pressedInReview(Drawing drawing, Point world, Point screen) {
        String shape = grabbed(drawing, world);
        if (shape == null) {
            runner.start(new BandGesture(views, editor, world, false));
            return;
        }
        editor.select(java.util.List.of(shape));
        runner.start(new PanGesture(canvas, screen));
    }

    /** The node whose connect handle is under the point, or null. */
    private String handleAt(Drawing drawing, Point world) {
        double reach = (NodeView.HANDLE_RADIUS + 3) / canvas.transform().scale();
        for (var e : drawing.nodes().entrySet()) {
            Rect r = e.getValue();
            if (Math.abs(world.x() - r.maxX()) <= reach && Math.abs(world.y() - r.centre().y()) <= reach) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The node under the point, or a frame grabbed by its title band or border; null for empty canvas. */
    String grabbed(Drawing drawing, Point world) {
        String node = drawing.nodeAt(world);
        if (node != null) {
            return node;
        }
        String frame = drawing.frameAt(world);
        if (frame == null) {
            return null;
        }
        Rect r = drawing.frames().get(frame);
        double border = 6 / canvas.transform().scale();
        boolean onTitle = world.y() - r.y() <= FrameView.headerHeight();
        boolean onBorder = world.x() - r.x() <= border || r.maxX() - world.x() <= border || r.maxY() - world.y() <= border;
        return onTitle || onBorder ? frame : null;
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            if (e.getDeltaY() != 0) {
                canvas.zoomAround(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            }
        } else {
            canvas.panBy(e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX(),
                    e.isShiftDown() && e.getDeltaX() == 0 ? 0 : e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            if (!runner.cancel()) {
                editor.selection().clear();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.SPACE) {
            space = true;
            canvas.setCursor(Cursor.OPEN_HAND);
            e.consume();
        } else if (e.getCode().isArrowKey() && !e.isShortcutDown() && !e.isAltDown()) {
            arrow(e.getCode(), e.isShiftDown());
            e.consume();
        }
    }

    /**
     * An arrow key: moves the selection one grid step (with snapping on; else one pixel), five with Shift, as one undo
     * step a press; with nothing selected, or in review mode, pans the view instead.
     */
    private void arrow(KeyCode key, boolean far) {
        int dx = direction(key, KeyCode.LEFT, KeyCode.KP_LEFT, KeyCode.RIGHT, KeyCode.KP_RIGHT);
        int dy = direction(key, KeyCode.UP, KeyCode.KP_UP, KeyCode.DOWN, KeyCode.KP_DOWN);
        int times = far ? 5 : 1;
        if (editor.selection().isEmpty() || editor.reviewModeProperty().get()) {
            canvas.panBy(-dx * times * PAN_STEP, -dy * times * PAN_STEP);
            return;
        }
        if (runner.isRunning()) {
            return;
        }
        Grid snap = grid.get();
        double step = snap == null ? 1 : snap.spacing();
        String lead = editor.selection().iterator().next();
        MovePlan plan = MovePlan.of(views.wholeDrawing(), editor.selection(), lead);
        // by whole steps from where the shapes are, not snapped: a shape off the grid keeps its place across the move
        MoveShapes command = plan.command(new Point(dx * times * step, dy * times * step), editor.model());
        if (command != null) {
            editor.submit(command).ifPresent(refused);
        }
    }

    /** -1 for either of the keys back, 1 for either forward, 0 for another key. */
    private static int direction(KeyCode key, KeyCode back, KeyCode keypadBack, KeyCode forward, KeyCode keypadForward) {
        return key == back || key == keypadBack ? -1 : key == forward || key == keypadForward ? 1 : 0;
    }

    private Point world(MouseEvent e) {
        return canvas.toWorld(e.getX(), e.getY());
    }

    private static Point screen(MouseEvent e) {
        return new Point(e.getX(), e.getY());
    }
}
