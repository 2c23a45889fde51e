package dev.iammodeller.app;

import dev.iammodeller.diagram.CollapsedPolicies;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How long a large model takes from its file to the first drawn overview in the main window (1600×1000): reading
 * the file, then on the FX thread opening it (placing what has no place, drawing the views of what is shown: a
 * large model opens with its policies collapsed) up to the first pulse after it, then expanding every policy (what
 * opening drew before the overview) for comparison. Not a test; run it headless with
 *
 * <pre>
 * mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.iammodeller.app.OverviewOpenMeasurement MODEL.iam.json
 * </pre>
 */
public final class OverviewOpenMeasurement {
    private OverviewOpenMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        IamModel model = ModelFile.read(Files.readString(Path.of(args[0])), args[0]);
        System.out.printf("read the file: %.0f ms (%d entities)%n", (System.nanoTime() - t0) / 1e6, model.entities().size());
        dev.iammodeller.app.FxMeasurementRun.run(done -> measure(model, done));
    }

    private static void measure(IamModel model, CountDownLatch done) {
        Stage stage = new Stage();
        MainWindow window = new MainWindow(stage, new dev.iammodeller.app.work.FxBackgroundWork());
        Scene scene = new Scene(window.root(), 1600, 1000);
        scene.getStylesheets().add(OverviewOpenMeasurement.class.getResource("/app/iam-modeller.css").toExternalForm());
        scene.getStylesheets().add(OverviewOpenMeasurement.class.getResource("/app/live-evaluator.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        long t0 = System.nanoTime();
        long c0 = cpu();
        window.open(model, null);
        long opened = System.nanoTime();
        System.out.printf("open (place, draw %d of %d entities): %.0f ms wall, %.0f ms of the FX thread's CPU%n",
                window.canvas().shownProperty().get().model().entities().size(), model.entities().size(), (opened - t0) / 1e6,
                (cpu() - c0) / 1e6);
        afterPulse(scene, () -> {
            System.out.printf("to the first pulse after it: %.0f ms wall, %.0f ms of the FX thread's CPU; scale %.2f;"
                    + " focus bar: %s%n", (System.nanoTime() - t0) / 1e6, (cpu() - c0) / 1e6,
                    window.canvas().zoomProperty().getValue(), window.canvas().focusCaption());
            long t1 = System.nanoTime();
            long c1 = cpu();
            window.canvas().collapsedProperty().set(CollapsedPolicies.NONE);
            System.out.printf("expand every policy (draw all %d): %.0f ms wall, %.0f ms CPU%n",
                    window.canvas().shownProperty().get().model().entities().size(), (System.nanoTime() - t1) / 1e6,
                    (cpu() - c1) / 1e6);
            afterPulse(scene, () -> {
                System.out.printf("  to the first pulse after it: %.0f ms wall, %.0f ms CPU%n", (System.nanoTime() - t1) / 1e6,
                        (cpu() - c1) / 1e6);
                done.countDown();
            });
        });
    }

    /** The CPU time of the calling thread (the FX thread), in nanoseconds. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void afterPulse(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(then);
            }
        });
    }
}
