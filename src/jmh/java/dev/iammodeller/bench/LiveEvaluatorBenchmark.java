package dev.iammodeller.bench;

import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.live.LiveAnalysis;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.authz.SyntheticAuthorizationDetails;
import dev.iammodeller.model.Connect;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live evaluator without a window, on the imported account of 3,000 principals: the editor state and
 * {@link LiveAnalysis} with the selection's analysis run at once on the benchmark thread (the model-wide
 * escalations and findings run on their own threads in the application and are left out here).
 * <ul>
 *   <li>{@code selectAPrincipal}: select the next user or role (each one the first time in this model
 *       version, so nothing is cached for it; after the last one the model is opened again) until its
 *       highlights are there.</li>
 *   <li>{@code attachAPolicyToTheSelectedUser}: with a user selected, attach a customer policy to it (then,
 *       next time, undo that), until the highlights of the new model value are there.</li>
 * </ul>
 * With {@code -jvmArgsAppend -Diam.model=FILE.iam.json} among the JMH arguments, the model is read from that file
 * instead (the imported synthetic account of docs/performance.md). With {@code -Diam.startWithoutC2=true} too, the
 * model and the catalogue are read with C1 alone and C2 is let in before the first selection, as the window starts
 * (ADR 0018): the methods hot while reading stay with C1, so their cost to the evaluator shows. With
 * {@code -Diam.escalationsWithoutC2=true} as well, every finding of the model (escalations included) is worked out
 * before C2 is let in: what keeping C2 out until a large model's first analysis is done would cost the evaluator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class LiveEvaluatorBenchmark {
    /** Runs the selection's analysis at once on the calling thread. */
    private static final BackgroundWork NOW = new BackgroundWork() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            onResult.accept(work.get());
        }
    };

    /** The model-wide work, which the application runs on other threads: not measured here. */
    private static final BackgroundWork ELSEWHERE = new BackgroundWork() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        }
    };

    private IamModel model;
    private EditorState selecting;
    private LiveAnalysis selectingLive;
    private final List<String> principals = new ArrayList<>();
    private int next;

    private EditorState editing;
    private LiveAnalysis editingLive;
    private Connect attach;
    private boolean attached;

    @Setup
    public void model() throws Exception {
        if (Boolean.getBoolean("iam.startWithoutC2")) { // as the window starts: C1 alone until the model is ready
            dev.iammodeller.io.ShortRunCompilation.tuneWindow(java.util.Optional.empty());
        }
        String file = System.getProperty("iam.model");
        model = file != null ? ModelFile.read(Path.of(file))
                : SyntheticAuthorizationDetails.imported(new SyntheticAuthorizationDetails.Shape("123456789012", 1500, 300, 1200, 3000));
        CompletableFuture<Catalog> catalog = CompletableFuture.completedFuture(Catalog.load());
        List<User> users = model.all(User.class);
        List<Role> roles = model.all(Role.class);
        for (int i = 0; i < Math.max(users.size(), roles.size()); i++) {
            if (i < users.size()) {
                principals.add(users.get(i).id());
            }
            if (i < roles.size()) {
                principals.add(roles.get(i).id());
            }
        }
        selecting = new EditorState(model);
        selectingLive = new LiveAnalysis(selecting, catalog, NOW, ELSEWHERE);

        editing = new EditorState(model);
        editingLive = new LiveAnalysis(editing, catalog, NOW, ELSEWHERE);
        String user = users.get(users.size() / 2).id();
        String policy = null;
        for (Entity entity : model.entities().values()) {
            if (entity instanceof ManagedPolicy managed && !managed.awsManaged()
                    && model.to(user, RelationKind.ATTACHED_TO).stream().noneMatch(r -> r.from().equals(managed.id()))) {
                policy = managed.id();
                break;
            }
        }
        attach = new Connect(new Relation(RelationKind.ATTACHED_TO, policy, user));
        if (Boolean.getBoolean("iam.escalationsWithoutC2")) { // the first model-wide analysis with C1 alone too
            dev.iammodeller.analysis.AccessCheck check = new dev.iammodeller.analysis.AccessCheck(model);
            dev.iammodeller.analysis.findings.Findings.of(catalog.join(), check);
        }
        dev.iammodeller.io.ShortRunCompilation.windowDrawn(); // C2 from here (nothing when it was not kept out)
        editing.select(List.of(user));
    }

    @Benchmark
    public Highlights selectAPrincipal() {
        if (next == principals.size()) {
            next = 0;
            selecting.open(model, null); // a new model version: every principal is new to the analysis again
        }
        String principal = principals.get(next++);
        selecting.select(List.of(principal));
        Highlights shown = selectingLive.highlightsProperty().get();
        if (!principal.equals(shown.subjectId())) {
            throw new IllegalStateException("no highlights for " + principal);
        }
        return shown;
    }

    @Benchmark
    public Highlights attachAPolicyToTheSelectedUser() {
        long before = editing.revisionProperty().get();
        if (attached) {
            editing.undo();
        } else if (editing.submit(attach).isPresent()) {
            throw new IllegalStateException("the attachment was refused");
        }
        attached = !attached;
        Highlights shown = editingLive.highlightsProperty().get();
        if (editing.revisionProperty().get() == before || editingLive.reportProperty().get() == null) {
            throw new IllegalStateException("no new highlights");
        }
        return shown;
    }
}
