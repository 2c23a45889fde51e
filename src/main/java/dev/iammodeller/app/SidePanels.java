package dev.iammodeller.app;

import dev.iammodeller.app.work.FxBackgroundWork;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.comments.CommentDialog;
import dev.iammodeller.app.comments.Commenting;
import dev.iammodeller.app.document.UserFolder;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.findings.FindingsPanel;
import dev.iammodeller.app.fixes.FixesWindow;
import dev.iammodeller.app.inspector.InspectorPane;
import dev.iammodeller.app.live.LiveCanvas;
import dev.iammodeller.app.live.LiveAnalysis;
import dev.iammodeller.app.policyeditor.PolicyEditorWindow;
import dev.iammodeller.app.reach.ReachPanel;
import dev.iammodeller.app.simulator.SimulatorPanel;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.KnownEscalations;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The panels beside the canvas (inspector, reach, simulator, findings, comments), the policy editors they open, and
 * the live evaluator that feeds the reach panel and the canvas highlights.
 */
final class SidePanels {
    private final PolicyEditorWindow policyEditors;
    private final LiveAnalysis live;
    private final LiveCanvas liveCanvas;
    private final Commenting commenting;
    private final FixesWindow fixes;

    SidePanels(Stage stage, EditorState editor, CanvasEditor canvas, CompletableFuture<Catalog> catalog,
               BackgroundWork background, TabPane tabs) {
        policyEditors = new PolicyEditorWindow(stage, editor, background, catalog);
        live = new LiveAnalysis(editor, catalog, background, new FxBackgroundWork());
        live.setKnownEscalations(new KnownEscalations(UserFolder.standard().escalations()),
                java.time.Duration.ofSeconds(1));
        liveCanvas = new LiveCanvas(canvas, live);
        InspectorPane inspector = new InspectorPane(editor, policyEditors);
        ReachPanel reach = new ReachPanel(live, policyEditors::openAt);
        SimulatorPanel simulator = new SimulatorPanel(editor, catalog, background, policyEditors::openAt);
        FindingsPanel findings = new FindingsPanel(live, ids -> frame(editor, canvas, ids));
        fixes = new FixesWindow(stage, editor, canvas, liveCanvas, background, catalog);
        findings.setOnFixes(finding -> {
            if (dev.iammodeller.analysis.findings.Findings.ESCALATION.equals(finding.code())) {
                showFixes(finding.subjectId());
            } else {
                fixes.showFinding(finding);
            }
        });
        tabs.getTabs().addAll(tab("Inspector", "tab-inspector", inspector.root()),
                tab("Reach", "tab-reach", reach.node()),
                tab("Simulator", "tab-simulator", simulator.node()),
                tab("Findings", "tab-findings", findings.node()));
        commenting = new Commenting(editor, canvas, new CommentDialog(stage));
        Tab comments = tab("Comments", "tab-comments", commenting.panel());
        tabs.getTabs().add(comments);
        commenting.setOnShowPanel(() -> tabs.getSelectionModel().select(comments));
    }

    private static void frame(EditorState editor, CanvasEditor canvas, Set<String> ids) {
        editor.select(ids);
        ids.stream().filter(id -> canvas.view(id) != null).findFirst().ifPresent(canvas::goTo);
    }

    /**
     * A side panel's tab. Its content joins the scene when the tab is first in front, so that the window's first
     * styling and layout (the longest step of its start) leave out the tabs behind: about a third of a second.
     */
    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setClosable(false);
        tab.selectedProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable selected) {
                if (tab.isSelected()) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
        return tab;
    }

    PolicyEditorWindow policyEditors() {
        return policyEditors;
    }

    LiveAnalysis live() {
        return live;
    }

    /** Opens the what-if fixes of a principal's escalation paths (as the live evaluator found them). */
    void showFixes(String principalId) {
        dev.iammodeller.analysis.escalation.Escalations found = live.escalationsProperty().get();
        fixes.show(found == null ? java.util.List.of() : found.paths(principalId));
    }

    FixesWindow fixes() {
        return fixes;
    }

    /** Comments: the markers, the Comments tab, adding one. */
    Commenting commenting() {
        return commenting;
    }

    /** The live evaluator on the canvas: highlights, paths, escalation badges and steps, legend. */
    LiveCanvas liveCanvas() {
        return liveCanvas;
    }
}
