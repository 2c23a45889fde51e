package dev.iammodeller.app.document;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.stage.Window;

/**
 * The File menu's dialogs, owned by the main window and styled like it. Every dialog and button has an
 * id, so tests can answer them: {@code save-changes}, {@code dont-save}, {@code cancel-save};
 * {@code recovery-restore}, {@code recovery-discard}; {@code problem-list} and {@code problems-ok}.
 */
public final class FxDocumentDialogs implements DocumentDialogs {
    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    private static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final Window owner;

    public FxDocumentDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Answer askToSave(String name) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "save-changes-dialog", "Unsaved Changes",
                "Save the changes to " + name + "?",
                Map.of(SAVE, "save-changes", DONT_SAVE, "dont-save", ButtonType.CANCEL, "cancel-save"));
        alert.setContentText("If you don't save them, your changes will be lost.");
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == SAVE ? Answer.SAVE : chosen == DONT_SAVE ? Answer.DONT_SAVE : Answer.CANCEL;
    }

    @Override
    public boolean offerRecovery(String name, Instant written) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "recovery-dialog", "Restore Unsaved Changes",
                "IAM Modeller closed without saving " + name + ".",
                Map.of(RESTORE, "recovery-restore", DISCARD, "recovery-discard"));
        alert.setContentText("A copy of it from " + TIME.format(written) + " was kept. Restore it?");
        return alert.showAndWait().orElse(DISCARD) == RESTORE;
    }

    @Override
    public void showProblems(String title, String summary, List<String> problems) {
        Alert alert = alert(Alert.AlertType.ERROR, "problems-dialog", title, summary,
                Map.of(ButtonType.OK, "problems-ok"));
        ListView<String> list = new ListView<>();
        list.setId("problem-list");
        list.getStyleClass().add("problem-list");
        list.getItems().setAll(problems);
        list.setPrefSize(640, Math.min(320, 32 + 26 * problems.size()));
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String id, String title, String header, Map<ButtonType, String> buttons) {
        Alert alert = new Alert(type, "", buttons.keySet().stream()
                .sorted((a, b) -> Integer.compare(order(a), order(b))).toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        dev.iammodeller.app.theme.OwnersTheme.on(alert);
        buttons.forEach((button, buttonId) -> alert.getDialogPane().lookupButton(button).setId(buttonId));
        return alert;
    }

    private static int order(ButtonType button) {
        return button == SAVE || button == RESTORE || button == ButtonType.OK ? 0 : button == ButtonType.CANCEL ? 2 : 1;
    }
}
