package dev.iammodeller.app.canvas;

/**
 * What the status bar says when laying out a model failed (drawing it, placing its new nodes, arranging it):
 * the window goes on with the drawing it had, and says why in words rather than leaving a dead canvas.
 */
public final class LayoutFailure {
    private LayoutFailure() {
    }

    /** "{@code what} failed (why): {@code after}". */
    public static String sentence(String what, Throwable failure, String after) {
        return what + " failed (" + why(failure) + "): " + after;
    }

    private static String why(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "the model nests too deep to lay out";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
