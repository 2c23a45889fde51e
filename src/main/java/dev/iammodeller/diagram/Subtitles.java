package dev.iammodeller.diagram;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import java.util.ArrayList;
import java.util.List;

/** The short line under a node's name: its kind in a word or two, or what sets it apart (a service's prefix). */
public final class Subtitles {
    private Subtitles() {
    }

    public static String of(Entity entity) {
        if (entity instanceof AwsService s) {
            return "service · " + s.prefix();
        } else if (entity instanceof ManagedPolicy p) {
            return p.awsManaged() ? "AWS managed policy" : "customer managed policy";
        } else if (entity instanceof Resource r) {
            return r.type();
        } else if (entity instanceof Compute c) {
            return c.type().json().replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
        } else if (entity instanceof IdentityProvider p) {
            return p.type() + " identity provider";
        } else if (entity instanceof OrganizationPolicy p) {
            return p.type() == OrganizationPolicy.Type.SCP ? "service control policy" : "resource control policy";
        } else if (entity instanceof Role r && r.serviceLinked()) {
            return "service-linked role";
        } else if (entity instanceof Account a) {
            return "account " + a.accountId() + (a.management() ? " · management" : "");
        }
        return KindLooks.of(entity.kind()).word();
    }

    /** {@code text} cut to {@code max} characters with an ellipsis. */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }

    /**
     * A name cut in the middle, so that what tells look-alike names apart stays: their start and their end
     * ({@code AWS-QuickSetup-EnableExplorer-us-east-1} becomes {@code AWS-Quick…us-east-1}). The end keeps
     * whole words where a separator is near. A number the cut would drop stays, with the rest of the name from its word,
     * when that fits ({@code partner-03-audit} as {@code …03-audit}: siblings share their start), else the number by
     * itself with the end ({@code app-01-ecs-task} as {@code …01…task}) or what follows it ({@code …01-ec…}). In fewer
     * than five characters one end stays: the number a name ends in ({@code user-340} as {@code …340}), else its start.
     */
    public static String shortenMiddle(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max < 5) {
            // too few characters for both ends: a name numbered at its end (user-340, oncall-04) keeps its number
            return max >= 2 && Character.isDigit(text.charAt(text.length() - 1))
                    ? "…" + text.substring(text.length() - (max - 1)) : shorten(text, max);
        }
        int tailStart = text.length() - (max - 1) / 2;
        int best = -1;
        for (int i = tailStart - 4; i < tailStart + 3 && i < text.length() - 3; i++) {
            // a word whole at the end, leaving the start one character or more
            boolean roomForStart = text.length() - (i + 1) <= max - 2;
            if (CUT_SEPARATORS.indexOf(text.charAt(i)) >= 0 && roomForStart
                    && (best < 0 || Math.abs(i + 1 - tailStart) < Math.abs(best + 1 - tailStart))) {
                best = i;
            }
        }
        if (best >= 0) {
            tailStart = best + 1; // the end starts with a whole word
        }
        int head = max - 1 - (text.length() - tailStart);
        int numbered = wordOfDroppedNumber(text, head, tailStart);
        if (numbered > 0 && text.length() - numbered <= max - 1) {
            return "…" + text.substring(numbered); // its siblings share its start: the number tells it apart
        }
        int[] number = droppedNumber(text, head, tailStart);
        if (number != null && number[1] - number[0] <= max - 2) {
            // the number whole, then the end when it is whole words and fits after an ellipsis, else what follows the
            // number, cut
            String end = text.substring(tailStart);
            String digits = text.substring(number[0], number[1]);
            boolean wholeWords = CUT_SEPARATORS.indexOf(text.charAt(tailStart - 1)) >= 0;
            String from = text.substring(number[0]);
            return wholeWords && digits.length() + end.length() + 2 <= max ? "…" + digits + "…" + end
                    : from.length() <= max - 1 ? "…" + from : "…" + from.substring(0, max - 2) + "…";
        }
        return text.substring(0, head) + "…" + text.substring(tailStart);
    }

    /**
     * The digits ({@code [start, end)}) of a number standing as a word of its own ({@code 01} in {@code app-01-ec2}, not
     * the {@code 2} of {@code ec2}) that a cut keeping {@code text}'s first {@code head} characters and its end from
     * {@code tailStart} drops, wholly or in part (its last such); null when it drops none.
     */
    private static int[] droppedNumber(String text, int head, int tailStart) {
        int at = lastDroppedDigit(text, head, tailStart);
        if (at < 0) {
            return null;
        }
        int start = at;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        int end = at + 1;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        boolean alone = (start == 0 || SEPARATORS.indexOf(text.charAt(start - 1)) >= 0)
                && (end == text.length() || SEPARATORS.indexOf(text.charAt(end)) >= 0);
        return alone ? new int[] {start, end} : null;
    }

    /**
     * Where the word starts that holds the last digit a cut keeping {@code text}'s first {@code head} characters and its
     * end from {@code tailStart} drops (after a separator); -1 when it drops none, or the word starts the name.
     */
    private static int wordOfDroppedNumber(String text, int head, int tailStart) {
        int at = lastDroppedDigit(text, head, tailStart);
        if (at < 0) {
            return -1;
        }
        while (at > 0 && CUT_SEPARATORS.indexOf(text.charAt(at - 1)) < 0) {
            at--;
        }
        return at;
    }

    /**
     * Where the last digit is that a cut keeping {@code text}'s first {@code head} characters and its end from
     * {@code tailStart} drops; -1 when it drops none.
     */
    private static int lastDroppedDigit(String text, int head, int tailStart) {
        for (int at = tailStart - 1; at >= head; at--) {
            if (Character.isDigit(text.charAt(at))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Words that most AWS names share, so that they tell nothing apart: each is in more than 15 % of the names of
     * AWS's managed policies (the next, "cloud", in 6 %), and they fill role and policy names alike.
     */
    private static final java.util.Set<String> SHARED_WORDS = java.util.Set.of("access", "aws", "policy", "amazon", "role",
            "service", "full", "only", "read");
    private static final String SEPARATORS = "-_./:@ ";
    /** The separators after which the end of a name cut in its middle may start: {@link #SEPARATORS} but the space. */
    private static final String CUT_SEPARATORS = "-_./:@";

    /**
     * A node's name in at most {@code max} characters, keeping what tells it from look-alike names: first the words
     * most AWS names share ({@code Amazon}, {@code AWS}, {@code Access}, {@code Full}, ...) give way, each run of them
     * an ellipsis, the first word first and then from the end, and only as many as must ({@code AmazonS3FullAccess}
     * becomes {@code …S3Full…}, {@code AmazonEC2FullAccess} {@code …EC2Full…}). A name still too long without them
     * keeps the start of what is left when it ended in such words ({@code AWSCloudTrailReadOnlyAccess} in 11
     * characters is {@code …CloudTrai…}); else, or with no such word to drop, it is cut in the middle
     * ({@link #shortenMiddle}: {@code AWS-QuickSetup-EnableExplorer-us-east-1} keeps its region).
     */
    public static String shortenName(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        List<String> shortenings = withoutSharedWords(text);
        for (String shown : shortenings) {
            if (shown.length() <= max) {
                return shown;
            }
        }
        if (!shortenings.isEmpty() && endsInSharedWords(text) && max >= 5) {
            String shown = shortenings.get(shortenings.size() - 1); // ends in shared words: what tells it apart starts its middle
            return shown.substring(0, max - 1) + "…";
        }
        return shortenMiddle(text, max);
    }

    /**
     * The name with the words most AWS names share given way one more at a time, as {@link #shortenName} drops them
     * (the first word first, then from the end; each run of them an ellipsis), longest first: {@code AmazonRDSFullAccess}
     * gives {@code …RDSFullAccess}, {@code …RDSFull…}, {@code …RDS…}. Empty when the name has no such word, or nothing
     * else (then nothing would be left to tell it apart).
     */
    public static List<String> withoutSharedWords(String text) {
        List<String> pieces = pieces(text);
        boolean distinctive = false;
        for (String piece : pieces) {
            distinctive |= !shared(piece);
        }
        List<String> out = new ArrayList<>();
        if (!distinctive) {
            return out;
        }
        boolean[] dropped = new boolean[pieces.size()];
        List<Integer> order = new ArrayList<>();
        order.add(0);
        for (int at = pieces.size() - 1; at > 0; at--) {
            order.add(at);
        }
        for (int at : order) {
            if (shared(pieces.get(at))) {
                dropped[at] = true;
                out.add(joined(pieces, dropped));
            }
        }
        return out;
    }

    /** True when the name's last word is one most AWS names share ({@code Access}, {@code Policy}, ...). */
    public static boolean endsInSharedWords(String text) {
        List<String> pieces = pieces(text);
        return !pieces.isEmpty() && shared(pieces.get(pieces.size() - 1));
    }

    /**
     * Where a name may be broken onto a second line: before each of its words, after the separators before it
     * ({@code read-exports-from} at 5 and 13, {@code AWSCloudTrail_ReadOnly} at 3, 8 and 14).
     */
    public static List<Integer> wordBreaks(String text) {
        List<Integer> out = new ArrayList<>();
        int at = 0;
        for (String piece : pieces(text)) {
            int start = at;
            while (start < at + piece.length() && SEPARATORS.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            if (start > 0 && start < text.length()) {
                out.add(start);
            }
            at += piece.length();
        }
        return out;
    }

    private static boolean shared(String piece) {
        int start = 0;
        while (start < piece.length() && SEPARATORS.indexOf(piece.charAt(start)) >= 0) {
            start++;
        }
        return SHARED_WORDS.contains(piece.substring(start).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The pieces kept, each run of dropped ones an ellipsis; a piece after an ellipsis without the separators before it
     * ({@code AWS Security Token Service} is {@code …Security Token…}, not {@code … Security Token…}).
     */
    private static String joined(List<String> pieces, boolean[] dropped) {
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < pieces.size(); at++) {
            if (!dropped[at]) {
                String piece = pieces.get(at);
                int start = 0;
                while (at > 0 && dropped[at - 1] && start < piece.length() - 1 && SEPARATORS.indexOf(piece.charAt(start)) >= 0) {
                    start++;
                }
                out.append(piece, start, piece.length());
            } else if (at == 0 || !dropped[at - 1]) {
                out.append('…');
            }
        }
        return out.toString();
    }

    /**
     * The text in words, each with the separators before it ({@code AWS-QuickSetup} is {@code AWS}, {@code -Quick},
     * {@code Setup}): a capital starts a word ({@code CodeCommit}), a run of capitals is one word with the digits
     * after it ({@code EC2}, {@code AWS} in {@code AWSCode}), and the pieces make up the text again.
     */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int at = 0;
        int length = text.length();
        while (at < length) {
            while (at < length && SEPARATORS.indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (at < length && Character.isUpperCase(text.charAt(at))) {
                int caps = at;
                while (caps < length && Character.isUpperCase(text.charAt(caps))) {
                    caps++;
                }
                if (caps - at > 1 && caps < length && Character.isLowerCase(text.charAt(caps))) {
                    at = caps - 1; // "AWSCode": AWS, then Code
                } else if (caps - at > 1) {
                    at = caps;
                    while (at < length && Character.isDigit(text.charAt(at))) {
                        at++;
                    }
                } else {
                    at = caps;
                    while (at < length && Character.isLowerCase(text.charAt(at))) {
                        at++;
                    }
                }
            } else if (at < length && Character.isLowerCase(text.charAt(at))) {
                while (at < length && Character.isLowerCase(text.charAt(at))) {
                    at++;
                }
            } else if (at < length && Character.isDigit(text.charAt(at))) {
                while (at < length && Character.isDigit(text.charAt(at))) {
                    at++;
                }
            } else if (at < length) {
                at++;
            }
            out.add(text.substring(start, at));
            start = at;
        }
        return out;
    }
}
