package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.KindLook;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.PaletteItem;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** One kind in the palette: its icon in the family's colour and its name; drag it onto the canvas. */
final class PaletteEntry extends HBox {
    PaletteEntry(KindLook look, String text, Supplier<PaletteItem> item, CanvasEditor canvas) {
        super(8);
        setId("palette-" + look.word().replace(' ', '-'));
        getStyleClass().addAll("palette-entry", "family-" + look.family().cssName(), look.cssName());
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(text);
        label.getStyleClass().add("palette-label");
        label.setWrapText(true); // a narrow palette (1280 × 800) wraps "Organizational unit" rather than cut it
        label.setMinWidth(0);
        HBox.setHgrow(label, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(Icons.of(look.kind(), 20), label);
        KindTooltips.install(this, look.kind());
        PaletteDrag.install(this, item, canvas);
    }

    PaletteEntry(PaletteItem item, CanvasEditor canvas) {
        this(KindLooks.of(item.kind()), capitalised(item.title()), () -> item, canvas);
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
