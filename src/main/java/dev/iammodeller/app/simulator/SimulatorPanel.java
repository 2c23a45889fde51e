package dev.iammodeller.app.simulator;

import dev.iammodeller.analysis.DecisiveStatement;
import dev.iammodeller.analysis.Simulation;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.live.ReachStyling;
import dev.iammodeller.app.reach.StatementOpener;
import dev.iammodeller.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The request simulator, like AWS's policy simulator but offline and on the model: choose a principal, an
 * action, a resource and context keys, and read AWS's answer with the deciding statements by layer, the
 * layers that gave no Allow and the context keys the conditions asked for.
 */
public final class SimulatorPanel {
    private final SimulatorModel model;
    private final VBox root = new VBox(8);

    public SimulatorPanel(EditorState editor, CompletableFuture<Catalog> catalog, BackgroundWork background,
                          StatementOpener opener) {
        this.model = new SimulatorModel(editor, catalog, background);
        root.setId("simulator-panel");
        root.setPadding(new Insets(6));
        root.getStylesheets().add(SimulatorPanel.class.getResource(ReachStyling.STYLESHEET).toExternalForm());

        ComboBox<String> principal = new ComboBox<>(model.principals());
        principal.setId("sim-principal");
        principal.setMaxWidth(Double.MAX_VALUE);
        principal.valueProperty().bindBidirectional(model.principalProperty());
        principal.setConverter(new javafx.util.StringConverter<>() { // by name and kind, not by the model's id
            @Override
            public String toString(String id) {
                return model.principalName(id);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        principal.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : model.principalName(id));
                String arn = empty ? "" : model.principalArn(id);
                setTooltip(arn.isEmpty() ? null : new javafx.scene.control.Tooltip(arn));
            }
        });
        TextField action = new TextField();
        action.setId("sim-action");
        action.setPromptText("s3:GetObject");
        action.textProperty().bindBidirectional(model.actionProperty());
        suggesting(action, model::actionSuggestions);
        TextField resource = new TextField();
        resource.setId("sim-resource");
        resource.setPromptText("* or an ARN");
        resource.textProperty().bindBidirectional(model.resourceProperty());
        suggesting(resource, model::resourceSuggestions);
        GridPane request = new GridPane();
        request.setHgap(6);
        request.setVgap(6);
        request.addRow(0, kept(new Label("Principal")), principal);
        request.addRow(1, kept(new Label("Action")), action);
        request.addRow(2, kept(new Label("Resource")), resource);
        GridPane.setHgrow(principal, Priority.ALWAYS);
        GridPane.setHgrow(action, Priority.ALWAYS);
        GridPane.setHgrow(resource, Priority.ALWAYS);

        Button run = new Button("Simulate");
        run.setId("sim-run");
        run.setDefaultButton(true);
        run.setOnAction(event -> model.simulate());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("sim-busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());
        root.getChildren().addAll(request, context(), new HBox(8, run, busy), result(opener));
    }

    public Node node() {
        return root;
    }

    /**
     * Completes the field from {@code suggestions} of what is typed. A click elsewhere while they are shown both hides
     * them and does what it does (ControlsFX's popup swallowed it: Simulate took two clicks after typing an action).
     */
    private static void suggesting(TextField field, java.util.function.Function<String, java.util.Collection<String>> suggestions) {
        TextFields.bindAutoCompletion(field, request -> suggestions.apply(request.getUserText()))
                .getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
    }

    /** A label or button that keeps its words however narrow the panel: its least width is the width they need. */
    private static <T extends javafx.scene.control.Control> T kept(T control) {
        control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return control;
    }

    /** The view model, for the window and tests. */
    public SimulatorModel model() {
        return model;
    }

    private Node context() {
        TextField key = new TextField();
        key.setId("sim-key");
        key.setPromptText("context key, such as aws:SourceIp");
        suggesting(key, model::keySuggestions);
        TextField value = new TextField();
        value.setId("sim-value");
        value.setPromptText("value");
        Button add = new Button("Add");
        add.setId("sim-add-key");
        add.setOnAction(event -> {
            if (!key.getText().isBlank()) {
                model.context().removeIf(entry -> entry.key().equalsIgnoreCase(key.getText().trim()));
                model.context().add(new SimulatorModel.ContextEntry(key.getText().trim(), value.getText()));
                key.clear();
                value.clear();
            }
        });
        TableView<SimulatorModel.ContextEntry> table = new TableView<>(model.context());
        table.setId("sim-context");
        table.setPrefHeight(100);
        Label none = new Label("None: the request carries only the keys that follow from the principal"
                + " (aws:username, aws:PrincipalArn…)");
        none.setWrapText(true);
        table.setPlaceholder(none);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SimulatorModel.ContextEntry, String> keyColumn = new TableColumn<>("Key");
        keyColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().key()));
        TableColumn<SimulatorModel.ContextEntry, String> valueColumn = new TableColumn<>("Value");
        valueColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value()));
        table.getColumns().setAll(List.of(keyColumn, valueColumn));
        Button remove = new Button("Remove");
        remove.setId("sim-remove-key");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.context().remove(table.getSelectionModel().getSelectedItem()));
        // the key on a line of its own, so the value and the buttons keep their words in a narrow panel
        HBox entry = new HBox(6, value, kept(add), kept(remove));
        HBox.setHgrow(value, Priority.ALWAYS);
        key.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, new Label("Context keys"), key, entry, table);
    }

    private Node result(StatementOpener opener) {
        Label verdict = new Label();
        verdict.setId("sim-verdict");
        verdict.getStyleClass().add("sim-verdict");
        Label explanation = new Label();
        explanation.setId("sim-explanation");
        explanation.setWrapText(true);
        Label missing = new Label();
        missing.setId("sim-missing");
        missing.setWrapText(true);
        Label problem = new Label();
        problem.setId("sim-problem");
        problem.textProperty().bind(model.problemProperty());
        ListView<DecisiveStatement> statements = new ListView<>();
        statements.setId("sim-statements");
        statements.setPrefHeight(120);
        statements.setCellFactory(list -> new dev.iammodeller.app.reach.WrappedTextCell<>(
                statement -> statement.layerLabel() + ": " + statement.describe()));
        statements.setOnMouseClicked(event -> {
            DecisiveStatement statement = statements.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && statement != null && statement.policyId() != null) {
                opener.open(statement.policyId(), statement.line());
            }
        });
        model.resultProperty().addListener((observable, before, simulation) -> {
            verdict.getStyleClass().removeAll("outcome-allowed", "outcome-denied", "outcome-conditional");
            if (simulation == null) {
                verdict.setText("");
                explanation.setText("");
                missing.setText("");
                statements.getItems().clear();
                return;
            }
            verdict.setText(simulation.verdict());
            verdict.getStyleClass().add(simulation.outcome().decision().allowed() ? "outcome-allowed"
                    : simulation.outcome().reaches() ? "outcome-conditional" : "outcome-denied");
            explanation.setText(simulation.explanation());
            missing.setText(simulation.missingKeys().isEmpty() ? "No context key missing."
                    : "Missing context keys: " + String.join(", ", simulation.missingKeys()));
            List<DecisiveStatement> ordered = new ArrayList<>();
            simulation.byLayer().values().forEach(ordered::addAll);
            statements.getItems().setAll(ordered);
        });
        Label deciding = new Label("Deciding statements by layer (double-click to open)");
        for (Label label : List.of(verdict, deciding, problem)) {
            label.setWrapText(true);
        }
        return new VBox(4, verdict, explanation, deciding, statements, missing, problem);
    }

    /** The answer shown, for tests. */
    Simulation shown() {
        return model.resultProperty().get();
    }
}
