package dev.iammodeller.app.canvas;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.MoveNodes;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.User;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Frame times of the canvas on a generated model of 2,000 nodes and 4,000 edges: an animation timer pans or
 * zooms once per pulse and records the interval between pulses (a pulse waits for the previous frame to be
 * rendered, so the interval is the frame time, at least 16.7 ms); also the first build of the views and one
 * edit. {@code -Diam.hide=layer-edges,layer-nodes} hides layers to see what costs what, {@code -Diam.only=2} runs
 * only the second scenario, {@code -Diam.frames=600} measures more frames per scenario. Not a test; run it
 * headless with
 *
 * <pre>
 * mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.iammodeller.app.canvas.CanvasFrameMeasurement
 * </pre>
 */
public final class CanvasFrameMeasurement {
    private static final PolicyText DOCUMENT = new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
            + "\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");

    private CanvasFrameMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        IamModel model = generated(10, 120, 40, 40);
        int edges = model.relations().size();
        System.out.printf("model: %d entities (%d accounts), %d relations%n", model.entities().size(), 10, edges);
        dev.iammodeller.app.FxMeasurementRun.run(done -> measure(model, done));
    }

    private static void measure(IamModel model, CountDownLatch done) {
        EditorState editor = new EditorState(IamModel.EMPTY);
        CanvasEditor canvas = new CanvasEditor(editor, (m, a, b) -> new ConnectionOffers.Offer(List.of(),
                java.util.Optional.of("none")));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(canvas.node()), 1280, 800);
        scene.getStylesheets().add(CanvasFrameMeasurement.class.getResource("/app/iam-modeller.css").toExternalForm());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        long t0 = System.nanoTime();
        editor.open(model, null);
        for (String hidden : System.getProperty("iam.hide", "").split(",")) {
            if (!hidden.isBlank()) {
                scene.lookup("#" + hidden).setVisible(false);
            }
        }
        long built = System.nanoTime() - t0;
        double firstTake = canvas.picture().lastTakeMillis();
        System.out.printf("build the views: %.0f ms; %d shapes, %d edges%n", built / 1e6,
                canvas.drawing().nodes().size() + canvas.drawing().frames().size(), canvas.edgeCount());
        long[] edit = new long[20];
        for (int i = 0; i < edit.length; i++) {
            Layout.Point p = editor.model().layout().nodes().get("u-3-7");
            long s = System.nanoTime();
            editor.submit(new MoveNodes(Map.of("u-3-7", new Layout.Point(p.x() + 20, p.y()))));
            edit[i] = System.nanoTime() - s;
        }
        System.out.printf("one move (command, diff, update of the moved view and its edges): median %.1f ms%n",
                median(edit) / 1e6);
        System.out.printf("zoomed-out picture (scale %.2f, shown %s): first taken in %.0f ms%n", canvas.scale(),
                canvas.picture().isShown(), firstTake);
        long[] retakes = new long[20];
        for (int i = 0; i < retakes.length; i++) {
            Layout.Point p = editor.model().layout().nodes().get("u-3-7");
            editor.submit(new MoveNodes(Map.of("u-3-7", new Layout.Point(p.x() + 20, p.y()))));
            canvas.picture().settle();
            retakes[i] = (long) (canvas.picture().lastTakeMillis() * 1e6);
        }
        System.out.printf("one move zoomed out: its part of the picture retaken in median %.1f ms%n", median(retakes) / 1e6);
        canvas.picture().invalidate(null);
        canvas.picture().settle();
        System.out.printf("the whole picture retaken (a theme switch, a highlight of many nodes): %.1f ms%n",
                canvas.picture().lastTakeMillis());
        Runnable atThirtyPercent = () -> {
            canvas.fit();
            canvas.zoomAt(0.3 / canvas.scale(), 640, 400);
        };
        List<Runnable> setups = List.of(canvas::fit, () -> {
            canvas.fit();
            canvas.zoomAt(1 / canvas.scale(), 640, 400);
        }, canvas::fit, atThirtyPercent, atThirtyPercent);
        List<String> names = List.of("pan, whole model in view", "pan at 100 %", "zoom around the pointer",
                "pan at 30 % (names alone)", "zoom about 30 % (names alone)");
        List<java.util.function.IntConsumer> steps = List.of(
                i -> canvas.panBy(i % 40 < 20 ? 6 : -6, 2 * (i % 2 == 0 ? 1 : -1)),
                i -> canvas.panBy(i % 40 < 20 ? 9 : -9, 3 * (i % 2 == 0 ? 1 : -1)),
                i -> canvas.zoomAt(i % 40 < 20 ? 1.04 : 1 / 1.04, 600, 400),
                i -> canvas.panBy(i % 40 < 20 ? 9 : -9, 3 * (i % 2 == 0 ? 1 : -1)),
                // 30 % to 44 % and back: across the steps at which the names alone are drawn again
                i -> canvas.zoomAt(i % 20 < 10 ? 1.04 : 1 / 1.04, 600, 400));
        String only = System.getProperty("iam.only", "");
        if (!only.isBlank()) {
            int pick = Integer.parseInt(only.trim()) - 1;
            names = List.of(names.get(pick));
            setups = List.of(setups.get(pick));
            steps = List.of(steps.get(pick));
        }
        new FrameTimer(names, setups, steps, Integer.getInteger("iam.frames", 150), done).start();
    }

    /** Runs each scenario for a number of frames, one step per pulse, and prints the intervals between pulses. */
    private static final class FrameTimer extends javafx.animation.AnimationTimer {
        private final List<String> names;
        private final List<Runnable> setups;
        private final List<java.util.function.IntConsumer> steps;
        private final int frames;
        private final CountDownLatch done;
        private final long[] times;
        private int scenario = -1;
        private int frame;
        private long last;

        FrameTimer(List<String> names, List<Runnable> setups, List<java.util.function.IntConsumer> steps, int frames,
                   CountDownLatch done) {
            this.names = names;
            this.setups = setups;
            this.steps = steps;
            this.frames = frames;
            this.done = done;
            this.times = new long[frames];
        }

        @Override
        public void handle(long now) {
            if (scenario < 0 || frame == frames + 10) {
                if (scenario >= 0) {
                    report(names.get(scenario), java.util.Arrays.copyOfRange(times, 10, frames));
                }
                scenario++;
                if (scenario == names.size()) {
                    stop();
                    done.countDown();
                    return;
                }
                setups.get(scenario).run();
                frame = 0;
                last = now;
                return;
            }
            if (frame >= 10) {
                times[frame - 10] = now - last;
            }
            last = now;
            steps.get(scenario).accept(frame);
            frame++;
        }
    }

    private static void report(String what, long[] times) {
        int frames = times.length;
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%-30s frame interval median %5.1f ms, 90th %5.1f ms, worst %5.1f ms%n", what,
                median(times) / 1e6, sorted[(int) (frames * 0.9)] / 1e6, sorted[frames - 1] / 1e6);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Accounts, each with groups, policies and users in a grid: two memberships and one policy per user. */
    public static IamModel generated(int accounts, int usersPerAccount, int groupsPerAccount, int policiesPerAccount) {
        Map<String, dev.iammodeller.model.Entity> entities = new HashMap<>();
        List<Relation> relations = new ArrayList<>();
        Layout layout = Layout.EMPTY;
        Map<String, Layout.Point> nodes = new HashMap<>();
        Map<String, Layout.Bounds> frames = new HashMap<>();
        for (int a = 0; a < accounts; a++) {
            String number = String.format("%012d", 100000000000L + a);
            String account = "acct-" + a;
            entities.put(account, new Account(account, number, "account-" + a, null, false));
            double ox = (a % 5) * 2400;
            double oy = (a / 5) * 1900;
            frames.put(account, new Layout.Bounds(ox, oy, 2300, 1800));
            for (int g = 0; g < groupsPerAccount; g++) {
                String id = "g-" + a + "-" + g;
                entities.put(id, new Group(id, number, id, "/"));
                nodes.put(id, new Layout.Point(ox + 20 + (g % 10) * 220, oy + 60 + (g / 10) * 96));
            }
            for (int p = 0; p < policiesPerAccount; p++) {
                String id = "p-" + a + "-" + p;
                entities.put(id, new ManagedPolicy(id, number, id, "/", "", List.of(new ManagedPolicyVersion("v1", DOCUMENT)), "v1"));
                nodes.put(id, new Layout.Point(ox + 20 + (p % 10) * 220, oy + 500 + (p / 10) * 96));
                relations.add(new Relation(RelationKind.ATTACHED_TO, id, "g-" + a + "-" + (p % groupsPerAccount)));
            }
            for (int u = 0; u < usersPerAccount; u++) {
                String id = "u-" + a + "-" + u;
                entities.put(id, new User(id, number, id, "/", false, false, Map.of()));
                nodes.put(id, new Layout.Point(ox + 20 + (u % 10) * 220, oy + 900 + (u / 10) * 72));
                relations.add(new Relation(RelationKind.MEMBER_OF, id, "g-" + a + "-" + (u % groupsPerAccount)));
                relations.add(new Relation(RelationKind.MEMBER_OF, id, "g-" + a + "-" + ((u * 7 + 3) % groupsPerAccount)));
                relations.add(new Relation(RelationKind.ATTACHED_TO, "p-" + a + "-" + (u % policiesPerAccount), id));
            }
        }
        return new IamModel("Generated", "", entities, relations, new Layout(nodes, frames));
    }
}
