package dev.iammodeller.app.comments;

import java.util.Optional;

/**
 * Asks the reviewer for a comment's or a reply's words and who writes them (filled in with {@code text} and
 * {@code author}): what they wrote, or empty when they cancel.
 */
@FunctionalInterface
public interface CommentAsker {
    /** What the reviewer wrote and under which name. */
    record Written(String text, String author) {
    }

    Optional<Written> ask(String title, String text, String author);
}
