package dev.iammodeller.app.live;

import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.ReachReport;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.KnownEscalations;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * The live evaluator: follows the editor's model and selection and keeps the selected entity's reach
 * ({@link #reportProperty()}, {@link #highlightsProperty()}) and the model's escalations and findings up to
 * date. The analysis runs on the immutable model value off the FX thread; one job of each kind runs at a
 * time, the newest request waits for it and the requests in between are skipped, and a result for an older
 * model revision or selection is dropped. Lives on the FX thread.
 */
public final class LiveAnalysis {
    private final EditorState editor;
    private final CompletableFuture<Catalog> catalog;
    private final AnalysisCache cache = new AnalysisCache();
    private final ReadOnlyObjectWrapper<ReachReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Highlights> highlights = new ReadOnlyObjectWrapper<>(this, "highlights", Highlights.NONE);
    private final ReadOnlyObjectWrapper<Escalations> escalations = new ReadOnlyObjectWrapper<>(this, "escalations", Escalations.NONE);
    /**
     * The principals of a model just opened found to escalate while its escalations are worked out, or before they stopped;
     * empty otherwise.
     */
    private final ReadOnlyObjectWrapper<java.util.Set<String>> escalatingSoFar =
            new ReadOnlyObjectWrapper<>(this, "escalatingSoFar", java.util.Set.of());
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    /**
     * The read-only view handed out, made once: the view listens to {@code findings} weakly, so a view made per
     * call could be collected and its listeners would stop hearing changes.
     */
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper modelBusy = new ReadOnlyBooleanWrapper(this, "modelBusy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** Why the findings shown are not all of them (the model-wide analysis stopped); "" when they are. */
    private final ReadOnlyStringWrapper modelProblem = new ReadOnlyStringWrapper(this, "modelProblem", "");
    /** Why the escalations of the model shown were not worked out; "" when they were or are being. */
    private final ReadOnlyStringWrapper escalationsProblem = new ReadOnlyStringWrapper(this, "escalationsProblem", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    /** How far the escalations of a model just opened have come (0 to 1); -1 when nothing says (a spinner then). */
    private final javafx.beans.property.ReadOnlyDoubleWrapper modelProgress =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "modelProgress", -1);
    /** What {@link #progress} says while the escalations of a model just opened are worked out, before the percentage. */
    private String escalationsProgress = "";
    /**
     * How many of the principals on screen (nearest the middle first) a model just opened has worked out before its
     * findings, looking for the first to escalate: when none of them does, the findings wait for no more.
     */
    static final int BEFORE_THE_FINDINGS = 12;
    /** The share of the escalations of the model just opened shown last (0 to 100), or -1 before the first. */
    private int escalationsShare = -1;
    private final BackgroundWork modelWork;
    /** True from a model change until its model-wide analysis is handed to the background. */
    private final ReadOnlyBooleanWrapper modelWaiting = new ReadOnlyBooleanWrapper();
    /**
     * The model value the model-wide analysis under way or shown was asked for, and the editor's revision then: an edit
     * that keeps the entities and relations (a move, an arrangement, a title, a comment, an acceptance, a save) keeps
     * the analysis and this revision, so that it is neither restarted nor its answer dropped.
     */
    private IamModel analysed;
    /** Written on the FX thread, read by the escalation job, which stops once it is another. */
    private volatile long analysedRevision = -1;
    /** The revisions the escalations and the findings shown were made for (-1: none). */
    private long escalationsRevision = -1;
    private long findingsRevision = -1;
    private java.util.function.Consumer<Runnable> modelWideStart = Runnable::run;
    /** The escalation answers kept between runs (none by default: tests and small uses work everything out). */
    private volatile KnownEscalations known;
    /** How long an escalation answer must have taken to be worth keeping. */
    private volatile long worthKeepingNanos;
    /** The model-wide request whose escalation answer is kept once its findings are shown; null when none is to be. */
    private ModelRequest toKeep;
    /** The principals whose escalations a model just opened works out first (those on screen), asked on the FX thread. */
    private java.util.function.Supplier<java.util.Collection<String>> escalationsFirst = List::of;
    /** What {@link #escalationsFirst} said for the escalation job under way (written on the FX thread, read by the job). */
    private volatile List<String> firstOfJob = List.of();
    /**
     * Whether the model-wide request last handed to the jobs was as a model just opened: its early findings asked, and
     * its escalation job waiting for them (they are shown first).
     */
    private volatile boolean afterEarlyFindings;
    /** The model-wide request last handed to the jobs. */
    private ModelRequest requested;
    private final BooleanProperty reverse = new SimpleBooleanProperty(this, "reverse");
    private final Jobs<SelectionRequest, ReachReport> selectionJobs;
    private final Jobs<ModelRequest, ModelWide> modelJobs;
    private final Jobs<ModelRequest, ModelFindings> findingJobs;
    /**
     * The findings but the escalation ones, first: shown at once for a model just opened, its escalations waiting for
     * them.
     */
    private final Jobs<ModelRequest, EarlyFindings> earlyJobs;

    /** What the selection job answers: this model value (known by its revision), this entity, this mode. */
    record SelectionRequest(long revision, IamModel model, String subjectId, boolean reverse) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SelectionRequest that && that.revision == revision
                    && that.subjectId.equals(subjectId) && that.reverse == reverse;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(revision) * 31 + subjectId.hashCode() + (reverse ? 1 : 0);
        }
    }

    /** What the model-wide jobs answer: this model value, known by its revision (and its analysis, once made). */
    record ModelRequest(long revision, IamModel model, ModelAnalysis analysis) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ModelRequest that && that.revision == revision;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(revision);
        }
    }

    /** What the findings job answers: the findings of this model revision. */
    record ModelFindings(long revision, List<Finding> findings) {
    }

    /** What the early findings job answers. */
    record EarlyFindings(ModelRequest request, List<Finding> findings) {
    }

    /**
     * What the escalation job answers, with the analysis it made (the findings job goes on with it), and whether the
     * answer is worth keeping for another run ({@link KnownEscalations}: worked out, not taken from there, and slow).
     */
    record ModelWide(ModelRequest request, Escalations escalations, boolean worthKeeping) {
    }

    /** One background for everything: fine for tests and small models. */
    public LiveAnalysis(EditorState editor, CompletableFuture<Catalog> catalog, BackgroundWork background) {
        this(editor, catalog, background, background);
    }

    /**
     * {@code selectionWork} runs the selection's reach; {@code modelWork} the model-wide escalations and
     * findings, which may take seconds on a large model: give it its own threads so that it never delays the
     * selection's highlights.
     */
    public LiveAnalysis(EditorState editor, CompletableFuture<Catalog> catalog, BackgroundWork selectionWork,
                        BackgroundWork modelWork) {
        this.editor = editor;
        this.catalog = catalog;
        this.modelWork = modelWork;
        this.selectionJobs = new Jobs<>(selectionWork, this::reach, this::showReach, this::failed, busy);
        ReadOnlyBooleanWrapper findingsBusy = new ReadOnlyBooleanWrapper();
        ReadOnlyBooleanWrapper escalationsBusy = new ReadOnlyBooleanWrapper();
        ReadOnlyBooleanWrapper earlyBusy = new ReadOnlyBooleanWrapper();
        modelBusy.bind(findingsBusy.or(escalationsBusy).or(earlyBusy).or(modelWaiting));
        this.earlyJobs = new Jobs<>(modelWork, this::earlyFindings, this::showEarlyFindings, this::earlyFindingsFailed,
                earlyBusy);
        this.modelJobs = new Jobs<>(modelWork, this::modelWide, this::showModelWide, this::escalationsFailed, escalationsBusy);
        this.findingJobs = new Jobs<>(modelWork, request -> new ModelFindings(request.revision(),
                Findings.of(request.analysis().catalog(), request.analysis().check())), this::showFindings,
                this::modelFailed, findingsBusy);
        editor.revisionProperty().addListener((observable, before, after) -> {
            if (!editor.model().sameEntitiesAndRelations(analysed)) {
                modelChanged();
            }
            selectionChanged();
        });
        editor.openingsProperty().addListener((observable, before, after) -> opened());
        editor.selection().addListener((SetChangeListener<String>) change -> selectionChanged());
        reverse.addListener((observable, before, after) -> selectionChanged());
        modelChanged();
        selectionChanged();
    }

    /**
     * How the model-wide analysis of a new model value waits for its turn: {@code start} is given what starts it
     * (by default at once). The window starts it once the canvas has drawn the model, so that on a large model the
     * analysis does not take the cores the first drawing needs; a start for a model value since replaced does nothing.
     */
    public void setModelWideStart(java.util.function.Consumer<Runnable> start) {
        this.modelWideStart = start;
    }

    /**
     * Keeps in {@code known} the escalation answers that took at least {@code worthKeeping} to work out, and takes a
     * model's answer from there when it is kept (a large model opened again shows every escalation at once).
     */
    public void setKnownEscalations(KnownEscalations known, java.time.Duration worthKeeping) {
        this.worthKeepingNanos = worthKeeping.toNanos();
        this.known = known;
    }

    /**
     * Which principals the escalations of a model just opened are worked out for first, asked once its findings but the
     * escalations are shown: the window gives those on screen, so that their badges come first.
     */
    public void setEscalationsFirst(java.util.function.Supplier<java.util.Collection<String>> first) {
        this.escalationsFirst = first;
    }

    private void modelChanged() {
        analysed = editor.model();
        analysedRevision = editor.revisionProperty().get();
        ModelRequest request = new ModelRequest(analysedRevision, analysed, null);
        earlyJobs.cancel();
        modelJobs.cancel();
        findingJobs.cancel();
        toKeep = null; // nor keep a replaced model's analysis alive until the next answer
        endEscalationProgress();
        modelProblem.set("");
        escalationsProblem.set("");
        modelWaiting.set(true);
        modelWideStart.accept(() -> {
            if (request.revision() == analysedRevision) {
                modelWaiting.set(false);
                requestModelWide(request);
            }
        });
    }

    /**
     * Another model was opened: the escalations and findings shown, if they are the previous model's, are
     * cleared, and {@link #progressProperty()} says what is being analysed until the new ones are in.
     */
    private void opened() {
        if (!modelProblem.get().isEmpty() && editor.model().sameEntitiesAndRelations(analysed)) {
            modelChanged(); // the same model opened again after its analysis stopped: asked for again (an edit is not)
        }
        long now = analysedRevision;
        if (escalationsRevision != now) {
            escalations.set(Escalations.NONE);
        }
        if (findingsRevision == now) {
            return;
        }
        findings.clear();
        progress.set(dev.iammodeller.diagram.OpeningView.identities(editor.model()) == 0 ? ""
                : "Analysing " + dev.iammodeller.diagram.OpeningView.identitiesSaid(editor.model()) + "…");
        ModelRequest asked = requested;
        if (!progress.get().isEmpty() && asked != null && asked.revision() == now && !afterEarlyFindings) {
            requestOpening(asked); // its model-wide jobs were asked for at once, before this opening was known
        }
    }

    /** The selected entity, or null when none or several are. */
    private String subject() {
        return editor.onlySelected().orElse(null);
    }

    private void selectionChanged() {
        String subject = subject();
        if (subject == null) {
            selectionJobs.cancel();
            report.set(null);
            highlights.set(Highlights.NONE);
            return;
        }
        selectionJobs.request(new SelectionRequest(editor.revisionProperty().get(), editor.model(), subject, reverse.get()));
    }

    private ReachReport reach(SelectionRequest request) {
        ModelAnalysis analysis = cache.of(catalog.join(), request.model());
        return ReachReport.of(analysis, request.subjectId(), request.reverse());
    }

    /**
     * The request with the analysis of its model value: made by whichever of the early findings and the escalations
     * asks first (the cache makes one, the other waits for it), on their threads.
     */
    private ModelRequest analysed(ModelRequest request) {
        return request.analysis() != null ? request
                : new ModelRequest(request.revision(), request.model(), cache.of(catalog.join(), request.model()));
    }

    private EarlyFindings earlyFindings(ModelRequest asked) {
        ModelRequest request = analysed(asked);
        return new EarlyFindings(request, Findings.withoutEscalations(request.analysis().catalog(), request.analysis().check()));
    }

    /**
     * The escalations, taken from the kept answers when they hold the model's, with the analysis (the findings job goes
     * on with it).
     */
    private ModelWide modelWide(ModelRequest asked) {
        ModelRequest request = analysed(asked);
        KnownEscalations kept = known;
        // beside the early findings: digesting a large model to find its kept answer takes a second when cold
        boolean adopted = kept != null && kept.adopt(request.analysis().check());
        ProgressReports reports = new ProgressReports(modelWork, percent -> showEscalationProgress(request.revision(), percent),
                ids -> showEscalating(request.revision(), ids), () -> request.revision() == analysedRevision);
        if (afterEarlyFindings && !adopted) {
            // a model just opened: the first principal on screen found to escalate gets its badge first (a fraction of a
            // second: it is told at its first path), then the early findings job works them out (kept with the check)
            // and this job waits for them, so that they come next instead of sharing the cores with the escalations (on
            // a large model they came after the first badges, two seconds after the drawing; now about one)
            dev.iammodeller.analysis.escalation.EscalationAnalysis.untilOneEscalates(request.analysis().check(),
                    firstOfJob.stream().limit(BEFORE_THE_FINDINGS).toList(), reports::escalates);
            Findings.withoutEscalations(request.analysis().catalog(), request.analysis().check());
        }
        long start = System.nanoTime();
        Escalations found;
        try {
            found = Escalations.of(request.analysis().check(), reports, reports::escalates, firstOfJob);
        } catch (RuntimeException | Error stopped) {
            reports.handOver(); // those found before the stop (not enough memory) keep their badges
            throw stopped;
        }
        return new ModelWide(request, found, kept != null && !adopted && System.nanoTime() - start >= worthKeepingNanos);
    }

    /** True while the escalations of the model just opened at this revision are worked out and it is the newest. */
    private boolean stillOpening(long revision) {
        return revision == analysedRevision && !escalationsProgress.isEmpty()
                && progress.get().startsWith(escalationsProgress);
    }

    /** Principals found to escalate, while the escalations of a model just opened are worked out (as the percentage). */
    private void showEscalating(long revision, List<String> ids) {
        if (stillOpening(revision)) {
            java.util.Set<String> more = new java.util.HashSet<>(escalatingSoFar.get());
            more.addAll(ids);
            escalatingSoFar.set(java.util.Collections.unmodifiableSet(more));
            // counted at once: the first found comes before any share (it is worked out before the findings)
            showEscalationProgress(revision, escalationsShare);
        }
    }

    /**
     * "Working out the escalations of 3,000 users and roles… 40 %", and once some are found "… 40 % · 312 can escalate so far",
     * while a model just opened is the newest.
     */
    private void showEscalationProgress(long revision, int percent) {
        if (stillOpening(revision)) {
            escalationsShare = percent;
            int found = escalatingSoFar.get().size();
            progress.set(escalationsProgress + (percent < 0 ? "" : " " + percent + " %") + (found == 0 ? ""
                    : " · " + dev.iammodeller.model.Words.number(found) + " can escalate so far"));
            if (percent >= 0) {
                modelProgress.set(percent / 100.0);
            }
        }
    }

    private void showReach(ReachReport result) {
        problem.set("");
        report.set(result);
        highlights.set(result.highlights());
    }

    /**
     * A model value's turn has come: its escalations are worked out, and for a model just opened (nothing of it is shown
     * yet) its findings but the escalation ones first, shown at once, the progress saying that the escalations are
     * worked out. After an edit the findings shown stay until all are in. Both jobs are asked at once (the first to
     * run makes the model's analysis): asked only once the analysis was made, they waited on a large model for the
     * window's thread, which the first frame of the drawing holds for a quarter of a second.
     */
    private void requestModelWide(ModelRequest request) {
        requested = request;
        if (findingsRevision != request.revision() && !progress.get().isEmpty()) {
            requestOpening(request);
        } else {
            firstOfJob = List.of();
            afterEarlyFindings = false;
        }
        modelJobs.request(request);
    }

    /**
     * The model of {@code request} was just opened: its findings but the escalations are worked out first and shown at
     * once, its escalations then, those of the principals on screen first, the progress saying so.
     */
    private void requestOpening(ModelRequest request) {
        escalationsProgress = "Working out the escalations of "
                + dev.iammodeller.analysis.escalation.EscalationAnalysis.whose(request.model()) + "…";
        escalationsShare = -1;
        progress.set(escalationsProgress);
        firstOfJob = List.copyOf(escalationsFirst.get());
        afterEarlyFindings = true;
        earlyJobs.request(request);
    }

    /** The findings but the escalation ones of a model just opened, unless all of them are shown already. */
    private void showEarlyFindings(EarlyFindings early) {
        if (findingsRevision != early.request().revision() && !progress.get().isEmpty()) {
            findings.setAll(early.findings());
        }
    }

    private void showModelWide(ModelWide result) {
        escalationsRevision = result.request().revision();
        escalations.set(result.escalations());
        endEscalationProgress(); // the badges found so far are among the escalations' now
        toKeep = result.worthKeeping() ? result.request() : null;
        findingJobs.request(result.request());
    }

    private void showFindings(ModelFindings next) {
        findingsRevision = next.revision();
        findings.setAll(next.findings());
        progress.set("");
        ModelRequest keeping = toKeep;
        KnownEscalations kept = known;
        if (keeping != null && keeping.revision() == next.revision() && kept != null) {
            toKeep = null;
            // after everything is shown: digesting a large model takes a fraction of a second
            modelWork.run(() -> {
                kept.keep(keeping.analysis().check());
                return keeping;
            }, done -> { }, failure -> { });
        }
    }

    private void endEscalationProgress() {
        endEscalationProgress(java.util.Set.of());
    }

    /** The escalations of the model just opened are no longer worked out: {@code found} are the principals still badged. */
    private void endEscalationProgress(java.util.Set<String> found) {
        escalationsProgress = "";
        modelProgress.set(-1);
        escalatingSoFar.set(found);
    }

    /** The escalations of the model shown were not worked out (nor, then, the findings that follow them). */
    private void escalationsFailed(Throwable failure) {
        java.util.Set<String> found = escalatingSoFar.get(); // true as far as it goes: their badges stay until the model changes
        escalationsProblem.set(why(failure));
        modelFailed(failure, found);
    }

    /** The findings but the escalation ones failed: said, while the escalations go on (their findings follow them). */
    private void earlyFindingsFailed(Throwable failure) {
        failed(failure);
        modelProblem.set(why(failure));
    }

    private void modelFailed(Throwable failure) {
        modelFailed(failure, java.util.Set.of());
    }

    /** As {@link #modelFailed(Throwable)}, the principals {@code found} to escalate before it stopped keeping their badges. */
    private void modelFailed(Throwable failure, java.util.Set<String> found) {
        endEscalationProgress(found);
        progress.set("");
        failed(failure);
        // the findings shown are then those of an earlier step (but the escalation ones, or none)
        modelProblem.set((failure instanceof dev.iammodeller.analysis.HeapRoom.NotEnoughMemory
                ? "without the escalations: " + why(failure) : why(failure)) + (found.isEmpty() ? "" : "; the "
                + dev.iammodeller.model.Words.number(found.size()) + (found.size() == 1 ? " principal" : " principals")
                + " found to escalate before it stopped keep their badges"));
    }

    /** Why the model-wide analysis stopped: "not enough memory to …", or "the analysis failed: …". */
    private static String why(Throwable failure) {
        return failure instanceof dev.iammodeller.analysis.HeapRoom.NotEnoughMemory ? failure.getMessage()
                : "the analysis failed: " + message(failure);
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }

    private void failed(Throwable failure) {
        problem.set("The analysis failed: " + message(failure));
    }

    /** The selected entity's reach (or who reaches it), null when nothing is selected. */
    public ReadOnlyObjectProperty<ReachReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** What the canvas shows for the selection: {@link Highlights#NONE} when nothing is selected. */
    public ReadOnlyObjectProperty<Highlights> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /**
     * While the escalations of a model just opened are worked out, the principals found so far to have an escalation
     * path of their own (each has a badge once the escalations are in), a few times a second; when they stopped
     * ({@link #escalationsProblemProperty()}), those found before, until the model changes; empty otherwise.
     */
    public ReadOnlyObjectProperty<java.util.Set<String>> escalatingSoFarProperty() {
        return escalatingSoFar.getReadOnlyProperty();
    }

    /** Every escalation path of the model, by principal (for the badges). */
    public ReadOnlyObjectProperty<Escalations> escalationsProperty() {
        return escalations.getReadOnlyProperty();
    }

    /** Every finding of the model, most serious first. */
    public ObservableList<Finding> findings() {
        return findingsView;
    }

    /** True while the selection's reach is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the model's escalations and findings are being computed. */
    public ReadOnlyBooleanProperty modelBusyProperty() {
        return modelBusy.getReadOnlyProperty();
    }

    /**
     * What the model-wide analysis of a model just opened is doing ("Analysing 3,000 principals…") until its
     * findings are in; "" otherwise (an edit's analysis keeps the findings shown meanwhile).
     */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * How far the escalations of a model just opened have come, 0 to 1, a few times a second; -1 when nothing says how
     * far the work is (busy indicators spin then).
     */
    public javafx.beans.property.ReadOnlyDoubleProperty modelProgressProperty() {
        return modelProgress.getReadOnlyProperty();
    }

    /** Why the last analysis failed, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Why the findings shown are not all of them, to follow their count ("without the escalations: not enough memory
     * to …", or "the analysis failed: …"); "" when the model-wide analysis did not stop. Cleared when the model changes.
     */
    public ReadOnlyStringProperty modelProblemProperty() {
        return modelProblem.getReadOnlyProperty();
    }

    /**
     * Why the escalations of the model shown were not worked out ("not enough memory to …", or "the analysis failed:
     * …"); "" when they were, or are being. Cleared when the model changes.
     */
    public ReadOnlyStringProperty escalationsProblemProperty() {
        return escalationsProblem.getReadOnlyProperty();
    }

    /** True for "who can reach this" (for a resource, role or policy) instead of what the selection reaches. */
    public BooleanProperty reverseProperty() {
        return reverse;
    }

    /** The analysis of the current model value, for panels that ask their own questions (off the FX thread). */
    public ModelAnalysis analysisOf(IamModel model) {
        return cache.of(catalog.join(), model);
    }

    public EditorState editor() {
        return editor;
    }
}
