package app.counterpart.sync.client;

import app.counterpart.sync.protocol.Messages.Change;
import java.util.List;

/**
 * Applies one pulled page of head office's change log to the local store: what the shop's other
 * devices pushed and what head office published.
 */
public interface ChangeApplier {

    /**
     * Applies the page and stores {@code nextCursor} as the pull cursor in one transaction, so a crash
     * re-applies at most this page (applying is idempotent). A change that cannot be applied is
     * recorded in {@code sync_rejected} (direction "in") and the page goes on; it never stops the pull.
     *
     * @return how many changes were applied (not counting ones already present or recorded as rejected)
     */
    int apply(List<Change> changes, long nextCursor);
}
