package app.counterpart.sync.client;

/**
 * Head office answered 409 seq_gap: the first new seq of the page is not the one after the last it
 * applied. Rows before {@link #expectedSeq()} were acknowledged before and are gone from the outbox.
 */
public final class SeqGapException extends SyncException {

    private final long expectedSeq;

    public SeqGapException(long expectedSeq, String message) {
        super(message);
        this.expectedSeq = expectedSeq;
    }

    public long expectedSeq() {
        return expectedSeq;
    }
}
