package dev.iammodeller.app.policyeditor;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A policy document being edited: the checker's view ({@link PolicyCheckView}: the code area over its problems),
 * a message bar that says what is wrong (or that the text parses), and Revert and Apply (Ctrl+Enter).
 */
public final class PolicyEditorPane {
    static final KeyCombination APPLY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final PolicyEditorViewModel model;
    private final PolicyCheckView code;
    private final BorderPane root = new BorderPane();

    public PolicyEditorPane(PolicyEditorViewModel model) {
        this.model = model;
        root.setId("policy-editor");
        root.getStyleClass().add("policy-editor");
        root.getStylesheets().add(PolicyEditorPane.class.getResource("/app/policy-editor.css").toExternalForm());

        code = new PolicyCheckView(model.checker());
        code.area().editableProperty().bind(model.readOnlyProperty().not().and(model.goneProperty().not()));

        Label title = new Label();
        title.setId("policy-title");
        title.getStyleClass().add("policy-title");
        title.textProperty().bind(model.titleProperty().map(PolicyEditorPane::capitalised));
        root.setTop(title);
        root.setCenter(code.node());
        root.setBottom(bottom());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (APPLY.match(event)) {
                model.apply();
                event.consume();
            }
        });
        model.check();
    }

    private VBox bottom() {
        Label message = new Label();
        message.setId("policy-message");
        message.getStyleClass().add("policy-message");
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(model.messageProperty());
        Tooltip full = new Tooltip();
        full.textProperty().bind(model.messageProperty());
        message.setTooltip(full);
        model.toneProperty().addListener((observable, before, after) -> tone(message, after));
        tone(message, model.toneProperty().get());

        Button revert = new Button("Revert");
        revert.setId("policy-revert");
        revert.setTooltip(new Tooltip("Throw away what you typed and show the model's policy again"));
        revert.disableProperty().bind(model.changedProperty().not());
        revert.setOnAction(event -> model.revert());
        Button apply = new Button("Apply");
        apply.setId("policy-apply");
        apply.setDefaultButton(false);
        apply.setTooltip(new Tooltip("Put this policy in the model (Ctrl+Enter); one Undo takes it back. "
                + "Only a policy that parses can be applied."));
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(event -> model.apply());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox buttons = new HBox(8, space, revert, apply);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(6, 8, 8, 8));
        return new VBox(message, buttons);
    }

    private static void tone(Label message, EditorMessage.Tone tone) {
        for (EditorMessage.Tone each : EditorMessage.Tone.values()) {
            message.pseudoClassStateChanged(PseudoClass.getPseudoClass(each.name().toLowerCase(java.util.Locale.ROOT)),
                    each == tone);
        }
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public Parent root() {
        return root;
    }

    public PolicyEditorViewModel model() {
        return model;
    }

    /** Puts the caret on 1-based {@code line} and shows it. */
    public void goToLine(int line) {
        code.goToLine(line);
    }
}
