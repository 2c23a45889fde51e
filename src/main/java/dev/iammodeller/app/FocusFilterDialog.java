package dev.iammodeller.app;

import dev.iammodeller.diagram.FocusFilter;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Words;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/**
 * View › Focus › Filter…: the kinds to show (those the model holds; none ticked shows every kind), a tag
 * ({@code key} or {@code key=value}) and a piece of a name or ARN. OK shows what the filter keeps.
 */
final class FocusFilterDialog {
    private FocusFilterDialog() {
    }

    static Optional<FocusFilter> ask(Stage owner, IamModel model, FocusFilter now) {
        Dialog<FocusFilter> dialog = dialog(owner, model, now);
        return dialog.showAndWait();
    }

    static Dialog<FocusFilter> dialog(Stage owner, IamModel model, FocusFilter now) {
        Dialog<FocusFilter> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dev.iammodeller.app.theme.OwnersTheme.on(dialog);
        dialog.setTitle("Filter the Canvas");
        dialog.setHeaderText("Show only what matches; the rest of the model is hidden, not changed");
        dialog.getDialogPane().setId("focus-filter");
        Set<EntityKind> present = EnumSet.noneOf(EntityKind.class);
        for (Entity entity : model.entities().values()) {
            present.add(entity.kind());
        }
        Map<EntityKind, CheckBox> boxes = new LinkedHashMap<>();
        FlowPane kinds = new FlowPane(10, 6);
        kinds.setPrefWrapLength(420);
        for (EntityKind kind : present) {
            CheckBox box = new CheckBox(Words.of(kind));
            box.setId("filter-kind-" + kind.json());
            box.setSelected(now.kinds().contains(kind));
            boxes.put(kind, box);
            kinds.getChildren().add(box);
        }
        TextField tag = new TextField(now.tag());
        tag.setId("filter-tag");
        tag.setPromptText("key or key=value (users and roles)");
        TextField text = new TextField(now.text());
        text.setId("filter-text");
        text.setPromptText("a piece of a name or ARN");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Kinds"), kinds);
        grid.addRow(1, new Label("Tag"), tag);
        grid.addRow(2, new Label("Name or ARN"), text);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Set<EntityKind> chosen = EnumSet.noneOf(EntityKind.class);
            boxes.forEach((kind, box) -> {
                if (box.isSelected()) {
                    chosen.add(kind);
                }
            });
            return new FocusFilter(chosen, tag.getText(), text.getText());
        });
        return dialog;
    }
}
