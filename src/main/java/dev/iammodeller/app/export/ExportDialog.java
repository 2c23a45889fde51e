package dev.iammodeller.app.export;

import dev.iammodeller.io.export.ExportFormat;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File › Export…: the formats as choices in three groups (pictures, diagrams for other tools, policies and
 * infrastructure code; one this version cannot write is shown disabled), and the options, each enabled only
 * where it applies to the format chosen ({@link ExportSettings}). Ids: {@code export-dialog},
 * {@code export-format-WORD}, {@code export-scale}, {@code export-dark}, {@code export-highlights},
 * {@code export-only-selection}.
 */
final class ExportDialog {
    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
    private final Dialog<ButtonType> dialog = new Dialog<>();

    ExportDialog(Window owner, ExportSettings settings) {
        dialog.initOwner(owner);
        dev.iammodeller.app.theme.OwnersTheme.on(dialog);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the diagram or its policies");
        dialog.getDialogPane().setId("export-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        ToggleGroup group = new ToggleGroup();
        VBox formats = new VBox(4);
        Map<String, java.util.List<ExportFormat>> sections = new java.util.LinkedHashMap<>();
        for (ExportFormat format : ExportSettings.formats()) {
            String section = format.picture() ? "Pictures"
                    : format.diagram() ? "Diagrams for other tools" : "Policies and infrastructure code";
            sections.computeIfAbsent(section, s -> new java.util.ArrayList<>()).add(format);
        }
        sections.forEach((section, list) -> {
            Label title = new Label(section);
            title.getStyleClass().add("export-section");
            title.setStyle("-fx-font-weight: bold");
            title.setPadding(new Insets(formats.getChildren().isEmpty() ? 0 : 8, 0, 0, 0));
            formats.getChildren().add(title);
            for (ExportFormat format : list) {
                RadioButton choice = new RadioButton(ExportSettings.label(format));
                choice.setId("export-format-" + format.word());
                choice.setToggleGroup(group);
                choice.setUserData(format);
                choice.setDisable(!format.available());
                choice.setSelected(format == settings.formatProperty().get());
                formats.getChildren().add(choice);
            }
        });
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                settings.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        dialog.getDialogPane().setContent(new VBox(16, formats, options(settings)));
    }

    private static GridPane options(ExportSettings settings) {
        Spinner<Double> scale = new Spinner<>(ExportSettings.MIN_SCALE, ExportSettings.MAX_SCALE,
                settings.scaleProperty().get(), 0.5);
        scale.setId("export-scale");
        scale.setEditable(false);
        scale.setPrefWidth(90);
        scale.valueProperty().addListener((o, was, now) -> settings.scaleProperty().set(now));
        scale.disableProperty().bind(settings.scaleApplies().not());
        CheckBox dark = check("Dark theme", "export-dark", settings.darkProperty());
        dark.disableProperty().bind(settings.themeApplies().not());
        CheckBox highlights = check("Highlights of the selected node", "export-highlights", settings.highlightsProperty());
        highlights.disableProperty().bind(settings.highlightsApply().not());
        CheckBox only = check("Only the selected node and its neighbours", "export-only-selection",
                settings.onlySelectionProperty());
        only.disableProperty().bind(settings.onlySelectionApplies().not());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Scale (pictures)"), scale);
        grid.add(dark, 0, 1, 2, 1);
        grid.add(highlights, 0, 2, 2, 1);
        grid.add(only, 0, 3, 2, 1);
        Label note = new Label("Select one node on the canvas for its highlights or its neighbourhood alone.");
        note.setWrapText(true);
        note.setMaxWidth(380);
        note.getStyleClass().add("export-note");
        grid.add(note, 0, 4, 2, 1);
        return grid;
    }

    private static CheckBox check(String text, String id, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** True when the user chose Export. */
    boolean ask() {
        return dialog.showAndWait().filter(b -> b == EXPORT).isPresent();
    }
}
