package dev.iammodeller.app.comments;

import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.model.AddComment;
import dev.iammodeller.model.ChangeComment;
import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentPin;
import dev.iammodeller.model.CommentReply;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.RemoveComment;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Comments panel's state: the model's comments through the filters (open, resolved or all; words of the
 * text, the replies, the author or what it is pinned to), and the edits it submits (add, reply, edit, resolve,
 * reopen, delete), each one undoable step stamped with the author (the system user until changed) and the time.
 */
public final class CommentsViewModel {
    /** Which comments the panel lists. */
    public enum Status { ALL, OPEN, RESOLVED }

    private final EditorState editor;
    private final Clock clock;
    private final ObservableList<Comment> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(this, "status", Status.ALL);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private String author;

    public CommentsViewModel(EditorState editor, Supplier<String> systemUser, Clock clock) {
        this.editor = editor;
        this.clock = clock;
        this.author = systemUser.get();
        editor.modelProperty().addListener((o, before, after) -> refresh());
        status.addListener((o, before, after) -> refresh());
        text.addListener((o, before, after) -> refresh());
        refresh();
    }

    public ObservableList<Comment> shown() {
        return shown;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Who new comments and replies are by: the system user, or the name last written in the dialog. */
    public String author() {
        return author;
    }

    /** "3 comments, 2 open". */
    public String summary() {
        List<Comment> all = editor.model().comments();
        long open = all.stream().filter(c -> !c.resolved()).count();
        return all.size() + (all.size() == 1 ? " comment, " : " comments, ") + open + " open";
    }

    /** What a comment is pinned to, in words: a node's name, "alice → dev", "a spot". */
    public static String pinnedTo(IamModel model, CommentPin pin) {
        if (pin.nodeId() != null) {
            return name(model, pin.nodeId());
        }
        if (pin.edge() != null) {
            return name(model, pin.edge().from()) + " → " + name(model, pin.edge().to());
        }
        return "a spot on the canvas";
    }

    private static String name(IamModel model, String id) {
        return model.entity(id).map(Entity::name).orElse(id);
    }

    private void refresh() {
        IamModel model = editor.model();
        String words = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        shown.setAll(model.comments().stream()
                .filter(c -> status.get() == Status.ALL || c.resolved() == (status.get() == Status.RESOLVED))
                .filter(c -> words.isEmpty() || haystack(model, c).contains(words)).toList());
    }

    private static String haystack(IamModel model, Comment comment) {
        StringBuilder out = new StringBuilder(comment.text()).append('\n').append(pinnedTo(model, comment.pin()));
        if (comment.author() != null) {
            out.append('\n').append(comment.author());
        }
        comment.replies().forEach(r -> out.append('\n').append(r.text()).append('\n').append(r.author()));
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private void written(CommentAsker.Written words) {
        author = words.author() == null || words.author().isBlank() ? null : words.author().strip();
    }

    /** Adds an open comment pinned there; the refusal's sentence, or empty. */
    public Optional<String> add(CommentPin pin, CommentAsker.Written words) {
        written(words);
        return editor.submit(new AddComment(Comment.open(editor.model().nextCommentNumber(), pin, words.text().strip(),
                author, now())));
    }

    public Optional<String> reply(Comment comment, CommentAsker.Written words) {
        written(words);
        return editor.submit(new ChangeComment(comment.withReply(new CommentReply(words.text().strip(), author, now())),
                "Reply to comment " + comment.number()));
    }

    public Optional<String> edit(Comment comment, CommentAsker.Written words) {
        written(words);
        return editor.submit(new ChangeComment(comment.withText(words.text().strip(), author),
                "Edit comment " + comment.number()));
    }

    public Optional<String> resolve(Comment comment, boolean resolved) {
        return editor.submit(new ChangeComment(comment.withResolved(resolved),
                (resolved ? "Resolve comment " : "Reopen comment ") + comment.number()));
    }

    public Optional<String> delete(Comment comment) {
        return editor.submit(new RemoveComment(comment.number()));
    }
}
