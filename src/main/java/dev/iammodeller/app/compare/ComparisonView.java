package dev.iammodeller.app.compare;

import dev.iammodeller.analysis.compare.Change;
import dev.iammodeller.analysis.compare.ComparisonRow;
import dev.iammodeller.analysis.compare.ComparisonUnion;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.canvas.IamConnectionOffers;
import dev.iammodeller.app.canvas.ShapeView;
import dev.iammodeller.app.live.OverlayEdge;
import dev.iammodeller.diagram.Rect;
import java.util.Locale;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The comparison in the window: a bar (what is compared, a summary, the legend, Close), the union on a canvas of its
 * own (added, removed and changed entities each styled by a pseudo-class of compare.css; relations added and removed
 * drawn over it), and the table of changes beside it. Choosing a row frames its entity; selecting a principal
 * highlights what it reaches anew. It builds controls and binds; the decisions are {@link ComparisonViewModel}'s.
 */
public final class ComparisonView {
    static final String STYLESHEET = "/app/compare.css";
    static final PseudoClass NEW_REACH = PseudoClass.getPseudoClass("compare-new-reach");
    private final ComparisonViewModel model;
    private final CanvasEditor canvas;
    private final BorderPane root = new BorderPane();
    private final TableView<ComparisonRow> table = new TableView<>();
    private final Label status = new Label();

    public ComparisonView(ComparisonViewModel model, Runnable close) {
        this.model = model;
        this.canvas = new CanvasEditor(model.editor(), new IamConnectionOffers());
        root.setId("comparison-view");
        root.getStylesheets().add(ComparisonView.class.getResource(STYLESHEET).toExternalForm());
        root.setTop(bar(close));
        SplitPane split = new SplitPane(canvas.node(), table());
        split.setDividerPositions(0.6);
        root.setCenter(split);
        status.setId("comparison-status");
        status.getStyleClass().add("compare-status");
        canvas.setOnMessage(status::setText);
        model.messageProperty().addListener((o, was, text) -> status.setText(text));
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        root.setBottom(status);
        markEntities();
        drawEdges();
        model.newReachProperty().addListener((o, was, now) -> showNewReach(was, now));
    }

    public Node node() {
        return root;
    }

    /** Draws its canvas in the dark theme's colours (the grid, the minimap) or the light one's. */
    public void setDark(boolean dark) {
        canvas.setDark(dark);
    }

    CanvasEditor canvas() {
        return canvas;
    }

    ComparisonViewModel model() {
        return model;
    }

    private Node bar(Runnable close) {
        Label title = new Label(model.title());
        title.getStyleClass().add("compare-title");
        Label summary = new Label(model.summary());
        summary.setId("comparison-summary");
        VBox texts = new VBox(2, title, summary);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button closing = new Button("Close Comparison");
        closing.setId("comparison-close");
        closing.setCancelButton(true);
        closing.setOnAction(event -> close.run());
        HBox bar = new HBox(12, texts, gap, legend(), closing);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("compare-bar");
        return bar;
    }

    private static Node legend() {
        HBox legend = new HBox(10);
        legend.setId("comparison-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().addAll(swatch("added", "only in the new model"), swatch("removed", "only in the base (ghosted)"),
                swatch("changed", "in both, different (the table says what)"),
                swatch("new-reach", "what the selected principal reaches anew"));
        return legend;
    }

    private static Node swatch(String state, String meaning) {
        Region box = new Region();
        box.getStyleClass().addAll("compare-swatch", "compare-swatch-" + state);
        Label label = new Label(state.replace('-', ' '), box);
        Tooltip.install(label, new Tooltip(meaning));
        return label;
    }

    private Node table() {
        table.setId("comparison-table");
        table.setItems(model.rows());
        table.getColumns().add(column("Change", ComparisonRow::change, 120));
        table.getColumns().add(column("Subject", ComparisonRow::subject, 190));
        table.getColumns().add(column("Details", ComparisonRow::detail, 380));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The two models mean the same"));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (model.choose(row)) {
                canvas.goTo(row.focusId());
            }
        });
        return table;
    }

    private static TableColumn<ComparisonRow, String> column(String name, java.util.function.Function<ComparisonRow, String> value,
                                                             double width) {
        TableColumn<ComparisonRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    private void markEntities() {
        model.marks().forEach((id, change) -> {
            ShapeView view = canvas.view(id);
            if (view != null) {
                view.setState(state(change), true);
            }
        });
    }

    private void drawEdges() {
        for (ComparisonUnion.Edge edge : model.edges()) {
            Rect from = canvas.drawing().shape(edge.relation().from());
            Rect to = canvas.drawing().shape(edge.relation().to());
            OverlayEdge overlay = new OverlayEdge(PseudoClass.getPseudoClass(state(edge.change())),
                    edge.change().word() + ": " + edge.relation().kind().json());
            overlay.node().setMouseTransparent(true);
            overlay.place(from, to);
            canvas.overlayLayer().getChildren().add(overlay.node());
        }
    }

    private void showNewReach(Set<String> was, Set<String> now) {
        for (String id : was) {
            ShapeView view = canvas.view(id);
            if (view != null) {
                view.node().pseudoClassStateChanged(NEW_REACH, false);
            }
        }
        for (String id : now) {
            ShapeView view = canvas.view(id);
            if (view != null) {
                view.node().pseudoClassStateChanged(NEW_REACH, true);
            }
        }
        status.setText(now.isEmpty() ? "" : "Highlighted: what the selected principal reaches anew (" + now.size()
                + (now.size() == 1 ? " node)" : " nodes)"));
    }

    static String state(Change change) {
        return "compare-" + change.name().toLowerCase(Locale.ROOT);
    }
}
