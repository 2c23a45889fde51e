package dev.iammodeller.app.live;

import dev.iammodeller.analysis.Highlights;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.CollapsedPolicies;
import dev.iammodeller.diagram.Focus;
import dev.iammodeller.diagram.FocusFilter;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntitiesByArn;
import dev.iammodeller.model.IamModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The focus views the View menu offers, made from what the window already knows: the live evaluator's
 * highlights of the selection (its reach, or who reaches it) and its escalation answer. A reach or escalation
 * view follows the newest answer; one asked for before the answer is there waits for it. Collapsing policies is
 * here too. Every method answers with a refusal to show in the status bar, or nothing.
 */
public final class FocusViews {
    private final CanvasEditor canvas;
    private final LiveAnalysis live;
    private final EditorState editor;
    private Focus.Kind waitingFor;

    public FocusViews(CanvasEditor canvas, LiveAnalysis live) {
        this.canvas = canvas;
        this.live = live;
        this.editor = live.editor();
        live.highlightsProperty().addListener((o, was, now) -> highlightsChanged(now));
        live.escalationsProperty().addListener((o, was, now) -> escalationsChanged(now));
        editor.openingsProperty().addListener((o, was, now) -> waitingFor = null);
    }

    public void showEverything() {
        waitingFor = null;
        canvas.focusProperty().set(Focus.EVERYTHING);
    }

    /** Only what the selection reaches (or, with Who Can Reach This on, who reaches it). */
    public Optional<String> showReach() {
        String subject = subject();
        if (subject == null) {
            return Optional.of(editor.selection().isEmpty()
                    ? "Select a node first: the canvas then shows only what it reaches"
                    : "Select one node: the canvas then shows only what it reaches");
        }
        Highlights now = live.highlightsProperty().get();
        if (now != null && subject.equals(now.subjectId())) {
            waitingFor = null;
            canvas.focusProperty().set(reach(now));
            return Optional.empty();
        }
        waitingFor = Focus.Kind.REACH;
        return Optional.of("The canvas will show only what the selection reaches once the live evaluator has it");
    }

    /** Only the principals with escalation paths and what their steps act on and gain. */
    public Optional<String> showEscalations() {
        Escalations now = live.escalationsProperty().get();
        if (live.modelBusyProperty().get()) {
            waitingFor = Focus.Kind.ESCALATION;
            return Optional.of("The canvas will show the escalation paths once the live evaluator has found them");
        }
        if (!live.escalationsProblemProperty().get().isEmpty()) {
            return Optional.of("The escalation paths were not worked out: " + live.escalationsProblemProperty().get());
        }
        if (now == null || now.byPrincipal().isEmpty()) {
            return Optional.of("No principal of this model has an escalation path");
        }
        waitingFor = null;
        canvas.focusProperty().set(Focus.escalation(escalationIds(editor.model(), now)));
        return Optional.empty();
    }

    /** Only one frame (the selected account or unit, or the one holding the selection) and what it holds. */
    public Optional<String> showFrame() {
        String subject = subject();
        IamModel model = editor.model();
        String frame = subject == null ? null : model.entity(subject).filter(e -> KindLooks.isFrame(e.kind()))
                .map(Entity::id).orElse(canvas.drawing().containment().parentOf(subject));
        if (frame == null) {
            return Optional.of(editor.selection().size() > 1
                    ? "Select one account, unit or node: the canvas then shows only that frame"
                    : "Select an account, a unit or something in one first: the canvas then shows only that");
        }
        waitingFor = null;
        canvas.focusProperty().set(Focus.frame(frame));
        return Optional.empty();
    }

    public void showFilter(FocusFilter filter) {
        waitingFor = null;
        canvas.focusProperty().set(Focus.filter(filter));
    }

    /** The filter shown now, or an empty one. */
    public FocusFilter filter() {
        Focus now = canvas.focusProperty().get();
        return now.kind() == Focus.Kind.FILTER ? now.filter() : new FocusFilter(Set.of(), "", "");
    }

    public void collapseAll() {
        canvas.collapsedProperty().set(CollapsedPolicies.all(editor.model()));
    }

    public void expandAll() {
        canvas.collapsedProperty().set(CollapsedPolicies.NONE);
    }

    /** Collapses the policies of the holder, or expands them when they are collapsed. */
    public void toggle(String holder) {
        CollapsedPolicies now = canvas.collapsedProperty().get();
        canvas.collapsedProperty().set(now.isCollapsed(holder) ? now.expand(holder) : now.collapse(holder));
    }

    /** The selected node, or null when none or several are selected. */
    private String subject() {
        return editor.onlySelected().orElse(null);
    }

    private void highlightsChanged(Highlights now) {
        if (now == null || now.subjectId() == null) {
            return;
        }
        Focus.Kind shown = canvas.focusProperty().get().kind();
        if (waitingFor == Focus.Kind.REACH || shown == Focus.Kind.REACH || shown == Focus.Kind.WHO_CAN_REACH) {
            waitingFor = null;
            canvas.focusProperty().set(reach(now));
        }
    }

    private void escalationsChanged(Escalations now) {
        if (now == null) {
            return;
        }
        if (waitingFor == Focus.Kind.ESCALATION || canvas.focusProperty().get().kind() == Focus.Kind.ESCALATION) {
            waitingFor = null;
            canvas.focusProperty().set(Focus.escalation(escalationIds(editor.model(), now)));
        }
    }

    /** The reach view of an answer: its subject, every entity it highlights and every end of the paths it draws. */
    static Focus reach(Highlights highlights) {
        Set<String> ids = new LinkedHashSet<>(highlights.nodes().keySet());
        for (Highlights.Path path : highlights.paths()) {
            for (Highlights.Edge edge : path.edges()) {
                ids.add(edge.from());
                ids.add(edge.to());
            }
        }
        return Focus.reach(highlights.subjectId(), ids, highlights.mode() == Highlights.Mode.REVERSE);
    }

    /** The principals with escalation paths, what each step acts on and whom a path gains, as entity ids. */
    static Set<String> escalationIds(IamModel model, Escalations escalations) {
        EntitiesByArn byArn = new EntitiesByArn(model);
        Set<String> ids = new LinkedHashSet<>();
        for (Map.Entry<String, List<EscalationPath>> e : escalations.byPrincipal().entrySet()) {
            ids.add(e.getKey());
            for (EscalationPath path : e.getValue()) {
                for (EscalationStep step : path.steps()) {
                    byArn.entity(step.target()).ifPresent(entity -> ids.add(entity.id()));
                }
                byArn.entity(path.gains()).ifPresent(entity -> ids.add(entity.id()));
            }
        }
        return ids;
    }
}
