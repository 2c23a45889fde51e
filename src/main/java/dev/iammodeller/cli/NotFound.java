package dev.iammodeller.cli;

/** A name or target of {@code analyze} that does not resolve: the message says why and what was meant. */
final class NotFound extends Exception {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
        super(message);
    }
}
