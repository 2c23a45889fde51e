package dev.iammodeller.app;

import dev.iammodeller.app.live.FocusViews;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;

/**
 * View › Focus: what the canvas draws of the model (everything, only what the selection reaches, only the
 * escalation paths, only one account, a filter by kind, tag and text), the policies collapsed into their holders
 * or expanded again, and every connection drawn or only the selection's. Each item says in the status bar why it did
 * nothing, when it did nothing, and clears that once a view shows.
 */
final class FocusMenu {
    private final FocusViews focus;
    private final Stage stage;
    private final Consumer<String> status;
    private final Supplier<dev.iammodeller.model.IamModel> model;
    private final javafx.beans.property.BooleanProperty everyConnection;

    FocusMenu(FocusViews focus, javafx.beans.property.BooleanProperty everyConnection, Stage stage,
              Supplier<dev.iammodeller.model.IamModel> model, Consumer<String> status) {
        this.focus = focus;
        this.everyConnection = everyConnection;
        this.stage = stage;
        this.model = model;
        this.status = status;
    }

    /** The submenu for the menu bar. */
    Menu menu() {
        Menu menu = new Menu("F_ocus");
        menu.setId("menu-focus");
        menu.getItems().addAll(
                MenuCommand.FOCUS_EVERYTHING.inMenuBar(focus::showEverything),
                MenuCommand.FOCUS_REACH.inMenuBar(this::reach),
                MenuCommand.FOCUS_ESCALATION.inMenuBar(this::escalation),
                MenuCommand.FOCUS_FRAME.inMenuBar(this::frame),
                MenuCommand.FOCUS_FILTER.inMenuBar(this::filter),
                new SeparatorMenuItem(),
                MenuCommand.COLLAPSE_ALL.inMenuBar(focus::collapseAll),
                MenuCommand.EXPAND_ALL.inMenuBar(focus::expandAll),
                new SeparatorMenuItem(),
                connections(true));
        return menu;
    }

    /** The items for a node's context menu: its reach, and its account when it is in one (or is one). */
    List<MenuItem> onEntity(boolean inFrame) {
        MenuItem reach = MenuCommand.FOCUS_REACH.inContextMenu(this::reach);
        return inFrame ? List.of(reach, MenuCommand.FOCUS_FRAME.inContextMenu(this::frame)) : List.of(reach);
    }

    /** The items for the empty canvas's context menu. */
    List<MenuItem> onCanvas() {
        return List.of(MenuCommand.FOCUS_EVERYTHING.inContextMenu(focus::showEverything),
                MenuCommand.COLLAPSE_ALL.inContextMenu(focus::collapseAll),
                MenuCommand.EXPAND_ALL.inContextMenu(focus::expandAll),
                connections(false));
    }

    /** Draw Every Connection: checked, every membership, attachment and trust is drawn; unchecked, the selection's. */
    private javafx.scene.control.CheckMenuItem connections(boolean menuBar) {
        javafx.scene.control.CheckMenuItem item = MenuCommand.EVERY_CONNECTION.check(menuBar);
        item.selectedProperty().bindBidirectional(everyConnection);
        return item;
    }

    private void reach() {
        said(focus.showReach());
    }

    private void escalation() {
        said(focus.showEscalations());
    }

    private void frame() {
        said(focus.showFrame());
    }

    private void filter() {
        FocusFilterDialog.ask(stage, model.get(), focus.filter()).ifPresent(focus::showFilter);
    }

    /** Says why the view did nothing; a view shown clears what was said before (its bar says what it shows). */
    private void said(Optional<String> refusal) {
        status.accept(refusal.orElse(""));
    }
}
