package dev.iammodeller.app;

import dev.iammodeller.app.work.FxBackgroundWork;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window for the canvas tests, with helpers that find shapes and drag between points. */
public final class CanvasWindowFixture {
    /**
     * The view of entity {@code id} on the canvas (a node box or a frame), when it is drawn. Views carry no CSS id (JavaFX
     * shares computed styles only among nodes without one, and styling thousands of views one by one froze the
     * window): they are found by the entity id they show.
     */
    public static java.util.Optional<Node> view(FxRobot robot, String id) {
        return robot.lookup(n -> n instanceof dev.iammodeller.app.canvas.ShapeView v && v.entityId().equals(id)).tryQuery();
    }

    /** As {@link #view(FxRobot, String)}, in a scene graph: for tests that hold no robot. */
    public static java.util.Optional<Node> view(javafx.scene.Parent root, String id) {
        if (root instanceof dev.iammodeller.app.canvas.ShapeView v && v.entityId().equals(id)) {
            return java.util.Optional.of(root);
        }
        for (Node child : root.getChildrenUnmodifiable()) {
            java.util.Optional<Node> found = child instanceof javafx.scene.Parent parent ? view(parent, id) : java.util.Optional.empty();
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    final MainWindow window;
    final FxRobot robot;

    private CanvasWindowFixture(MainWindow window, FxRobot robot) {
        this.window = window;
        this.robot = robot;
    }

    static MainWindow show(Stage stage) {
        MainWindow window = new MainWindow(stage, new FxBackgroundWork());
        Scene scene = new Scene(window.root(), 1600, 900);
        scene.getStylesheets().add(CanvasWindowFixture.class.getResource("/app/iam-modeller.css").toExternalForm());
        scene.getStylesheets().add(CanvasWindowFixture.class.getResource("/app/live-evaluator.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return window;
    }

    static CanvasWindowFixture of(MainWindow window, FxRobot robot) {
        return new CanvasWindowFixture(window, robot);
    }

    static IamModel example(String file) {
        try (InputStream in = CanvasWindowFixture.class.getResourceAsStream("/examples/" + file)) {
            return ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException | dev.iammodeller.io.ModelFileException e) {
            throw new IllegalStateException(e);
        }
    }

    void open(IamModel model) {
        robot.interact(() -> window.open(model, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    IamModel model() {
        return window.editor().model();
    }

    /** A point of a node or frame view, in its own coordinates, on the screen. */
    Point2D on(String id, double x, double y) {
        Node view = view(robot, id).orElseThrow();
        return view.localToScreen(x, y);
    }

    Point2D centreOf(String id) {
        Node view = view(robot, id).orElseThrow();
        var b = view.getBoundsInLocal();
        return view.localToScreen(b.getCenterX(), b.getCenterY());
    }

    /** The right-edge handle of a node, where a connection starts. */
    Point2D handleOf(String id) {
        return on(id, 180, 28);
    }

    /** A point of the canvas region, on the screen. */
    Point2D canvasAt(double x, double y) {
        return robot.lookup("#canvas").query().localToScreen(x, y);
    }

    void drag(Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(mid(from, to)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags a palette entry (scrolled into view first) onto a point of the canvas. */
    void dropFromPalette(String query, double canvasX, double canvasY) {
        Node entry = robot.lookup(query).query();
        reveal(entry);
        drag(entry.localToScreen(20, entry.getBoundsInLocal().getHeight() / 2), canvasAt(canvasX, canvasY));
    }

    /** Filters a catalogue list of the palette and drags the item with this id onto the canvas. */
    void dropFromCatalogue(String list, String variant, double canvasX, double canvasY) {
        robot.interact(() -> robot.lookup("#" + list + "-filter").queryAs(javafx.scene.control.TextField.class).setText(variant));
        WaitForAsyncUtils.waitForFxEvents();
        dropFromPalette("#catalog-" + variant, canvasX, canvasY);
    }

    void waitForCatalogue() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#palette-aws-policies-items")
                .queryAs(javafx.scene.control.ListView.class).getItems().size() > 100
                && robot.lookup("#palette-services-items").queryAs(javafx.scene.control.ListView.class).getItems().size() > 100);
    }

    /**
     * A right press and release at a point of the screen, then the menu request the platform makes of it
     * (headless Monocle makes none, so the test sends it where GTK, macOS or Windows would).
     */
    void rightClick(Point2D at) {
        robot.moveTo(at).press(javafx.scene.input.MouseButton.SECONDARY).release(javafx.scene.input.MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.Node surface = window.canvas().surface();
            Point2D scene = surface.getScene().getRoot().screenToLocal(at);
            javafx.event.Event.fireEvent(surface, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), at.getX(),
                    at.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void shortcut(KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.push(all);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void reveal(Node node) {
        ScrollPane scroll = robot.lookup("#palette").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
            double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (extra > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / extra)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Point2D mid(Point2D a, Point2D b) {
        return new Point2D((a.getX() + b.getX()) / 2 + 3, (a.getY() + b.getY()) / 2 + 3);
    }
}
