package dev.iammodeller.app;

import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.analysis.ReachReport;
import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.app.export.CanvasClipboard;
import dev.iammodeller.io.export.HeldPolicies;
import dev.iammodeller.app.policyeditor.EditablePolicy;
import dev.iammodeller.model.Entity;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.ContextMenuEvent;

/**
 * The canvas's right-click menu. On a node or frame (selected first when it is not): edit its policy, who can
 * reach it, its escalation path and the fixes that close it, copy, copy its policy's JSON (a node that holds one), duplicate, delete, add a
 * comment, show it in the inspector. On empty canvas: paste, select all, arrange automatically, fit, add a comment
 * there (on the edge under the pointer, else on that spot). The items do what the menu bar's do and show the same shortcuts.
 */
final class CanvasContextMenu {
    private final CanvasEditor canvas;
    private final EditorState editor;
    private final SidePanels panels;
    private final TabPane tabs;
    private final Runnable arrange;
    private final CanvasClipboard clipboard;
    private final ContextMenu menu = new ContextMenu();
    private FocusMenu focusMenu;
    private dev.iammodeller.app.live.FocusViews focusViews;

    CanvasContextMenu(CanvasEditor canvas, EditorState editor, SidePanels panels, TabPane tabs, Runnable arrange,
                      CanvasClipboard clipboard) {
        this.canvas = canvas;
        this.clipboard = clipboard;
        this.editor = editor;
        this.panels = panels;
        this.tabs = tabs;
        this.arrange = arrange;
        menu.setId("canvas-menu");
        canvas.surface().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
    }

    /** Adds the focus views and collapse/expand to the menu. */
    void setFocus(FocusMenu items, dev.iammodeller.app.live.FocusViews views) {
        this.focusMenu = items;
        this.focusViews = views;
    }

    /** The menu (shown or not), for tests. */
    ContextMenu menu() {
        return menu;
    }

    private void requested(ContextMenuEvent event) {
        menu.hide();
        String id = canvas.entityAt(event.getSceneX(), event.getSceneY());
        Entity entity = id == null ? null : editor.model().entities().get(id);
        if (entity != null && !editor.selection().contains(id)) {
            editor.select(List.of(id));
        }
        menu.getItems().setAll(entity == null ? onCanvas(event.getSceneX(), event.getSceneY()) : onEntity(entity));
        canvas.focus();
        menu.show(canvas.surface(), event.getScreenX(), event.getScreenY());
        event.consume();
    }

    private List<MenuItem> onEntity(Entity entity) {
        String id = entity.id();
        List<MenuItem> items = new java.util.ArrayList<>();
        if (EditablePolicy.of(entity).isPresent()) {
            items.add(item("Edit Policy…", null, "ctx-edit-policy", () -> panels.policyEditors().open(id)));
        }
        if (ReachReport.reversible(entity.kind())) {
            CheckMenuItem reverse = MenuCommand.WHO_CAN_REACH.check(false);
            reverse.selectedProperty().bindBidirectional(panels.live().reverseProperty());
            reverse.setOnAction(e -> onlyThis(id)); // the live evaluator answers for one selected node
            menu.setOnHidden(e -> reverse.selectedProperty().unbindBidirectional(panels.live().reverseProperty()));
            items.add(reverse);
        }
        Escalations escalations = panels.live().escalationsProperty().get();
        if (escalations != null && escalations.hasPath(id)) {
            items.add(item("Draw Escalation Path", null, "ctx-escalation", () -> panels.liveCanvas()
                    .drawEscalationOf(id, anchorOf(id))));
            items.add(item("What-if Fixes…", null, "ctx-fixes", () -> panels.showFixes(id)));
        }
        if (focusMenu != null) {
            for (MenuItem focus : focusMenu.onEntity(dev.iammodeller.diagram.KindLooks.isFrame(entity.kind())
                    || canvas.drawing().containment().parentOf(id) != null)) {
                javafx.event.EventHandler<javafx.event.ActionEvent> shows = focus.getOnAction();
                focus.setOnAction(e -> { // what this node reaches, or this node's frame
                    onlyThis(id);
                    shows.handle(e);
                });
                items.add(focus);
            }
            if (dev.iammodeller.diagram.CollapsedPolicies.holdsPolicies(editor.model(), id)) {
                boolean collapsed = canvas.collapsedProperty().get().isCollapsed(id);
                items.add(item(collapsed ? "Expand Policies" : "Collapse Policies", null,
                        collapsed ? "ctx-expand" : "ctx-collapse", () -> focusViews.toggle(id)));
            }
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        items.add(MenuCommand.COPY.inContextMenu(clipboard::copySelection));
        if (HeldPolicies.of(editor.model(), entity).isPresent()) {
            items.add(item("Copy Policy JSON", null, "ctx-copy-policy-json", () -> clipboard.copyPolicyOf(id)));
        }
        items.addAll(List.of(
                MenuCommand.DUPLICATE.inContextMenu(() -> report(canvas.actions().duplicate())),
                MenuCommand.DELETE.inContextMenu(() -> report(canvas.actions().delete())),
                new SeparatorMenuItem(),
                item("Add Comment…", "Shortcut+Alt+M", "ctx-add-comment",
                        () -> panels.commenting().addAt(id, 0, 0)),
                item("Show in Inspector", null, "ctx-inspector", () -> {
                    onlyThis(id); // the inspector shows one node
                    showInspector();
                })));
        return items;
    }

    private List<MenuItem> onCanvas(double sceneX, double sceneY) {
        MenuItem paste = MenuCommand.PASTE.inContextMenu(() -> report(canvas.actions().paste()));
        paste.setDisable(!canvas.actions().hasClip());
        List<MenuItem> items = new java.util.ArrayList<>(List.of(paste,
                MenuCommand.SELECT_ALL.inContextMenu(() -> canvas.actions().selectAll()),
                new SeparatorMenuItem(),
                MenuCommand.ARRANGE.inContextMenu(arrange),
                MenuCommand.FIT.inContextMenu(canvas::fit),
                new SeparatorMenuItem(),
                item("Add Comment Here…", null, "ctx-add-comment",
                        () -> panels.commenting().addAt(null, sceneX, sceneY))));
        if (focusMenu != null) {
            items.add(new SeparatorMenuItem());
            items.addAll(focusMenu.onCanvas());
        }
        return items;
    }

    private Node anchorOf(String id) {
        var view = canvas.view(id);
        return view == null ? canvas.surface() : view.node();
    }

    /**
     * A right-click on one node of several selected keeps them all selected (Copy, Duplicate and Delete act on them
     * all); what answers for one node (its reach, its focus views, the inspector) first selects it alone.
     */
    private void onlyThis(String id) {
        if (editor.selection().size() > 1) {
            editor.select(List.of(id));
        }
    }

    private void showInspector() {
        tabs.getTabs().stream().filter(t -> "tab-inspector".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void report(Optional<String> refusal) {
        refusal.ifPresent(canvas::message);
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = MainWindow.item(text, accelerator, id, action);
        item.setMnemonicParsing(false);
        return item;
    }
}
