package dev.iammodeller.cli;

import java.util.List;

/** A list of names for one line of text: the first few, then "and N more". */
final class ShortList {
    /** Names listed in a line of text before "and N more". */
    static final int IN_A_LINE = 8;

    private ShortList() {
    }

    static String of(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }
}
