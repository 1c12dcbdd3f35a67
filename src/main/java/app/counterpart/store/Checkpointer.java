package app.counterpart.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.Lock;

/**
 * Copies committed pages from the WAL back into the database file on a thread of its own, so that no
 * sale commit pays for it. SQLite's automatic checkpoint runs inside the commit that takes the WAL past
 * 1,000 pages: on a store of a million sale lines that commit wrote and synced a thousand scattered
 * pages and took 10-30 ms, which made the commit's p99 (ADR 11, docs/benchmarks.md). The writer runs
 * with {@code wal_autocheckpoint=0} and this thread checkpoints instead.
 *
 * <p>After each commit it reads how many frames the WAL holds ({@link WalFile}); past
 * {@link Policy#checkpointFrames()} new frames it runs a PASSIVE checkpoint on its own connection,
 * which never blocks the writer or the readers and syncs the WAL and the database file as
 * synchronous=FULL asks. The writer starts the WAL from its beginning again once a checkpoint has
 * copied all of it. Under a steady stream of commits
 * that never happens by itself, since each checkpoint finds new frames behind it; so when the WAL holds
 * {@link Policy#catchUpFrames()} frames, the last few frames are copied while holding the write lock,
 * which keeps the WAL file bounded.
 */
final class Checkpointer implements AutoCloseable {

    /** How many new WAL frames make a checkpoint, and how large a WAL makes the writer wait for one. */
    record Policy(int checkpointFrames, int catchUpFrames) {
        /**
         * 4,096 frames (16 MB of WAL, about 85 four-line sales): a sale rewrites the same rollup and
         * index pages as the sales before it, so a checkpoint over 4,096 frames writes about 620
         * distinct pages, 7 per sale, where SQLite's default of 1,000 frames wrote 14 per sale, and
         * the WAL starts afresh (one more sync for the next commit) a quarter as often. 16,384 frames
         * is 64 MB; a till never gets there, a bulk import or back-to-back commits do.
         */
        static final Policy DEFAULT = new Policy(4_096, 16_384);
    }

    /** What one PASSIVE checkpoint reported: frames in the WAL and frames now in the database file. */
    record Result(int walFrames, int checkpointedFrames) {
    }

    private static final System.Logger LOG = System.getLogger("app.counterpart.store");

    private final Connection connection;
    private final Path wal;
    private final Lock writeLock;
    private final Policy policy;
    private final Thread thread;
    private final Object signal = new Object();
    private boolean committed;
    private boolean stopping;
    /** The WAL run the last checkpoint saw, and its frames then: new frames count from there. */
    private long lastRun;
    private int lastFrames;
    private volatile Result last = new Result(0, 0);
    private volatile long checkpoints;
    private volatile long catchUps;

    Checkpointer(Connection connection, Path databaseFile, Lock writeLock, Policy policy) {
        this.connection = connection;
        this.wal = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
        this.writeLock = writeLock;
        this.policy = policy;
        this.thread = new Thread(this::run, "WAL checkpointer " + databaseFile);
        thread.setDaemon(true);
        thread.start();
    }

    /** Called by the writer after each commit; returns at once. */
    void committed() {
        synchronized (signal) {
            if (!committed) {
                committed = true;
                signal.notifyAll();
            }
        }
    }

    /** The last checkpoint's figures (for tests and health checks). */
    Result last() {
        return last;
    }

    /** How many checkpoints ran (for tests). */
    long checkpoints() {
        return checkpoints;
    }

    /** How many times a checkpoint was finished under the write lock (for tests). */
    long catchUps() {
        return catchUps;
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    private void run() {
        while (awaitCommit()) {
            try {
                if (enoughNewFrames()) {
                    Result r = checkpoint();
                    if (r.walFrames() >= policy.catchUpFrames()) {
                        catchUp();
                    }
                }
            } catch (IOException | SQLException e) {
                // The WAL keeps every page meanwhile, so nothing is lost; the next commit tries again.
                LOG.log(Level.WARNING, "WAL checkpoint failed: " + e.getMessage(), e);
            }
        }
    }

    /** Waits for a commit; false once the store closes. */
    private boolean awaitCommit() {
        synchronized (signal) {
            while (!committed && !stopping) {
                try {
                    signal.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            committed = false;
            return !stopping;
        }
    }

    /** Whether the WAL grew by the policy's frames since the last checkpoint, or since it started afresh. */
    private boolean enoughNewFrames() throws IOException {
        try (WalFile file = WalFile.open(wal)) {
            if (file == null) {
                return false;
            }
            int since = file.run() == lastRun ? lastFrames : 0;
            return file.holds(since + policy.checkpointFrames());
        }
    }

    /**
     * A PASSIVE checkpoint copies what arrived during the previous one, which is short; then one more
     * holding the write lock, so no commit adds frames and the next one can start the WAL afresh.
     */
    private void catchUp() throws IOException, SQLException {
        checkpoint();
        writeLock.lock();
        try {
            checkpoint();
            catchUps++;
        } finally {
            writeLock.unlock();
        }
    }

    private Result checkpoint() throws IOException, SQLException {
        long run = runNow();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            rs.next();
            Result r = new Result(rs.getInt(2), rs.getInt(3));
            lastRun = run;
            lastFrames = r.walFrames();
            last = r;
            checkpoints++;
            return r;
        }
    }

    private long runNow() throws IOException {
        try (WalFile file = WalFile.open(wal)) {
            return file == null ? 0 : file.run();
        }
    }

    /** Stops the thread, after the checkpoint it may be running, and closes its connection. */
    @Override
    public void close() {
        synchronized (signal) {
            stopping = true;
            signal.notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the checkpointer's connection: " + e.getMessage(), e);
        }
    }
}
