package dev.iammodeller.policy.lint;

/**
 * Resource entries (numbered in increasing order) kept by their head and by their tail, the text after
 * their last wildcard: an entry covers a resource (the same text, or a pattern that matches its text) only
 * when its head begins the resource and its tail ends it. Either is enough to find every entry that may
 * cover a resource; {@link #find} answers with whichever finds fewer, so that patterns that share a head
 * ({@code arn:aws:s3:::b/*.jpg}, {@code arn:aws:s3:::b/*.png}, ...) are told apart by their tails.
 */
final class ResourceEntryIndex {
    private final WildcardHeads byHead = new WildcardHeads();
    private final WildcardHeads byTail = new WildcardHeads();
    private final EntryLists heads = new EntryLists();
    private final EntryLists tails = new EntryLists();

    void add(String text, int number) {
        byHead.add(WildcardHeads.head(text), number);
        byTail.add(WildcardHeads.head(reversed(text)), number);
    }

    /** Fills {@code into} with the entries that may cover {@code resource} (and perhaps a few that do not). */
    void find(String resource, EntryLists into) {
        byHead.find(resource, heads);
        byTail.find(reversed(resource), tails);
        into.takeFrom(tails.total() < heads.total() ? tails : heads);
        heads.clear();
        tails.clear();
    }

    /** The characters in reverse order, each on its own (a surrogate pair is reversed too, as {@code ?} matches one half). */
    private static String reversed(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = text.charAt(chars.length - 1 - i);
        }
        return new String(chars);
    }
}
