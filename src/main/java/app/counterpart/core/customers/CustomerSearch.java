package app.counterpart.core.customers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * In-memory customer finder for every keystroke, over a shop's whole customer list (100,000 and more):
 * by name, by any run of digits of the phone number (the last four, say), by tag, and by the pinyin
 * initials or syllables of a Chinese name. Built once per change of the list, off the FX thread; a
 * search is a read of immutable arrays, so any thread may run one.
 *
 * <p>Like {@code ProductSearch}, the keys are precomputed, but not one string per customer: all keys
 * sit in one ASCII string (Latin-1 in memory, one byte a character) that a search scans with
 * {@link String#indexOf(String, int)}, which the JVM runs as a vector loop. A non-match then costs a
 * few bytes of that scan instead of a method call per customer; only customers that hold the query
 * are looked at more closely. Chinese characters (and any other text that has no ASCII spelling) sit
 * in a second, much smaller string.
 */
public final class CustomerSearch {

    /**
     * What a search found.
     *
     * @param customers the best matches first, at most the limit asked for
     * @param matches how many customers match in all
     */
    public record Result(List<Customer> customers, int matches) {
    }

    /** Starts every customer's keys and every field in them; never in a query (control characters are dropped). */
    private static final char FIELD = '\u0001';
    /** Between two tags inside the tag field, so that a tag may hold spaces. */
    private static final char TAG = '\u0002';

    // Ranks, best first. A query of several words adds up the ranks of its words.
    private static final int EXACT = 0;
    private static final int START = 1;
    private static final int WORD = 2;
    private static final int INSIDE = 3;
    private static final int NONE = Integer.MAX_VALUE;

    // The fields of the ASCII keys, in their order.
    private static final int PHONE = 0;
    private static final int NAME = 1;
    private static final int INITIALS = 2;
    private static final int SYLLABLES = 3;
    private static final int JOINED = 4;
    private static final int TAGS = 5;
    // The fields of the other keys.
    private static final int NATIVE_NAME = 0;
    private static final int NATIVE_TAGS = 1;

    private final Customer[] customers;
    /** Per customer: FIELD phone digits FIELD name FIELD initials FIELD syllables FIELD joined syllables FIELD tags. */
    private final String ascii;
    private final int[] asciiStarts;
    /** Per customer: FIELD name FIELD tags, each only where it has characters outside ASCII, else empty. */
    private final String other;
    private final int[] otherStarts;

    /**
     * Indexes the customers; equally good matches come back in the order given here (the customer list
     * gives the newest members first).
     */
    public CustomerSearch(Collection<Customer> customers) {
        this.customers = customers.toArray(Customer[]::new);
        int n = this.customers.length;
        asciiStarts = new int[n + 1];
        otherStarts = new int[n + 1];
        StringBuilder a = new StringBuilder(n * 48);
        StringBuilder o = new StringBuilder(n * 4);
        NamePinyin pinyin = new NamePinyin();
        for (int i = 0; i < n; i++) {
            Customer c = this.customers[i];
            String name = fold(clean(c.name()));
            List<String> tags = new TreeSet<>(c.tags()).stream().map(t -> fold(clean(t))).toList();
            NamePinyin.Reading reading = pinyin.of(c.name());

            asciiStarts[i] = a.length();
            a.append(FIELD).append(digits(c.phone()));
            a.append(FIELD).append(asciiPart(name));
            a.append(FIELD).append(reading.initials());
            a.append(FIELD).append(reading.spaced());
            a.append(FIELD).append(reading.joined());
            a.append(FIELD);
            for (int t = 0; t < tags.size(); t++) {
                a.append(t == 0 ? "" : String.valueOf(TAG)).append(asciiPart(tags.get(t)));
            }

            otherStarts[i] = o.length();
            o.append(FIELD).append(isAscii(name) ? "" : name);
            o.append(FIELD);
            boolean firstTag = true;
            for (String tag : tags) {
                if (!isAscii(tag)) {
                    o.append(firstTag ? "" : String.valueOf(TAG)).append(tag);
                    firstTag = false;
                }
            }
        }
        // A closing FIELD lets every search find the end of the last customer's last field like any other.
        asciiStarts[n] = a.append(FIELD).length() - 1;
        otherStarts[n] = o.append(FIELD).length() - 1;
        ascii = a.toString();
        other = o.toString();
    }

    public int size() {
        return customers.length;
    }

    /**
     * The customers matching every word of the query, best first: an exact phone number, name, initials
     * or pinyin; then a phone, name, initials or pinyin that starts with the word, or a phone that ends
     * with it (the last digits); then a word of the name or a syllable starting with it, initials and
     * Chinese characters anywhere (each of them starts a word), or a whole tag; then the word anywhere.
     * The ranks of several words add up, and words that together start the pinyin ("zhang w" for 张伟)
     * rank as that start. Case, accents, full-width characters and the dashes and spaces of a typed
     * phone number do not matter. An empty query lists the customers in the order they were given.
     */
    public Result search(String query, int limit) {
        return search(query, limit, null);
    }

    /**
     * As {@link #search(String, int)}, over the customers {@code keep} accepts only (all when it is
     * null): the list's filters by stage and segment, so that the page is filled with matches that pass.
     */
    public Result search(String query, int limit, Predicate<Customer> keep) {
        List<Token> tokens = tokens(query);
        int n = customers.length;
        int page = Math.max(limit, 0);
        if (tokens.isEmpty()) {
            if (keep == null) {
                return new Result(List.of(Arrays.copyOf(customers, Math.min(page, n))), n);
            }
            List<Customer> kept = new ArrayList<>(Math.min(page, 64));
            int count = 0;
            for (Customer c : customers) {
                if (keep.test(c)) {
                    count++;
                    if (kept.size() < page) {
                        kept.add(c);
                    }
                }
            }
            return new Result(List.copyOf(kept), count);
        }
        boolean single = tokens.size() == 1;
        Token drive = tokens.stream().max(Comparator.comparingInt(t -> t.text().length())).orElseThrow();
        // Pinyin typed with a space between syllables, "zhang w", is one word to the pinyin fields.
        Token together = !single && tokens.stream().allMatch(Token::ascii)
                ? new Token(tokens.stream().map(Token::text).collect(Collectors.joining()), true) : null;
        String hay = drive.ascii() ? ascii : other;
        int[] starts = drive.ascii() ? asciiStarts : otherStarts;

        int ranks = INSIDE * tokens.size() + 1;
        int[][] buckets = new int[ranks][];
        int[] filled = new int[ranks];
        // Matches ranked at or below this cannot make the page any more: equal ranks keep their order.
        int cut = page == 0 ? 0 : ranks;
        int matches = 0;
        int e = 0;
        int pos = hay.indexOf(drive.text());
        while (pos >= 0) {
            e = entryAt(starts, pos, e);
            int rank;
            if (single) {
                rank = cut == 0 ? 0 : cut == START ? (exact(e, drive) ? EXACT : START) : rank(e, drive);
            } else {
                rank = 0;
                for (Token t : tokens) {
                    int r = rank(e, t);
                    if (r == NONE) {
                        rank = NONE;
                        break;
                    }
                    rank += r;
                }
                if (rank != NONE && together != null) {
                    rank = Math.min(rank, rank(e, together));
                }
            }
            if (rank != NONE && (keep == null || keep.test(customers[e]))) {
                matches++;
                if (rank < cut) {
                    if (buckets[rank] == null) {
                        buckets[rank] = new int[Math.min(page, 64)];
                    } else if (filled[rank] == buckets[rank].length) {
                        buckets[rank] = Arrays.copyOf(buckets[rank], Math.min(page, filled[rank] * 2));
                    }
                    buckets[rank][filled[rank]++] = e;
                    cut = cutAfter(filled, page, cut);
                }
            }
            if (e + 1 >= n) {
                break;
            }
            pos = hay.indexOf(drive.text(), starts[e + 1]);
        }
        List<Customer> found = new ArrayList<>(Math.min(page, matches));
        for (int r = 0; r < ranks && found.size() < page; r++) {
            for (int k = 0; k < filled[r] && found.size() < page; k++) {
                found.add(customers[buckets[r][k]]);
            }
        }
        return new Result(List.copyOf(found), matches);
    }

    /** The lowest rank whose bucket, with the better ones, already fills the page; ranks from it on are not needed. */
    private static int cutAfter(int[] filled, int limit, int cut) {
        int sum = 0;
        for (int r = 0; r < cut; r++) {
            sum += filled[r];
            if (sum >= limit) {
                return r;
            }
        }
        return cut;
    }

    /**
     * The customer whose keys hold position {@code pos}. Hits come in increasing order, so the customer
     * of the last hit and the next one are looked at before a binary search.
     */
    private static int entryAt(int[] starts, int pos, int from) {
        if (starts[from + 1] > pos) {
            return from;
        }
        if (starts[from + 2] > pos) {
            return from + 1;
        }
        int i = Arrays.binarySearch(starts, from + 2, starts.length, pos);
        // pos is never a start (those hold FIELD), so i is -(insertion point) - 1.
        return -i - 2;
    }

    /** A word of the query, folded like the keys, and which keys it is looked up in. */
    private record Token(String text, boolean ascii) {
    }

    private static List<Token> tokens(String query) {
        if (query == null) {
            return List.of();
        }
        String q = fold(clean(query)).strip();
        if (q.isEmpty()) {
            return List.of();
        }
        // A phone number as people type it: "138 1234 5678", "+86 (138) 1234-5678".
        if (q.chars().anyMatch(Character::isDigit) && q.chars().allMatch(c -> isPhoneChar(c) || c == ' ')) {
            return List.of(new Token(digits(q), true));
        }
        List<Token> tokens = new ArrayList<>();
        for (String word : q.split("\\s+")) {
            if (word.chars().anyMatch(Character::isDigit) && word.chars().allMatch(CustomerSearch::isPhoneChar)) {
                word = digits(word);
            }
            if (!word.isEmpty()) {
                tokens.add(new Token(word, isAscii(word)));
            }
        }
        return tokens;
    }

    private static boolean isPhoneChar(int c) {
        return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '(' || c == ')' || c == '.';
    }

    /**
     * Whether a field that can match exactly equals the word: all a search still needs to know once the
     * page is full of customers that start with it.
     */
    private boolean exact(int e, Token t) {
        if (!t.ascii()) {
            return fieldEquals(other, otherStarts[e], NATIVE_NAME, t.text());
        }
        return fieldEquals(ascii, asciiStarts[e], PHONE, t.text()) || fieldEquals(ascii, asciiStarts[e], NAME, t.text())
                || fieldEquals(ascii, asciiStarts[e], INITIALS, t.text())
                || fieldEquals(ascii, asciiStarts[e], JOINED, t.text());
    }

    private static boolean fieldEquals(String hay, int start, int field, String q) {
        int from = fieldStart(hay, start, field);
        int to = hay.indexOf(FIELD, from);
        return to - from == q.length() && hay.startsWith(q, from);
    }

    /** Index of the first character of a field of the customer whose keys begin at {@code start}. */
    private static int fieldStart(String hay, int start, int field) {
        int at = start;
        for (int f = 0; f < field; f++) {
            at = hay.indexOf(FIELD, at + 1);
        }
        return at + 1;
    }

    /** The best rank of one word in one customer's keys, or NONE. */
    private int rank(int e, Token t) {
        String hay = t.ascii() ? ascii : other;
        int fields = t.ascii() ? TAGS + 1 : NATIVE_TAGS + 1;
        int from = (t.ascii() ? asciiStarts : otherStarts)[e] + 1;
        int best = NONE;
        for (int field = 0; field < fields && best > EXACT; field++) {
            int to = hay.indexOf(FIELD, from);
            best = Math.min(best, rankIn(hay, from, to, t.text(), t.ascii() ? field : nativeField(field)));
            from = to + 1;
        }
        return best;
    }

    /** The other keys' fields as the kinds of field rankIn knows. */
    private static int nativeField(int field) {
        return field == NATIVE_NAME ? -1 : TAGS;
    }

    /** The best rank of q in hay[from, to), one field of the kind given (-1: a name outside ASCII). */
    private static int rankIn(String hay, int from, int to, String q, int kind) {
        int m = q.length();
        int best = NONE;
        char first = q.charAt(0);
        for (int i = from; i + m <= to && best > EXACT; i++) {
            if (hay.charAt(i) != first || !hay.startsWith(q, i)) {
                continue;
            }
            boolean whole = i == from && i + m == to;
            boolean start = i == from;
            int r = switch (kind) {
                case PHONE -> whole ? EXACT : start || i + m == to ? START : INSIDE;
                case NAME, JOINED -> whole ? EXACT : start ? START : kind == NAME && wordStart(hay, i) ? WORD : INSIDE;
                case INITIALS -> whole ? EXACT : start ? START : WORD;
                case SYLLABLES -> start ? START : wordStart(hay, i) ? WORD : INSIDE;
                // Tags describe a customer; they do not name one, so they rank below the name.
                case TAGS -> (start || hay.charAt(i - 1) == TAG) && (i + m == to || hay.charAt(i + m) == TAG) ? WORD
                        : INSIDE;
                default -> whole ? EXACT : start ? START
                        : wordStart(hay, i) || Character.isIdeographic(hay.charAt(i)) ? WORD : INSIDE;
            };
            best = Math.min(best, r);
        }
        return best;
    }

    private static boolean wordStart(String hay, int i) {
        return !Character.isLetterOrDigit(hay.charAt(i - 1));
    }

    // ---- folding text into keys

    /** Control characters (tabs, line breaks, our separators) become spaces; names come from CSV files. */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * Lower case without accents and with full-width letters and digits as ASCII (Nicolás → nicolas,
     * ＡＢＣ１２３ → abc123), the way a query is typed. Letters that do not decompose keep their
     * usual ASCII spelling (ß → ss, ø → o); Chinese characters stay as they are.
     */
    static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> {
                }
                default -> out.append(switch (c) {
                    case 'ß' -> "ss";
                    case 'ø', 'Ø' -> "o";
                    case 'æ', 'Æ' -> "ae";
                    case 'œ', 'Œ' -> "oe";
                    case 'ł', 'Ł' -> "l";
                    case 'đ', 'Đ' -> "d";
                    case 'ı' -> "i";
                    default -> String.valueOf(c);
                });
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The ASCII of a folded text, with each run of other characters as one space: "anna 李" → "anna". */
    private static String asciiPart(String folded) {
        if (isAscii(folded)) {
            return folded.strip();
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 128) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    private static String digits(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
