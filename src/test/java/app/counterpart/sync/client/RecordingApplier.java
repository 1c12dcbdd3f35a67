package app.counterpart.sync.client;

import app.counterpart.store.Database;
import app.counterpart.sync.protocol.Messages.Change;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the store's change applier in the client's tests: keeps the changes it was handed and
 * stores the cursor, as the contract of {@link ChangeApplier} asks.
 */
final class RecordingApplier implements ChangeApplier {

    private final Database db;
    final List<Change> applied = new CopyOnWriteArrayList<>();

    RecordingApplier(Database db) {
        this.db = db;
    }

    @Override
    public int apply(List<Change> changes, long nextCursor) {
        db.write(ctx -> ctx.execute("UPDATE sync_state SET pull_cursor = ?", nextCursor));
        applied.addAll(changes);
        return changes.size();
    }
}
