package dev.iammodeller.app.compare;

import dev.iammodeller.analysis.compare.Change;
import dev.iammodeller.analysis.compare.ComparisonRow;
import dev.iammodeller.analysis.compare.ComparisonRows;
import dev.iammodeller.analysis.compare.ComparisonUnion;
import dev.iammodeller.analysis.compare.ModelComparison;
import dev.iammodeller.analysis.compare.NewReach;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.diagram.AutoLayout;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Words;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * A comparison as the window shows it: the union of the two models in an editor state of its own (the open
 * model's state is never touched), each entity's mark (added, removed, changed), the table's rows, and the new
 * reach of the principal selected on the comparison's canvas. Read-only: an edit made on its canvas is undone at
 * once, with a message saying why.
 */
public final class ComparisonViewModel {
    private final ModelComparison comparison;
    private final ComparisonUnion union;
    private final String title;
    private final EditorState editor;
    private final ObservableList<ComparisonRow> rows;
    private final ReadOnlyObjectWrapper<Set<String>> newReach = new ReadOnlyObjectWrapper<>(this, "newReach", Set.of());
    private final ReadOnlyObjectWrapper<String> message = new ReadOnlyObjectWrapper<>(this, "message", "");

    ComparisonViewModel(ModelComparison comparison, String title) {
        this.comparison = comparison;
        this.union = ComparisonUnion.of(comparison);
        this.title = title;
        IamModel shown = union.model().withLayout(AutoLayout.arrange(union.model(), union.model().layout()));
        this.editor = new EditorState(shown);
        this.rows = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(
                ComparisonRows.of(comparison, union)));
        editor.selection().addListener((SetChangeListener<String>) change -> selectionChanged());
        editor.canUndoProperty().addListener((o, was, editable) -> {
            if (editable) {
                editor.undo();
                message.set("The comparison cannot be edited: close it and edit the model itself");
            }
        });
    }

    /** Compares {@code base} with {@code next} (off the FX thread: it runs both models' analyses). */
    public static ComparisonViewModel of(Catalog catalog, IamModel base, IamModel next, String title) {
        return new ComparisonViewModel(ModelComparison.of(catalog, base, next), title);
    }

    public ModelComparison comparison() {
        return comparison;
    }

    /** "Open model against customer.iam.json": what is compared with what. */
    public String title() {
        return title;
    }

    /** One line: how many changes, principals with new reach, escalation paths opened and closed. */
    public String summary() {
        long gaining = comparison.reach().stream().filter(r -> !r.gained().isEmpty()).count();
        long opened = comparison.escalations().stream().filter(e -> e.change() == Change.ADDED).count();
        int changes = comparison.changes().entities().size() + comparison.changes().relations().size();
        return Words.count(changes, "change", "changes") + "; " + Words.count(gaining, "principal gains", "principals gain")
                + " reach; " + Words.count(opened, "new escalation path", "new escalation paths") + ", "
                + (comparison.escalations().size() - opened) + " closed"
                + (comparison.grantsNew() ? "" : ": nothing new is granted");
    }

    /** The editor state of the union: the comparison's canvas shows it and its selection. */
    public EditorState editor() {
        return editor;
    }

    /** Each entity of the union that differs: added, removed (put back from the base) or changed. */
    public Map<String, Change> marks() {
        return union.entities();
    }

    /** The relations added and removed, by the union's ids. */
    public List<ComparisonUnion.Edge> edges() {
        return union.relations();
    }

    public ObservableList<ComparisonRow> rows() {
        return rows;
    }

    /** The entities the selected principal reaches anew (empty when no single principal is selected). */
    public ReadOnlyObjectProperty<Set<String>> newReachProperty() {
        return newReach.getReadOnlyProperty();
    }

    /** Why an edit was refused, for the status line. */
    public ReadOnlyObjectProperty<String> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A row was chosen: its entity is selected (the view frames it); false when the row names none drawn. */
    public boolean choose(ComparisonRow row) {
        if (row == null || row.focusId() == null) {
            return false;
        }
        editor.select(List.of(row.focusId()));
        return true;
    }

    private void selectionChanged() {
        Set<String> selected = editor.selection();
        newReach.set(selected.size() == 1 ? NewReach.of(comparison, union, selected.iterator().next()) : Set.of());
    }
}
