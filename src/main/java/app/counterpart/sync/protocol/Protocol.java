package app.counterpart.sync.protocol;

import java.time.Duration;

/**
 * The fixed numbers of sync protocol version 1, shared by the shop client and head office so both
 * sides refuse the same things. docs/sync-protocol.md explains each one.
 */
public final class Protocol {

    /** The protocol this build speaks. */
    public static final int VERSION = 1;
    /** The oldest protocol head office still accepts: always the previous version too (N-1). */
    public static final int OLDEST_ACCEPTED = 1;

    /** Every request names its protocol version in this header (and in the body where there is one). */
    public static final String HEADER_PROTOCOL = "X-Counterpart-Protocol";
    /** The shop store's schema version; head office accepts the current and the previous one. */
    public static final String HEADER_SCHEMA = "X-Counterpart-Schema";
    public static final String HEADER_REQUEST_ID = "X-Request-Id";

    /** A push page holds at most this many mutations... */
    public static final int MAX_PAGE_MUTATIONS = 500;
    /** ...and at most this many bytes of uncompressed JSON (the client closes the page before it). */
    public static final int MAX_PAGE_BYTES = 1_000_000;
    /** Head office refuses a request body bigger than this on the wire (413)... */
    public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    /** ...or bigger than this once un-gzipped (413), so a small gzip bomb cannot fill its memory. */
    public static final int MAX_INFLATED_BYTES = 8 * 1024 * 1024;
    /** A pull answers at most this many changes; {@code more} says whether to ask again. */
    public static final int MAX_PULL_CHANGES = 500;

    /** A stamp further than this ahead of head office's clock is refused (rejected item "clock_ahead"). */
    public static final Duration MAX_FUTURE_SKEW = Duration.ofMinutes(5);

    private Protocol() {
    }

    public static boolean accepts(int protocol) {
        return protocol >= OLDEST_ACCEPTED && protocol <= VERSION;
    }
}
