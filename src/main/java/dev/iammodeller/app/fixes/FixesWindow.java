package dev.iammodeller.app.fixes;

import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.analysis.escalation.EscalationStep;
import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.fixes.FindingFixes;
import dev.iammodeller.analysis.fixes.Fix;
import dev.iammodeller.analysis.fixes.FixPreview;
import dev.iammodeller.analysis.fixes.PathFixes;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.canvas.ShapeView;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.live.LiveCanvas;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.EditRefused;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What-if fixes for a principal's escalation paths: pick a path (drawn step by step on the canvas) and a fix
 * ({@link PathFixes}); the preview, worked out in the background on the model the fix would make, says whether the
 * path closes, whether the principal still gains as much another way, and what reach every other principal would
 * lose, and marks them on the canvas (the principal green when its path closes, red when not; those who lose reach
 * amber). For an outside trust without an external id, the fix that requires one ({@link FindingFixes}). Apply
 * makes the fix one undoable edit.
 */
public final class FixesWindow {
    static final String CLOSES = "fix-closes";
    static final String STAYS_OPEN = "fix-stays-open";
    static final String LOSES = "fix-loses-reach";

    private final Stage stage = new Stage();
    private final EditorState editor;
    private final CanvasEditor canvas;
    private final LiveCanvas liveCanvas;
    private final BackgroundWork background;
    private final CompletableFuture<Catalog> catalog;
    private final ComboBox<EscalationPath> paths = new ComboBox<>();
    private final ListView<Fix> fixes = new ListView<>();
    private final TextArea preview = new TextArea();
    private final Label status = new Label();
    private final Button apply = new Button("Apply Fix");
    private final Set<String> marked = new HashSet<>();
    private IamModel model;
    private long asked;
    /** The finding whose fixes are shown (not an escalation path's), or null. */
    private Finding finding;

    public FixesWindow(Window owner, EditorState editor, CanvasEditor canvas, LiveCanvas liveCanvas,
                       BackgroundWork background, CompletableFuture<Catalog> catalog) {
        this.editor = editor;
        this.canvas = canvas;
        this.liveCanvas = liveCanvas;
        this.background = background;
        this.catalog = catalog;
        stage.initOwner(owner);
        stage.setTitle("What-if Fixes");
        paths.setId("fixes-paths");
        paths.setMaxWidth(Double.MAX_VALUE);
        paths.setCellFactory(v -> new PathCell());
        paths.setButtonCell(new PathCell());
        paths.valueProperty().addListener((o, before, path) -> pathPicked(path));
        fixes.setId("fixes-list");
        fixes.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Fix fix, boolean empty) {
                super.updateItem(fix, empty);
                setText(empty || fix == null ? null : fix.kind().words() + ": " + fix.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        fixes.getSelectionModel().selectedItemProperty().addListener((o, before, fix) -> fixPicked(fix));
        VBox.setVgrow(fixes, Priority.ALWAYS);
        preview.setId("fixes-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(9);
        status.setId("fixes-status");
        status.setWrapText(true);
        apply.setId("fixes-apply");
        apply.setDefaultButton(true);
        apply.setDisable(true);
        apply.setOnAction(event -> applyPicked());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox buttons = new HBox(8, status, apply, close);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        VBox root = new VBox(8, new Label("Escalation path"), paths, new Label("Fixes that close it"), fixes,
                new Label("Preview"), preview, buttons);
        root.setId("fixes-window");
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 640, 620);
        dev.iammodeller.app.theme.OwnersTheme.on(root, owner);
        stage.setScene(scene);
        stage.setOnHidden(event -> unmark());
    }

    /** Shows the fixes of a finding that is not an escalation (an outside trust without an external id). */
    public void showFinding(Finding shown) {
        model = editor.model();
        finding = shown;
        paths.getItems().clear();
        paths.setDisable(true);
        List<Fix> found = FindingFixes.of(model, shown);
        fixes.getItems().setAll(found);
        status.setText(found.isEmpty() ? "No fix is proposed for this finding." : "");
        if (!found.isEmpty()) {
            fixes.getSelectionModel().select(0);
        }
        open();
    }

    /** Shows the fixes for these paths of a principal (its escalation paths as the live evaluator found them). */
    public void show(List<EscalationPath> found) {
        model = editor.model();
        finding = null;
        paths.setDisable(false);
        paths.getItems().setAll(found);
        status.setText(found.isEmpty() ? "This principal has no escalation path to close." : "");
        if (!found.isEmpty()) {
            paths.getSelectionModel().select(0);
        }
        open();
    }

    private void open() {
        Window owner = stage.getOwner();
        if (!stage.isShowing() && owner != null && owner.getWidth() > 0) {
            // over the side panels, so the canvas where the preview shows stays in view
            stage.setX(owner.getX() + Math.max(0, owner.getWidth() - stage.getScene().getWidth() - 16));
            stage.setY(owner.getY() + 70);
        }
        stage.show();
        stage.toFront();
    }

    /** The window (for tests and to place it). */
    public Stage stage() {
        return stage;
    }

    private void pathPicked(EscalationPath path) {
        fixes.getItems().clear();
        preview.clear();
        unmark();
        if (path == null) {
            return;
        }
        liveCanvas.showEscalation(path);
        fixes.getItems().setAll(PathFixes.of(model, path));
        fixes.getSelectionModel().select(0);
    }

    private void fixPicked(Fix fix) {
        apply.setDisable(true);
        unmark();
        EscalationPath path = paths.getValue();
        if (fix != null && finding != null) {
            findingPreview(fix);
            return;
        }
        if (fix == null || path == null) {
            preview.clear();
            return;
        }
        long mine = ++asked;
        IamModel before = model;
        preview.setText("Working out what \"" + fix.title() + "\" would change…");
        catalog.thenAccept(loaded -> javafx.application.Platform.runLater(() -> background.run(
                () -> FixPreview.of(loaded, before, path, fix),
                done -> {
                    if (mine == asked) {
                        shown(done);
                    }
                },
                failure -> preview.setText("The preview failed: " + failure.getMessage()))));
    }

    private void findingPreview(Fix fix) {
        long mine = ++asked;
        IamModel before = model;
        Finding about = finding;
        preview.setText("Working out what \"" + fix.title() + "\" would change…");
        catalog.thenAccept(loaded -> javafx.application.Platform.runLater(() -> background.run(
                () -> FindingFixes.closes(loaded, before, about, fix),
                closes -> {
                    if (mine != asked) {
                        return;
                    }
                    preview.setText((closes ? "✓ The finding closes: " + about.code() + " of " + about.subjectName()
                            + " is no longer reported as " + about.severity().label().toLowerCase(java.util.Locale.ROOT) + "."
                            : "✗ The finding stays: " + about.code() + " of " + about.subjectName() + " is still reported.")
                            + "\n\n" + about.message());
                    apply.setDisable(!before.equals(editor.model()));
                },
                failure -> preview.setText(failure instanceof EditRefused refused
                        ? "This fix cannot be applied: " + refused.getMessage()
                        : "The preview failed: " + failure.getMessage()))));
    }

    private void shown(FixPreview done) {
        EscalationPath path = paths.getValue();
        String who = name(path.principalId());
        StringBuilder text = new StringBuilder();
        if (done.refused() != null) {
            text.append("This fix cannot be applied: ").append(done.refused());
        } else {
            text.append(done.closes() ? "✓ The path closes: the analysis no longer finds it."
                    : "✗ The path stays open: the analysis still finds it.");
            text.append("\n").append(done.stillGains() ? "Note: " + who + " still gains " + gain(path)
                    + " by another path." : who + " no longer gains " + gain(path) + ".");
            text.append("\n\nReach lost by other principals:");
            if (done.lost().isEmpty()) {
                text.append(" none.");
            }
            for (FixPreview.LostReach lost : done.lost()) {
                text.append("\n• ").append(lost.principalName()).append(" loses ").append(lost.count())
                        .append(lost.count() == 1 ? " permission" : " permissions").append(" (")
                        .append(String.join("; ", lost.examples())).append(lost.count() > lost.examples().size()
                                ? "; …)" : ")");
            }
        }
        preview.setText(text.toString());
        mark(path.principalId(), done.closes() ? CLOSES : STAYS_OPEN);
        done.lost().forEach(lost -> mark(lost.principalId(), LOSES));
        apply.setDisable(done.refused() != null || !model.equals(editor.model()));
    }

    private void applyPicked() {
        Fix fix = fixes.getSelectionModel().getSelectedItem();
        if (fix == null) {
            return;
        }
        editor.submit(fix.command()).ifPresentOrElse(refused -> status.setText(refused), () -> {
            status.setText("Applied: " + fix.title() + " (Edit › Undo takes it back)");
            apply.setDisable(true);
            unmark();
            liveCanvas.clearEscalation();
            model = editor.model();
        });
    }

    private void mark(String id, String state) {
        ShapeView view = canvas.view(id);
        if (view != null) {
            view.setState(state, true);
            marked.add(id);
        }
    }

    private void unmark() {
        for (String id : marked) {
            ShapeView view = canvas.view(id);
            if (view != null) {
                for (String state : List.of(CLOSES, STAYS_OPEN, LOSES)) {
                    view.setState(state, false);
                }
            }
        }
        marked.clear();
    }

    private String name(String id) {
        return model.entity(id).map(Entity::name).orElse(id);
    }

    private String gain(EscalationPath path) {
        return path.gainsAdmin() ? "administrator" : model.entities().values().stream()
                .filter(e -> path.gains().equals(e.arn())).map(Entity::name).findFirst().orElse(path.gains());
    }

    /** A path as its gain, rule and actions. */
    private final class PathCell extends ListCell<EscalationPath> {
        @Override
        protected void updateItem(EscalationPath path, boolean empty) {
            super.updateItem(path, empty);
            setText(empty || path == null ? null : "gains " + gain(path) + " by " + path.rule() + ": "
                    + String.join(" → ", path.steps().stream().map(EscalationStep::action).toList()));
        }
    }
}
