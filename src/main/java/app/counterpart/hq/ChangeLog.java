package app.counterpart.hq;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * Entries for head office's change log, written together at the end of a transaction. A pull must
 * never see cursor N+1 committed while N is still to come, or a device would step over N for good:
 * on PostgreSQL the writers take one transaction-scoped advisory lock before they draw cursors, so
 * cursors commit in order (on SQLite the single writer does that already). Taking it last keeps it
 * held only for the inserts and the commit.
 */
final class ChangeLog {

    /** An arbitrary number that names head office's change-log lock among advisory locks. */
    private static final long LOCK_KEY = 0x4851_4348_414e_4745L;

    private record Entry(String shopId, String originDevice, String entity, String entityId, String op, String hlc,
                         String data) {
    }

    private final HqStore store;
    private final DSLContext ctx;
    private final List<Entry> entries = new ArrayList<>();

    ChangeLog(HqStore store, DSLContext ctx) {
        this.store = store;
        this.ctx = ctx;
    }

    /**
     * @param shopId null for every shop; @param originDevice null for head office itself
     * @return the entry's position, for {@link #drop}
     */
    int add(String shopId, String originDevice, String entity, String entityId, String op, String hlc, String data) {
        entries.add(new Entry(shopId, originDevice, entity, entityId, op, hlc, data));
        return entries.size() - 1;
    }

    /** Takes back an entry not flushed yet: what it announced turned out to be at head office already. */
    void drop(int position) {
        entries.set(position, null);
    }

    void flush() {
        List<Entry> kept = entries.stream().filter(Objects::nonNull).toList();
        entries.clear();
        if (kept.isEmpty()) {
            return;
        }
        if (store.postgres()) {
            ctx.fetch("SELECT pg_advisory_xact_lock(?)", LOCK_KEY);
        }
        long now = store.clock().millis();
        // One batch, not a round trip per entry; its rows are inserted in list order, so cursors follow it.
        Object[][] rows = kept.stream()
                .map(e -> new Object[] {e.shopId, e.originDevice, e.entity, e.entityId, e.op, e.hlc, e.data, now})
                .toArray(Object[][]::new);
        ctx.batch("INSERT INTO hq_change (shop_id, origin_device, entity, entity_id, op, hlc, data, at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows).execute();
    }
}
