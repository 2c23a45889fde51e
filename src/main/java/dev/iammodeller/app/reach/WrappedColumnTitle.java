package dev.iammodeller.app.reach;

import java.util.ArrayList;
import java.util.List;
import dev.iammodeller.app.canvas.CanvasTextWidth;
import java.util.function.ToDoubleFunction;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;

/**
 * A column's title broken into lines that fit its width (a table's header row grows to the tallest title), rather
 * than cut: "Service / level / action" in a narrow side panel reads "Service / level" over "/ action". Breaks before a
 * slash or after a space; a word wider than the column stays whole (and is cut, as a title always was).
 */
final class WrappedColumnTitle {
    /** What a column header leaves around its title: its padding and some room for the sort arrow. */
    static final double MARGIN = 14;

    private WrappedColumnTitle() {
    }

    /** Gives {@code column} its {@code title}, broken anew whenever the column's width changes. */
    static void wrap(TableColumnBase<?, ?> column, String title) {
        // a header's title is bold, in the platform's font at its size
        double size = Font.getDefault().getSize();
        ToDoubleFunction<String> width = text -> CanvasTextWidth.INSTANCE.of(text, size, true);
        Runnable fit = () -> column.setText(String.join("\n", lines(title, column.getWidth() - MARGIN, width)));
        column.widthProperty().addListener((observable, before, after) -> fit.run());
        fit.run();
    }

    /**
     * {@code title} in lines no wider than {@code room} where it can be broken: before a " / " (the slash starts the
     * next line) or at a space; as many words on a line as fit, the first line at least one.
     */
    static List<String> lines(String title, double room, ToDoubleFunction<String> width) {
        List<String> words = words(title);
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width.applyAsDouble(longer) > room) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** The title's words, a lone slash joined to the word after it ("Service", "/ level", "/ action"). */
    private static List<String> words(String title) {
        List<String> out = new ArrayList<>();
        String slash = "";
        for (String word : title.trim().split("\\s+")) {
            if (word.equals("/")) {
                slash = "/ ";
            } else {
                out.add(slash + word);
                slash = "";
            }
        }
        if (!slash.isEmpty()) {
            out.add(slash.trim());
        }
        return out;
    }
}
