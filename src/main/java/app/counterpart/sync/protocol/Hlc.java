package app.counterpart.sync.protocol;

import java.util.Objects;

/**
 * A hybrid logical clock stamp: wall-clock milliseconds, a counter for events within one millisecond
 * (or after a stamp from a clock that runs ahead), and the device that made it as the tie-break.
 * The text form {@code 0001764288000000-00000003-<device id>} sorts like the stamps themselves, so
 * both SQLite and PostgreSQL can compare stamps as plain text. The store's outbox trigger (V13) writes
 * the same form.
 */
public record Hlc(long millis, int counter, String node) implements Comparable<Hlc> {

    public Hlc {
        if (millis < 0 || counter < 0 || counter > 99_999_999) {
            throw new IllegalArgumentException("hlc out of range: " + millis + "/" + counter);
        }
        Objects.requireNonNull(node, "node");
    }

    public static Hlc parse(String text) {
        if (text == null || text.length() < 27 || text.charAt(16) != '-' || text.charAt(25) != '-') {
            throw new IllegalArgumentException("not an hlc stamp: " + text);
        }
        try {
            return new Hlc(Long.parseLong(text.substring(0, 16)), Integer.parseInt(text.substring(17, 25)),
                    text.substring(26));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an hlc stamp: " + text, e);
        }
    }

    public String text() {
        return String.format("%016d-%08d-%s", millis, counter, node);
    }

    /** The next local stamp at wall time {@code now}, after this one (the last stamp seen or made). */
    public Hlc tick(long now, String localNode) {
        if (now > millis) {
            return new Hlc(now, 0, localNode);
        }
        return counter < 99_999_999 ? new Hlc(millis, counter + 1, localNode) : new Hlc(millis + 1, 0, localNode);
    }

    /** The stamp to remember after seeing {@code remote}: never behind anything seen. */
    public Hlc observe(Hlc remote) {
        return remote.compareTo(this) > 0 ? remote : this;
    }

    @Override
    public int compareTo(Hlc o) {
        int c = Long.compare(millis, o.millis);
        if (c == 0) {
            c = Integer.compare(counter, o.counter);
        }
        return c != 0 ? c : node.compareTo(o.node);
    }

    @Override
    public String toString() {
        return text();
    }
}
