package dev.iammodeller.app;

import dev.iammodeller.io.BuildInfo;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.compare.CompareWith;
import dev.iammodeller.app.compare.ComparisonView;
import dev.iammodeller.app.compare.ComparisonViewModel;
import dev.iammodeller.app.canvas.IamConnectionOffers;
import dev.iammodeller.app.canvas.LayoutFailure;
import dev.iammodeller.app.canvas.PaletteView;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.export.CanvasClipboard;
import dev.iammodeller.app.export.DiagramPrint;
import dev.iammodeller.app.export.ExportAction;
import dev.iammodeller.app.export.ExportJob;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.diagram.PaletteItem;
import dev.iammodeller.diagram.AutoLayout;
import dev.iammodeller.model.ReplaceLayout;
import dev.iammodeller.app.document.DocumentActions;
import dev.iammodeller.app.document.DocumentSetup;
import dev.iammodeller.app.document.Preferences;
import dev.iammodeller.app.document.UserFolder;
import java.util.Arrays;
import java.util.List;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * The main window: menu bar, the palette on the left, the canvas editor in the centre, a slot on the
 * right for side panels (inspector, reach, simulator) and the status bar.
 */
final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label("Ready");
    /** Whether a job that reports in the status bar (an open, an import, an export) runs: its message stays. */
    private final javafx.beans.property.BooleanProperty jobRuns = new javafx.beans.property.SimpleBooleanProperty();
    private final StatusMessage said = new StatusMessage(status, StatusMessage.LASTS, jobRuns);
    private final BackgroundWork background;
    private final CompletableFuture<Catalog> catalog = new CompletableFuture<>();
    private final EditorState editor = new EditorState(IamModel.EMPTY);
    private final CanvasEditor canvas = new CanvasEditor(editor, new IamConnectionOffers());
    private final PaletteView palette = new PaletteView(canvas);
    private final TabPane sidePanels = new TabPane();
    private final SplitPane split = new SplitPane();
    private final DocumentActions documents;
    private final SidePanels panels;
    private final CanvasContextMenu canvasMenu;
    private final ExportJob exportJob;
    private final ExportAction exporting;
    private final DiagramPrint printing;
    private Function<IamModel, Layout> arranger = AutoLayout::rearrange;
    private final CompareWith comparing;
    private ComparisonView comparison;
    private final dev.iammodeller.app.live.FocusViews focusViews;

    private final Preferences preferences;

    /** A window whose preferences are not kept (tests). */
    MainWindow(Stage stage, BackgroundWork background) {
        this(stage, background, UserFolder.standard(), Preferences.notKept());
    }

    /** A window that keeps its files in {@code folder} and applies and keeps {@code preferences}. */
    MainWindow(Stage stage, BackgroundWork background, UserFolder folder, Preferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
        this.background = background;
        status.setId("status-message");
        said.say("Loading the AWS catalogue…");
        background.run(Catalog::load, this::catalogLoaded, failure -> {
            catalog.completeExceptionally(failure);
            said.say("The AWS catalogue could not be read: " + failure.getMessage());
        });
        canvas.setOnMessage(said::say);
        canvas.setFitReadableAtOpen(true);
        documents = new DocumentActions(stage, editor, background, DocumentSetup.standard(stage, folder, preferences));
        documents.activity().messageProperty().addListener((o, was, text) -> {
            if (!text.isEmpty()) {
                said.say(text);
            }
        });
        panels = new SidePanels(stage, editor, canvas, catalog, background, sidePanels);
        panels.live().setModelWideStart(this::afterDrawn);
        documents.setBeforeDiscard(panels.policyEditors()::closeAll);
        editor.openingsProperty().addListener((o, was, now) -> opened());
        CanvasClipboard clipboard = new CanvasClipboard(editor, canvas);
        exportJob = new ExportJob(background, preferences, problem -> exportProblem("Export", problem),
                panels.live()::analysisOf);
        exporting = new ExportAction(stage, editor, exportJob, preferences);
        printing = new DiagramPrint(stage, editor, canvas, said::say);
        exportJob.messageProperty().addListener((o, was, text) -> said.say(text));
        jobRuns.bind(documents.activity().busyProperty().or(exportJob.busyProperty()));
        comparing = new CompareWith(stage, editor, catalog, background, this::showComparison, said::say);
        EditMenu edit = new EditMenu(editor, canvas, root, clipboard);
        edit.menu().getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), item("Add _Comment…",
                "Shortcut+Alt+M", "menu-add-comment", () -> panels.commenting().addToSelection()));
        panels.commenting().setOnMessage(said::say);
        ViewMenu view = new ViewMenu(canvas, root, this::arrange, panels.live().reverseProperty(),
                panels.liveCanvas().escalationOfSelectionProperty(), editor.reviewModeProperty());
        focusViews = new dev.iammodeller.app.live.FocusViews(canvas, panels.live());
        FocusMenu focusMenu = new FocusMenu(focusViews, canvas.everyConnectionProperty(), stage, editor::model, said::say);
        view.menu().getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), focusMenu.menu());
        root.setTop(menuBar(edit.menu(), view.menu()));
        view.darkThemeProperty().set(preferences.dark());
        view.darkThemeProperty().addListener((o, was, dark) -> {
            if (comparison != null) {
                comparison.setDark(dark);
            }
            preferences.setDark(dark);
            preferences.save();
        });
        canvasMenu = new CanvasContextMenu(canvas, editor, panels, sidePanels, this::arrange, clipboard);
        canvasMenu.setFocus(focusMenu, focusViews);
        sidePanels.setId("side-panels");
        split.setId("main-split");
        split.getItems().addAll(palette.node(), canvas.node());
        SplitPane.setResizableWithParent(palette.node(), false);
        split.setDividerPositions(0.2);
        sidePanels.getTabs().addListener((ListChangeListener<Object>) change -> showSidePanels());
        showSidePanels();
        root.setCenter(split);
        ProgressIndicator analysing = new ProgressIndicator();
        analysing.setId("analysis-busy");
        analysing.setPrefSize(14, 14);
        // while the progress text says how far the escalations have come ("… 40 %"), no spinner turns beside it
        analysing.visibleProperty().bind(panels.live().busyProperty().or(panels.live().modelBusyProperty()
                .and(panels.live().modelProgressProperty().lessThan(0))).or(exportJob.busyProperty()));
        Tooltip.install(analysing, new Tooltip("The live evaluator is working on the newest model"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label progress = new Label();
        progress.setId("analysis-progress");
        progress.textProperty().bind(panels.live().progressProperty());
        HBox statusBar = new HBox(8, status, gap, reviewIndicator(), progress, analysing, documents.activity().progressBar());
        statusBar.setId("status-bar");
        statusBar.getStyleClass().add("status-bar");
        root.setBottom(statusBar);
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                edit.installExtraShortcuts(scene);
            }
        });
    }

    /**
     * What shows that review mode is on: a label in the status bar and a banner over the canvas's top left
     * corner (both {@code .review-indicator}); the palette is disabled meanwhile, since nothing can be dropped.
     */
    private Label reviewIndicator() {
        Label inStatus = new Label("Review mode: read-only");
        inStatus.setId("review-indicator");
        Label banner = new Label("Review mode · read-only (Ctrl+Alt+R)");
        banner.setId("review-banner");
        banner.setMouseTransparent(true);
        for (Label label : List.of(inStatus, banner)) {
            label.getStyleClass().add("review-indicator");
            label.visibleProperty().bind(editor.reviewModeProperty());
            label.managedProperty().bind(editor.reviewModeProperty());
        }
        canvas.addCorner(banner, javafx.geometry.Pos.TOP_LEFT);
        palette.node().disableProperty().bind(editor.reviewModeProperty());
        return inStatus;
    }

    /**
     * Puts the dividers where they were when the window last closed. Called once the window is shown: the
     * palette keeps its width when the window resizes, so positions set before the first layout drift.
     */
    void restoreLayout() {
        List<Double> dividers = preferences.dividers();
        if (!dividers.isEmpty() && dividers.size() == split.getDividers().size()) {
            split.layout();
            split.setDividerPositions(dividers.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** Keeps the divider positions in the preferences and writes them (the window is closing). */
    void rememberLayout() {
        preferences.setDividers(Arrays.stream(split.getDividerPositions()).boxed().toList());
        preferences.save();
    }

    /** Runs {@code then} on the FX thread once the AWS catalogue is loaded (at once if it is). */
    void whenCatalogLoaded(Runnable then) {
        catalog.thenRun(() -> javafx.application.Platform.runLater(then));
    }

    /** File › Export…, its settings and the export it runs. */
    ExportAction exporting() {
        return exporting;
    }

    ExportJob exportJob() {
        return exportJob;
    }

    private void exportProblem(String title, String problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, problem, ButtonType.OK);
        alert.initOwner(stage);
        dev.iammodeller.app.theme.OwnersTheme.on(alert);
        alert.setTitle(title);
        alert.setHeaderText("The export was not written");
        alert.getDialogPane().setId("export-problem");
        alert.show();
    }

    Preferences preferences() {
        return preferences;
    }

    Parent root() {
        return root;
    }

    /** The editor state: the model shown, its history, the selection, the file. */
    EditorState editor() {
        return editor;
    }

    CanvasEditor canvas() {
        return canvas;
    }

    /** The right-hand slot: add a tab (inspector, reach, simulator) and it appears beside the canvas. */
    TabPane sidePanels() {
        return sidePanels;
    }

    /** What View > Arrange automatically runs: the new layout of a model (automatic layout). */
    void setArranger(Function<IamModel, Layout> arranger) {
        this.arranger = arranger;
    }

    DocumentActions documents() {
        return documents;
    }

    SidePanels panels() {
        return panels;
    }

    /** View › Focus: focus views and collapsed policies. */
    dev.iammodeller.app.live.FocusViews focusViews() {
        return focusViews;
    }

    /** The canvas's right-click menu. */
    CanvasContextMenu canvasMenu() {
        return canvasMenu;
    }

    /** Shows a model (opened, an example), with a fresh history. */
    void open(IamModel model, Path from) {
        editor.open(model, from);
    }

    /** A model was opened: place what has no place yet (one undoable step) and fit it into view. */
    private void opened() {
        IamModel model = editor.model();
        if (unplaced(model)) { // arranging a large model that has every place takes a fifth of a second for nothing
            Layout placed;
            try {
                placed = AutoLayout.arrange(model, model.layout());
            } catch (RuntimeException | StackOverflowError failure) {
                said.say(LayoutFailure.sentence("Placing the new nodes", failure, "they stay where they were"));
                return;
            }
            if (!placed.equals(model.layout())) {
                editor.submit(new ReplaceLayout(placed, "Place new nodes"));
            }
        }
        canvas.fitReadable();
        if (dev.iammodeller.diagram.OpeningView.isLarge(model)) {
            // a large model: what it says first is its findings (the canvas shows a part of it at a time)
            sidePanels.getTabs().stream().filter(t -> "tab-findings".equals(t.getId())).findFirst()
                    .ifPresent(t -> sidePanels.getSelectionModel().select(t));
        }
    }

    /**
     * Runs {@code then} once the canvas has been styled and laid out with what it shows now (after the next
     * layout pulse), at once when the window is not showing: the model-wide analysis waits for it, so that the
     * first drawing of a large model has the cores to itself.
     */
    private void afterDrawn(Runnable then) {
        javafx.scene.Scene scene = root.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            then.run();
            return;
        }
        NextLayoutPulse.then(scene, () -> javafx.application.Platform.runLater(then));
    }

    private static boolean unplaced(IamModel model) {
        return model.entities().values().stream().anyMatch(e -> AutoLayout.isFrame(e.kind())
                ? !model.layout().frames().containsKey(e.id()) : !model.layout().nodes().containsKey(e.id()));
    }

    private void showSidePanels() {
        boolean shown = split.getItems().contains(sidePanels);
        if (!sidePanels.getTabs().isEmpty() && !shown) {
            split.getItems().add(sidePanels);
            split.setDividerPositions(0.15, 0.70);
        } else if (sidePanels.getTabs().isEmpty() && shown) {
            split.getItems().remove(sidePanels);
        }
    }

    private void arrange() {
        IamModel model = editor.model();
        Layout next;
        try {
            next = arranger.apply(model);
        } catch (RuntimeException | StackOverflowError failure) {
            said.say(LayoutFailure.sentence("Arranging automatically", failure, "the layout is as it was"));
            return;
        }
        if (next != null && !next.equals(model.layout())) {
            editor.submit(new ReplaceLayout(next, "Arrange automatically")).ifPresent(said::say);
            canvas.fit();
        } else {
            said.say("The layout is already arranged");
        }
    }

    private void catalogLoaded(Catalog loaded) {
        catalog.complete(loaded);
        said.say("Ready. AWS catalogue: " + loaded.services().size() + " services, "
                + dev.iammodeller.model.Words.number(loaded.actionCount()) + " actions");
        palette.setServices(loaded.services().stream().sorted(Comparator.comparing(s -> s.prefix()))
                .map(s -> PaletteItem.service(s.prefix(), s.name())).toList());
        background.run(() -> loaded.managedPolicies().all().stream()
                        .map(p -> PaletteItem.awsManagedPolicy(p.name(), p.documentJson())).toList(),
                palette::setManagedPolicies, failure -> said.say("AWS managed policies: " + failure.getMessage()));
    }

    private MenuBar menuBar(Menu edit, Menu view) {
        Menu file = documents.fileMenu();
        MenuItem export = item("_Export…", "Shortcut+E", "menu-export", exporting::run);
        export.disableProperty().bind(exportJob.busyProperty());
        int quit = file.getItems().indexOf(file.getItems().stream()
                .filter(i -> "menu-quit".equals(i.getId())).findFirst().orElseThrow());
        MenuItem print = item("_Print…", "Shortcut+P", "menu-print", printing::print);
        print.disableProperty().bind(editor.modelProperty().map(m -> m.entities().isEmpty()));
        MenuItem compare = item("Compare _With…", null, "menu-compare", comparing::run);
        compare.disableProperty().bind(documents.activity().busyProperty());
        file.getItems().addAll(quit - 1, List.of(new javafx.scene.control.SeparatorMenuItem(), compare, export,
                item("Page Set_up…", null, "menu-page-setup", printing::pageSetup), print));
        Menu tools = new Menu("_Tools");
        tools.setId("menu-tools");
        tools.getItems().add(item("_Check a Policy…", "Shortcut+L", "menu-check-policy", this::checkPolicy));
        Menu help = new Menu("_Help");
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, edit, view, tools, help);
        help.getItems().addAll(item("_Keys and Gestures", "F1", "menu-keys",
                        () -> KeysAndGestures.dialog(stage, bar).showAndWait()),
                item("_About IAM Modeller", null, "menu-about", this::about));
        bar.setId("menu-bar");
        return bar;
    }

    static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    /** File › Compare With…: what it compares the open model with, and how. */
    CompareWith comparing() {
        return comparing;
    }

    /** The comparison shown in place of the palette and canvas, or null when none is. */
    ComparisonView comparison() {
        return comparison;
    }

    /** Shows a comparison in place of the palette, canvas and panels; closing it puts them back as they were. */
    private void showComparison(ComparisonViewModel model) {
        comparison = new ComparisonView(model, this::closeComparison);
        comparison.setDark(preferences.dark());
        root.setCenter(comparison.node());
    }

    private void closeComparison() {
        comparison = null;
        root.setCenter(split);
        said.say("Comparison closed");
    }

    private void checkPolicy() {
        new PolicyCheckWindow(stage, background, catalog).show();
    }

    private void about() {
        aboutDialog().showAndWait();
    }

    /** Help › About: the version, the licence, and the licences of what the application bundles (THIRD-PARTY.md). */
    Alert aboutDialog() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(stage);
        dev.iammodeller.app.theme.OwnersTheme.on(alert);
        alert.setTitle("About IAM Modeller");
        alert.setHeaderText("IAM Modeller " + BuildInfo.version());
        alert.setContentText("Draw, understand and evaluate AWS IAM.\nLicensed under the Apache License 2.0."
                + "\nJava " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "?")
                + "\n\nThe libraries and data it bundles, and their licences, are listed below.");
        javafx.scene.control.TextArea notices = new javafx.scene.control.TextArea(BuildInfo.thirdPartyNotices());
        notices.setId("about-third-party");
        notices.setEditable(false);
        notices.setWrapText(true);
        notices.setPrefSize(720, 360);
        alert.getDialogPane().setExpandableContent(notices);
        alert.getDialogPane().setExpanded(true);
        alert.setResizable(true);
        return alert;
    }
}
