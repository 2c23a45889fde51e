package dev.iammodeller.model;

/**
 * A reply to a comment: its text (never blank), who wrote it (or null) and when, as ISO-8601 text
 * ({@code 2025-01-31T10:15:00Z}, or null).
 */
public record CommentReply(String text, String author, String at) {
    public CommentReply {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a reply says something: its text cannot be blank");
        }
    }
}
