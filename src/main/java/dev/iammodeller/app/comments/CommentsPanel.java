package dev.iammodeller.app.comments;

import dev.iammodeller.app.live.ReachStyling;
import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentReply;
import dev.iammodeller.model.IamModel;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Comments tab: every comment by number with its status, what it is pinned to and its first words, filtered
 * by status and text; the picked one whole with its replies below, with Reply, Edit, Resolve or Reopen and
 * Delete. Picking a comment frames what it is pinned to on the canvas.
 */
final class CommentsPanel {
    private final VBox root = new VBox(6);
    private final ListView<Comment> list = new ListView<>();
    private final TextArea detail = new TextArea();
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final CommentsViewModel view;
    private final Supplier<IamModel> model;

    CommentsPanel(CommentsViewModel view, Supplier<IamModel> model, CommentAsker asker, Consumer<Comment> framer,
                  Runnable add) {
        this.view = view;
        this.model = model;
        root.setId("comments-panel");
        root.setPadding(new Insets(6));
        root.getStylesheets().add(CommentsPanel.class.getResource(ReachStyling.STYLESHEET).toExternalForm());
        summary.setId("comments-summary");
        summary.getStyleClass().add("panel-title");
        ComboBox<CommentsViewModel.Status> status = new ComboBox<>(
                FXCollections.observableArrayList(CommentsViewModel.Status.values()));
        status.setId("comments-status");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(CommentsViewModel.Status s) {
                return s == null ? "" : switch (s) {
                    case ALL -> "All comments";
                    case OPEN -> "Open";
                    case RESOLVED -> "Resolved";
                };
            }

            @Override
            public CommentsViewModel.Status fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(view.statusProperty());
        TextField text = new TextField();
        text.setId("comments-text");
        text.setPromptText("Filter by text, author, name");
        text.textProperty().bindBidirectional(view.textProperty());
        list.setId("comments-list");
        list.setItems(view.shown());
        list.setCellFactory(v -> new CommentCell());
        Label noComments = new Label("No comments. Right-click a node, an edge or the canvas\n"
                + "(or press Ctrl+Alt+M) to add one.");
        noComments.setWrapText(true);
        list.setPlaceholder(noComments);
        list.setPrefHeight(240);
        VBox.setVgrow(list, Priority.SOMETIMES);
        detail.setId("comment-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(8);
        VBox.setVgrow(detail, Priority.ALWAYS);
        problem.setId("comments-problem");
        problem.setWrapText(true);
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        Button addButton = button("Add…", "comment-add", add);
        Button reply = button("Reply…", "comment-reply", () -> picked().ifPresent(c -> asker
                .ask("Reply to comment " + c.number(), "", view.author()).ifPresent(w -> report(view.reply(c, w)))));
        Button edit = button("Edit…", "comment-edit", () -> picked().ifPresent(c -> asker
                .ask("Edit comment " + c.number(), c.text(), c.author()).ifPresent(w -> report(view.edit(c, w)))));
        Button resolve = button("Resolve", "comment-resolve",
                () -> picked().ifPresent(c -> report(view.resolve(c, !c.resolved()))));
        resolve.textProperty().bind(Bindings.createStringBinding(() -> picked().map(Comment::resolved).orElse(false)
                ? "Reopen" : "Resolve", list.getSelectionModel().selectedItemProperty()));
        Button delete = button("Delete", "comment-delete", () -> picked().ifPresent(c -> report(view.delete(c))));
        for (Button b : new Button[] {reply, edit, resolve, delete}) {
            b.disableProperty().bind(none);
        }
        list.getSelectionModel().selectedItemProperty().addListener((o, before, comment) -> {
            detail.setText(comment == null ? "" : whole(comment));
            if (comment != null) {
                framer.accept(comment);
            }
        });
        view.shown().addListener((javafx.collections.ListChangeListener<Comment>) change -> refreshed());
        root.getChildren().addAll(summary, new FlowPane(6, 6, status, text), list,
                new FlowPane(6, 6, addButton, reply, edit, resolve, delete), problem, detail);
        refreshed();
    }

    Node node() {
        return root;
    }

    /** Picks the comment of this number in the list (showing every comment when a filter hides it). */
    void pick(int number) {
        if (view.shown().stream().noneMatch(c -> c.number() == number)) {
            view.statusProperty().set(CommentsViewModel.Status.ALL);
            view.textProperty().set("");
        }
        view.shown().stream().filter(c -> c.number() == number).findFirst().ifPresent(c -> {
            list.getSelectionModel().select(c);
            list.scrollTo(c);
        });
    }

    private Optional<Comment> picked() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void refreshed() {
        summary.setText(view.summary());
        Comment shownNow = list.getSelectionModel().getSelectedItem();
        detail.setText(shownNow == null ? "" : whole(shownNow));
    }

    private String whole(Comment comment) {
        StringBuilder out = new StringBuilder("Comment ").append(comment.number())
                .append(comment.resolved() ? " (resolved)" : " (open)").append(" on ")
                .append(CommentsViewModel.pinnedTo(model.get(), comment.pin())).append(byline(comment.author(),
                        comment.at())).append("\n").append(comment.text());
        for (CommentReply reply : comment.replies()) {
            out.append("\n\n↳ ").append(reply.author() == null ? "reply" : reply.author())
                    .append(reply.at() == null ? "" : ", " + reply.at()).append(": ").append(reply.text());
        }
        return out.toString();
    }

    private static String byline(String author, String at) {
        return (author == null ? "" : ", by " + author) + (at == null ? "" : ", " + at);
    }

    private void report(Optional<String> refusal) {
        problem.setText(refusal.orElse(""));
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** One row: the number, open or resolved, what it is on, and the start of its text. */
    private final class CommentCell extends ListCell<Comment> {
        @Override
        protected void updateItem(Comment comment, boolean empty) {
            super.updateItem(comment, empty);
            if (empty || comment == null) {
                setText(null);
                getStyleClass().remove("resolved-comment");
                return;
            }
            setPrefWidth(0);
            String first = comment.text().lines().findFirst().orElse("");
            setText(comment.number() + (comment.resolved() ? "  ✓ " : "  ● ")
                    + CommentsViewModel.pinnedTo(model.get(), comment.pin()) + ": "
                    + (first.length() > 60 ? first.substring(0, 59) + "…" : first)
                    + (comment.replies().isEmpty() ? "" : "  (" + comment.replies().size() + ")"));
            if (comment.resolved()) {
                if (!getStyleClass().contains("resolved-comment")) {
                    getStyleClass().add("resolved-comment");
                }
            } else {
                getStyleClass().remove("resolved-comment");
            }
        }
    }
}
