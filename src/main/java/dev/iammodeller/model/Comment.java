package dev.iammodeller.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer's comment pinned to a node, an edge or a spot of the canvas ({@link CommentPin}): its number
 * (shown on its marker; unique in a model and never reused while the comment lives), its text (never blank),
 * who wrote it (or null), when (ISO-8601 text, or null), whether it is resolved, and its replies in order.
 */
public record Comment(int number, CommentPin pin, String text, String author, String at, boolean resolved,
                      List<CommentReply> replies) {
    public Comment {
        if (number < 1) {
            throw new IllegalArgumentException("a comment's number is 1 or more");
        }
        if (pin == null) {
            throw new IllegalArgumentException("a comment is pinned to a node, an edge or a spot");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a comment says something: its text cannot be blank");
        }
        replies = List.copyOf(replies);
    }

    /** A new open comment without replies. */
    public static Comment open(int number, CommentPin pin, String text, String author, String at) {
        return new Comment(number, pin, text, author, at, false, List.of());
    }

    public Comment withText(String newText, String newAuthor) {
        return new Comment(number, pin, newText, newAuthor, at, resolved, replies);
    }

    public Comment withResolved(boolean now) {
        return new Comment(number, pin, text, author, at, now, replies);
    }

    public Comment withPin(CommentPin newPin) {
        return new Comment(number, newPin, text, author, at, resolved, replies);
    }

    public Comment withReply(CommentReply reply) {
        List<CommentReply> more = new ArrayList<>(replies);
        more.add(reply);
        return new Comment(number, pin, text, author, at, resolved, more);
    }
}
