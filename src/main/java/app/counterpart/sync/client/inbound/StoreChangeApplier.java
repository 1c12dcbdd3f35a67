package app.counterpart.sync.client.inbound;

import app.counterpart.store.Database;
import app.counterpart.sync.client.ChangeApplier;
import app.counterpart.sync.protocol.Hlc;
import app.counterpart.sync.protocol.Messages.Change;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jooq.DSLContext;
import org.sqlite.SQLiteException;

/**
 * Applies a pulled page to this device's store in one transaction, by the merge policy of
 * docs/sync-protocol.md ("Entities and who wins", ADR 0025): each change inside a savepoint of its own,
 * so a change that cannot be applied is recorded in sync_rejected ("in") and the rest of the page still
 * applies; then the pull cursor, and the hybrid logical clock moved up to the newest stamp pulled.
 * Nothing applied here is queued in the outbox: it came from elsewhere and must not be sent back.
 * Applying a page twice changes nothing the second time.
 */
public final class StoreChangeApplier implements ChangeApplier {

    private static final Logger LOG = Logger.getLogger(StoreChangeApplier.class.getName());

    private final Database db;
    private final Clock clock;
    private final SaleChanges sales;
    private final CustomerChanges customers;
    private final SharedChanges shared;
    private final ProductChanges products;
    private final RowChanges rows = new RowChanges();

    public StoreChangeApplier(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.sales = new SaleChanges(db, clock);
        this.customers = new CustomerChanges(db, clock);
        this.shared = new SharedChanges(clock);
        this.products = new ProductChanges(clock);
    }

    @Override
    public int apply(List<Change> changes, long nextCursor) {
        return db.write(ctx -> {
            int applied = 0;
            for (Change change : changes) {
                ctx.execute("SAVEPOINT pulled_change");
                try {
                    if (applyOne(ctx, change)) {
                        applied++;
                    }
                    ctx.execute("RELEASE pulled_change");
                } catch (RuntimeException e) {
                    ctx.execute("ROLLBACK TO pulled_change");
                    ctx.execute("RELEASE pulled_change");
                    if (storeFault(e)) {
                        // Not the change's fault (disk, lock): the whole page waits for the next pull.
                        throw e;
                    }
                    reject(ctx, change, reason(e));
                }
            }
            // Absent until the device is enrolled: then there is no cursor to keep.
            ctx.execute("UPDATE sync_state SET pull_cursor = ?", nextCursor);
            observe(ctx, changes);
            return applied;
        });
    }

    private boolean applyOne(DSLContext ctx, Change change) {
        if (change.entity() == null || change.entityId() == null || change.op() == null) {
            throw new Unappliable("a change without entity, id or op");
        }
        if (!List.of("insert", "upsert", "delete").contains(change.op())) {
            throw new Unappliable("unknown op " + change.op() + " from a newer head office");
        }
        try {
            Hlc.parse(change.hlc());
        } catch (IllegalArgumentException e) {
            throw new Unappliable(e.getMessage());
        }
        String entity = change.entity();
        if (entity.equals("sale")) {
            return sales.apply(ctx, change);
        }
        if (entity.equals("customer")) {
            return customers.apply(ctx, change);
        }
        if (entity.equals("customer.merge")) {
            return customers.merge(ctx, change);
        }
        if (entity.equals("product")) {
            return products.product(ctx, change);
        }
        if (entity.equals("category")) {
            return products.category(ctx, change);
        }
        if (RowChanges.handles(entity)) {
            return rows.apply(ctx, change);
        }
        if (SharedChanges.handles(entity)) {
            return shared.apply(ctx, change);
        }
        throw new Unappliable("unknown entity " + entity + " from a newer head office");
    }

    private void reject(DSLContext ctx, Change change, String reason) {
        LOG.log(Level.WARNING, "pulled change {0} ({1} {2}) not applied: {3}",
                new Object[] {change.cursor(), change.entity(), change.entityId(), reason});
        ctx.execute("INSERT INTO sync_rejected (direction, ref, entity, entity_id, reason, data, at)"
                + " VALUES ('in', ?, ?, ?, ?, ?, ?) ON CONFLICT (direction, ref) DO NOTHING", change.cursor(),
                String.valueOf(change.entity()), String.valueOf(change.entityId()), reason,
                change.data() == null ? null : change.data().toString(), clock.millis());
    }

    /** What a person reads on the Sync screen: our own reason, or the store's refusal (a constraint). */
    private static String reason(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Unappliable u) {
                return u.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "this device's store refused it: " + (root.getMessage() != null ? root.getMessage()
                : root.getClass().getSimpleName());
    }

    /** A failure of the store itself rather than of the change: retried with the whole page. */
    private static boolean storeFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                String code = s.getResultCode().name();
                return code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_BUSY")
                        || code.startsWith("SQLITE_LOCKED") || code.startsWith("SQLITE_CORRUPT")
                        || code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN")
                        || code.equals("SQLITE_FULL") || code.equals("SQLITE_NOMEM")
                        || code.equals("SQLITE_INTERRUPT");
            }
        }
        return false;
    }

    /** Moves this device's clock up to the newest stamp pulled, so a later local edit sorts after it. */
    private static void observe(DSLContext ctx, List<Change> changes) {
        Hlc newest = null;
        for (Change c : changes) {
            try {
                Hlc h = Hlc.parse(c.hlc());
                newest = newest == null ? h : newest.observe(h);
            } catch (IllegalArgumentException e) {
                // Recorded as rejected above; it moves no clock.
            }
        }
        if (newest != null) {
            ctx.execute("UPDATE hlc_state SET millis = ?, counter = ? WHERE millis < ? OR (millis = ? AND counter < ?)",
                    newest.millis(), newest.counter(), newest.millis(), newest.millis(), newest.counter());
        }
    }
}
