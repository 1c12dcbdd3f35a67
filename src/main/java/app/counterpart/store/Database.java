package app.counterpart.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite file. SQLite has a single writer, so writes go through one connection under a lock
 * (BEGIN IMMEDIATE, so a second process waits instead of failing mid-transaction); reads use a small
 * pool of their own connections and see the last committed state thanks to WAL. The writer keeps its
 * prepared statements ({@link CachingConnection}) and leaves WAL checkpoints to a
 * {@link Checkpointer} thread, so that a commit does only its own work.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "counterpart.db";
    private static final int READERS = 3;
    private static final int BUSY_TIMEOUT_MS = 5_000;

    /** Work done inside a write transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(DSLContext ctx) throws Exception;
    }

    private final Path file;
    /** Held while open, so a restore cannot replace the file under this store (see {@link StoreLock}). */
    private final StoreLock lock;
    private final CachingConnection writer;
    /**
     * Fair, so that the checkpointer, when it must finish a checkpoint under the lock, gets it next
     * rather than losing it again and again to a thread that commits back to back.
     */
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Checkpointer checkpointer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    /** Also what {@link RenderedStatement} renders with, so its SQL is the SQL jOOQ would run. */
    static final Settings SETTINGS = new Settings().withExecuteLogging(false).withRenderSchema(false);
    /** The transaction this thread is writing in, so that a nested write joins it instead of committing early. */
    private final ThreadLocal<DSLContext> currentWrite = new ThreadLocal<>();

    private Database(Path file, StoreLock lock, Checkpointer.Policy checkpoints) throws SQLException {
        this.file = file;
        this.lock = lock;
        SQLiteDataSource writerSource = dataSource(file, true);
        // The checkpointer copies the WAL back, instead of whichever commit takes it past 1,000 pages.
        writerSource.getConfig().setWalAutocheckpoint(0);
        this.writer = new CachingConnection(writerSource.getConnection());
        // One source for all readers: each new one builds its own date parsers, which shows at start-up.
        SQLiteDataSource readerSource = dataSource(file, false);
        for (int i = 0; i < READERS; i++) {
            readers.add(readerSource.getConnection());
        }
        this.checkpointer = new Checkpointer(readerSource.getConnection(), file, writeLock, checkpoints);
    }

    /** Opens (creating if needed) the store in a directory and brings its schema up to date. */
    public static Database open(Path directory) {
        return open(directory, Checkpointer.Policy.DEFAULT);
    }

    static Database open(Path directory, Checkpointer.Policy checkpoints) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the data folder " + directory + ": " + e.getMessage(), e);
        }
        Path file = directory.resolve(FILE_NAME);
        StoreLock lock = StoreLock.shared(directory);
        try {
            migrate(file);
            return new Database(file, lock, checkpoints);
        } catch (SQLException e) {
            lock.close();
            throw new StoreException("Cannot open " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The newest migration this build carries (a test keeps it equal to the highest V file). A store
     * already at this version opens without starting Flyway, which costs about half a second of
     * class loading and scanning at every start of the till.
     */
    public static final int SCHEMA_VERSION = 14;

    /**
     * Brings the store up to date. An existing store is backed up first (reason before-vN); if that
     * backup fails, the store is left as it is and not migrated.
     */
    static void migrate(Path file) {
        int applied = appliedVersion(file);
        if (applied == SCHEMA_VERSION) {
            return;
        }
        if (applied != NO_HISTORY && applied < SCHEMA_VERSION) {
            try {
                new Backups(file.getParent(), java.time.Clock.systemDefaultZone())
                        .backUp(app.counterpart.core.backup.BackupInfo.beforeMigration(SCHEMA_VERSION));
            } catch (StoreException e) {
                throw new StoreException("Not upgrading the store in " + file.getParent() + " to data version "
                        + SCHEMA_VERSION + " because the backup before it failed: " + e.getMessage(), e);
            }
        }
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource(file, true))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("Cannot bring " + file + " up to date: " + e.getMessage(), e);
        }
    }

    private static final int NO_HISTORY = -1;

    /**
     * The newest migration recorded as applied, {@link #NO_HISTORY} for a new or empty file (or one that
     * is no store at all, left to Flyway to say what is wrong), and one below the newest when a migration
     * is recorded as failed, so that it is backed up and tried again.
     */
    private static int appliedVersion(Path file) {
        if (!Files.exists(file)) {
            return NO_HISTORY;
        }
        try (Connection c = dataSource(file, false).getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 0"
                        + " UNION ALL SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"
                        + " WHERE success = 1")) {
            int failed = rs.next() ? rs.getInt(1) : 1;
            int newest = rs.next() ? rs.getInt(1) : 0;
            if (newest == 0) {
                return NO_HISTORY;
            }
            return failed == 0 ? newest : newest - 1;
        } catch (SQLException e) {
            // No history table yet, or not a database at all: let Flyway create it or say what is wrong.
            return NO_HISTORY;
        }
    }

    static SQLiteDataSource dataSource(Path file, boolean writer) {
        SQLiteConfig config = new SQLiteConfig();
        // FULL: a sale the cashier saw committed survives a power cut.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (writer) {
            // WAL is a property of the file, set once by the writer; readers then never block it.
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    public Path file() {
        return file;
    }

    /**
     * Runs work in one write transaction: it commits entirely or, on any exception, not at all. A write
     * started inside another write on the same thread joins the outer transaction, so a use case can
     * compose repository calls (each its own write when called alone) into one all-or-nothing change.
     */
    public <T> T write(Work<T> work) {
        checkThread();
        DSLContext outer = currentWrite.get();
        if (outer != null) {
            try {
                return work.run(outer);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw StoreException.wrap(e);
            }
        }
        writeLock.lock();
        try {
            T result = DSL.using(writer, SQLDialect.SQLITE, SETTINGS).transactionResult(cfg -> {
                currentWrite.set(cfg.dsl());
                try {
                    return work.run(cfg.dsl());
                } finally {
                    currentWrite.remove();
                }
            });
            checkpointer.committed();
            return result;
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw StoreException.wrap(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** A thread that must never wait on the store, and what to do when it does anyway. */
    private record Forbidden(Thread thread, java.util.function.Consumer<IllegalStateException> report) {
    }

    private volatile Forbidden forbidden;

    /**
     * Names a thread that must never touch the store (the UI's: a query there freezes the window); each
     * access from it is handed to {@code report}, which may log it or throw.
     */
    public void forbid(Thread thread, java.util.function.Consumer<IllegalStateException> report) {
        forbidden = new Forbidden(thread, report);
    }

    private void checkThread() {
        Forbidden f = forbidden;
        if (f != null && Thread.currentThread() == f.thread()) {
            f.report().accept(new IllegalStateException("Store access on the " + f.thread().getName() + " thread"));
        }
    }

    /** Runs read-only work on a pooled reader connection. */
    public <T> T read(Work<T> work) {
        checkThread();
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the store", e);
        }
        try {
            return work.run(DSL.using(connection, SQLDialect.SQLITE, SETTINGS));
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            throw StoreException.wrap(e);
        } finally {
            readers.add(connection);
        }
    }

    /** The writer's connection (for tests). */
    CachingConnection writer() {
        return writer;
    }

    /** The WAL checkpointer (for tests). */
    Checkpointer checkpointer() {
        return checkpointer;
    }

    @Override
    public void close() {
        // Before taking the write lock: the checkpointer may be waiting for it to finish a catch-up.
        checkpointer.close();
        writeLock.lock();
        try {
            writer.close();
            for (Connection c : readers) {
                c.close();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot close " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
            lock.close();
        }
    }
}
