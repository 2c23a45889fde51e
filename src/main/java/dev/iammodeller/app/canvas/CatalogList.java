package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.PaletteItem;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A searchable list of catalogue items (AWS services, AWS managed policies): type to filter, drag an item
 * onto the canvas.
 */
final class CatalogList extends VBox {
    private final ObservableList<PaletteItem> items = FXCollections.observableArrayList();
    private final FilteredList<PaletteItem> shown = new FilteredList<>(items);
    private final TextField filter = new TextField();
    private final ListView<PaletteItem> list = new ListView<>(shown);

    CatalogList(String id, String prompt, CanvasEditor canvas) {
        super(4);
        setId(id);
        getStyleClass().add("catalog-list");
        filter.setId(id + "-filter");
        filter.setPromptText(prompt);
        list.setId(id + "-items");
        list.setPrefHeight(150);
        list.setPlaceholder(new javafx.scene.control.Label("Loading the AWS catalogue…"));
        filter.textProperty().addListener((o, before, after) -> {
            String q = after.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(item -> q.isEmpty() || item.variant().toLowerCase(Locale.ROOT).contains(q)
                    || item.title().toLowerCase(Locale.ROOT).contains(q));
        });
        list.setCellFactory(view -> new Cell(canvas));
        getChildren().addAll(filter, list);
    }

    void setItems(List<PaletteItem> all) {
        items.setAll(all);
        list.setPlaceholder(new javafx.scene.control.Label("No match"));
    }

    /** A list row that can be dragged onto the canvas. */
    private static final class Cell extends ListCell<PaletteItem> {
        Cell(CanvasEditor canvas) {
            getStyleClass().add("catalog-item");
            PaletteDrag.install(this, this::getItem, canvas);
        }

        @Override
        protected void updateItem(PaletteItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setId(null);
            } else {
                setText(item.variant().equals(item.title()) ? item.title() : item.variant() + " — " + item.title());
                setId("catalog-" + item.variant());
            }
        }
    }
}
